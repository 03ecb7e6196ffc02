import * as z from 'zod/mini';
import { slugsOf, type VocabularyField } from '../standard/slugs.js';

/** Official geographic code of a commune (code INSEE), as the standard's `code_insee` pattern accepts it. */
export const inseeCodePattern = /^([013-9]\d|2[AB1-9])\d{3}$/;

/** A five-digit French postcode. */
export const postcodePattern = /^\d{5}$/;

/** A département code: 01–95 with 2A and 2B for Corsica, 971–978 and 984–989 overseas. */
export const departementCodePattern = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4-9])$/;

/** A region code of the official geographic code (two digits). */
export const regionCodePattern = /^\d{2}$/;

/** The SIREN number of an EPCI (intercommunal body): nine digits. */
export const epciCodePattern = /^\d{9}$/;

/** A non-empty string (after trimming), with a message naming the field. */
export const nonEmptyString = (field: string) =>
  z.string().check(z.refine((value) => value.trim().length > 0, `${field} must not be empty`));

/** A commune's INSEE code. */
export const inseeCodeSchema = z
  .string()
  .check(z.regex(inseeCodePattern, 'must be an INSEE commune code of 5 characters, e.g. 59350'));

/** A postcode. */
export const postcodeSchema = z.string().check(z.regex(postcodePattern, 'must be a postcode of 5 digits'));

/** A WGS 84 latitude in degrees. */
export const latitudeSchema = z
  .number()
  .check(z.gte(-90, 'latitude must be between -90 and 90'), z.lte(90, 'latitude must be between -90 and 90'));

/** A WGS 84 longitude in degrees. */
export const longitudeSchema = z
  .number()
  .check(
    z.gte(-180, 'longitude must be between -180 and 180'),
    z.lte(180, 'longitude must be between -180 and 180'),
  );

/**
 * One slug of the controlled vocabulary of a field of the standard; the message names the field and the value.
 *
 * @example
 * slugSchema('services').parse('aide-aux-demarches-administratives');
 */
export function slugSchema<F extends VocabularyField>(field: F) {
  return z.enum(slugsOf(field), {
    error: (issue) => `unknown ${field} slug ${JSON.stringify(issue.input)}`,
  });
}

/**
 * A list of slugs of a field of the standard.
 *
 * @example
 * slugListSchema('frais_a_charge').parse(['gratuit']);
 */
export function slugListSchema<F extends VocabularyField>(field: F) {
  return z.array(slugSchema(field), `${field} must be an array of slugs`);
}
