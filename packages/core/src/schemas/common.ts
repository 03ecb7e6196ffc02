import * as z from 'zod/mini';
import { slugsOf, type VocabularyField } from '../standard/slugs.js';
import { inseeCodePattern, postcodePattern } from './codes.js';
import { emailPattern, isHttpUrl, isIsoDate, isoDateTimePattern } from './formats.js';

export {
  departementCodePattern,
  epciCodePattern,
  inseeCodePattern,
  postcodePattern,
  regionCodePattern,
} from './codes.js';

/** A non-empty string (after trimming), with a message naming the field. */
export const nonEmptyString = (field: string) =>
  z.string().check(z.refine((value) => value.trim().length > 0, `${field} must not be empty`));

/** An e-mail address (`emailPattern`); `message` when it is not one. */
export const emailSchema = (message: string) => z.string(message).check(z.regex(emailPattern, message));

/** An absolute http or https URL on a domain name (`isHttpUrl`); `message` when it is not one. */
export const httpUrlSchema = (message: string) => z.string(message).check(z.refine(isHttpUrl, message));

/** A calendar date `YYYY-MM-DD` that exists; `message` when the value is there and is not one. */
export const isoDateSchema = (message: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : message) })
    .check(z.refine(isIsoDate, message));

/** An ISO 8601 date and time with an offset (`isoDateTimePattern`); `message` when it is not one. */
export const isoDateTimeSchema = (message: string) =>
  z.string(message).check(z.regex(isoDateTimePattern, message));

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
