import * as z from 'zod/mini';
import {
  inseeCodeSchema,
  latitudeSchema,
  longitudeSchema,
  nonEmptyString,
  postcodeSchema,
} from './common.js';

/**
 * What an address result designates, from the most to the least precise: a house number, a street, a named place
 * ("lieu-dit"), a whole commune.
 */
export const adresseTypes = ['numero', 'voie', 'lieu-dit', 'commune'] as const;

/** What an address result designates. */
export type AdresseType = (typeof adresseTypes)[number];

/**
 * One street address found by `GET /v1/adresses?q=` (from the national address base, BAN, where the operator
 * enables it): its label, its position, its commune, and the upstream relevance score from 0 to 1.
 *
 * @example
 * adresseSchema.parse({ label: '8 Boulevard du Port 80000 Amiens', latitude: 49.897443, longitude: 2.290084,
 *   code_insee: '80021', code_postal: '80000', commune: 'Amiens', type: 'numero', score: 0.49 });
 */
export const adresseSchema = z.object({
  label: nonEmptyString('label'),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  code_insee: inseeCodeSchema,
  code_postal: z.optional(postcodeSchema),
  commune: nonEmptyString('commune'),
  type: z.enum(adresseTypes, `type must be one of ${adresseTypes.join(', ')}`),
  score: z
    .number('score must be a number')
    .check(z.gte(0, 'score must be between 0 and 1'), z.lte(1, 'score must be between 0 and 1')),
});

/** An address, as parsed from the API. */
export type Adresse = z.infer<typeof adresseSchema>;

/** The body of `GET /v1/adresses?q=`: the matching addresses, best first. */
export const adresseListSchema = z.object({
  items: z.array(adresseSchema, 'items must be an array'),
});

/** The body of `GET /v1/adresses?q=`, as parsed. */
export type AdresseList = z.infer<typeof adresseListSchema>;
