import * as z from 'zod/mini';
import {
  departementCodePattern,
  epciCodePattern,
  inseeCodeSchema,
  latitudeSchema,
  longitudeSchema,
  nonEmptyString,
  postcodeSchema,
  regionCodePattern,
} from './common.js';

/**
 * A commune, as `GET /v1/communes?q=` returns it: INSEE code, current name, postcodes, the codes of its
 * département, region and EPCI, and the coordinates of its centre.
 *
 * @example
 * communeSchema.parse({ code: '59350', nom: 'Lille', codes_postaux: ['59000'], departement: '59',
 *   latitude: 50.63178, longitude: 3.04706 });
 */
export const communeSchema = z.object({
  code: inseeCodeSchema,
  nom: nonEmptyString('nom'),
  codes_postaux: z.array(postcodeSchema, 'codes_postaux must be an array of postcodes'),
  departement: z.string().check(z.regex(departementCodePattern, 'departement must be a département code')),
  region: z.optional(
    z.string().check(z.regex(regionCodePattern, 'region must be a region code of 2 digits')),
  ),
  epci: z.optional(
    z.string().check(z.regex(epciCodePattern, 'epci must be the SIREN of an EPCI (9 digits)')),
  ),
  population: z.optional(z.int('population must be an integer').check(z.gte(0, 'population must be ≥ 0'))),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
});

/** A commune, as parsed from the API. */
export type Commune = z.infer<typeof communeSchema>;

/** The body of `GET /v1/communes?q=`: the matching communes, best first. */
export const communeListSchema = z.object({
  items: z.array(communeSchema, 'items must be an array'),
});

/** The body of `GET /v1/communes?q=`, as parsed. */
export type CommuneList = z.infer<typeof communeListSchema>;
