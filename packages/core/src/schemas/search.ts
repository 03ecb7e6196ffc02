import * as z from 'zod/mini';
import { inseeCodeSchema, latitudeSchema, longitudeSchema, slugSchema } from './common.js';
import { formatProblem, toProblems, type ValidationProblem, type ValidationResult } from './issues.js';
import {
  listParameters,
  readQuery,
  repeatedParameters,
  searchLimits,
  searchParameterOrder,
  writeQuery,
  type SearchFilterField,
} from './search-query.js';
import { territoireSchema } from './territoire.js';

export {
  readQuery,
  repeatedParameters,
  searchFilterFields,
  searchLimits,
  searchParameterOrder,
  writeQuery,
  writeSearchQuery,
  type SearchFilterField,
} from './search-query.js';

const filter = <F extends SearchFilterField>(field: F) =>
  z.optional(z.array(slugSchema(field), `${field} must be an array of slugs`));

const integer = (field: string, min: number, max: number) =>
  z
    .int(`${field} must be an integer`)
    .check(
      z.gte(min, `${field} must be between ${min} and ${max}`),
      z.lte(max, `${field} must be between ${min} and ${max}`),
    );

/**
 * Parameters of `GET /v1/lieux`. Location: a point (`lat` and `lon`) or a commune (INSEE code), with a
 * radius `rayon` in metres; or a bounding box `bbox` (west, south, east, north); `territoire` restricts to
 * a commune, EPCI, département or region. Results are sorted by distance when a point or commune is given.
 * Pagination: `limit` with `cursor` (the previous page's `next`) or `page` (from 1), not both.
 *
 * @example
 * searchParamsSchema.parse({ commune: '59350', rayon: 5000, services: ['aide-aux-demarches-administratives'] });
 */
export const searchParamsSchema = z
  .object({
    lat: z.optional(latitudeSchema),
    lon: z.optional(longitudeSchema),
    commune: z.optional(inseeCodeSchema),
    rayon: z.optional(integer('rayon', searchLimits.rayon.min, searchLimits.rayon.max)),
    bbox: z.optional(
      z.tuple([longitudeSchema, latitudeSchema, longitudeSchema, latitudeSchema], {
        error: 'bbox must be 4 numbers: west, south, east, north',
      }),
    ),
    territoire: z.optional(territoireSchema),
    services: filter('services'),
    frais_a_charge: filter('frais_a_charge'),
    prise_en_charge_specifique: filter('prise_en_charge_specifique'),
    publics_specifiquement_adresses: filter('publics_specifiquement_adresses'),
    modalites_acces: filter('modalites_acces'),
    modalites_accompagnement: filter('modalites_accompagnement'),
    dispositif_programmes_nationaux: filter('dispositif_programmes_nationaux'),
    typologie: filter('typologie'),
    formations_labels: filter('formations_labels'),
    itinerance: filter('itinerance'),
    ouvert_maintenant: z.optional(z.boolean('ouvert_maintenant must be true or false')),
    q: z.optional(
      z.string('q must be a string').check(
        z.maxLength(searchLimits.q.max, `q must be at most ${searchLimits.q.max} characters`),
        // PostgreSQL refuses U+0000 in text: said here, not as a 500 from the database.
        z.refine((value) => !value.includes('\u0000'), 'q must not contain the NUL character (%00)'),
      ),
    ),
    limit: z.optional(integer('limit', searchLimits.limit.min, searchLimits.limit.max)),
    cursor: z.optional(z.string('cursor must be a string').check(z.minLength(1, 'cursor must not be empty'))),
    page: z.optional(z.int('page must be an integer').check(z.gte(1, 'page must be ≥ 1'))),
  })
  .check(
    z.superRefine((params, ctx) => {
      if ((params.lat === undefined) !== (params.lon === undefined)) {
        const missing = params.lat === undefined ? 'lat' : 'lon';
        ctx.addIssue({ code: 'custom', path: [missing], message: 'lat and lon go together' });
      }
      if (params.rayon !== undefined && params.lat === undefined && params.commune === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['rayon'],
          message: 'rayon needs a point (lat, lon) or a commune',
        });
      }
      if (params.bbox) {
        const [west, south, east, north] = params.bbox;
        if (west > east || south > north) {
          const message = 'bbox must be west,south,east,north with west ≤ east and south ≤ north';
          ctx.addIssue({ code: 'custom', path: ['bbox'], message });
        }
      }
      if (params.cursor !== undefined && params.page !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['page'], message: 'use cursor or page, not both' });
      }
    }),
  );

/**
 * The outcome of reading a query string: its parameters, or every problem, repeated parameters first. Shared by the
 * search, map and facet parameters.
 */
export function checkedQuery<T>(
  result: z.core.util.SafeParseResult<T>,
  repeated: readonly ValidationProblem[],
): ValidationResult<T> {
  if (result.success && repeated.length === 0) return { success: true, data: result.data };
  return {
    success: false,
    problems: [...repeated, ...(result.success ? [] : toProblems(result.error.issues))],
  };
}

/** Parameters of a venue search. */
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Thrown by `toSearchParams` for invalid parameters: a programming or configuration error. */
export class SearchParamsError extends TypeError {
  /** Every invalid parameter, with why. */
  readonly problems: readonly ValidationProblem[];

  constructor(problems: readonly ValidationProblem[]) {
    super(`Invalid search parameters:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SearchParamsError';
    this.problems = problems;
  }
}

/**
 * Validates search parameters and writes them as a query string: lists comma-separated, booleans as
 * `true`/`false`, empty lists and `undefined` left out, keys in a fixed order. Throws `SearchParamsError`.
 *
 * @example
 * toSearchParams({ commune: '59350', frais_a_charge: ['gratuit', 'gratuit-sous-condition'], limit: 20 }).toString();
 * // 'commune=59350&frais_a_charge=gratuit%2Cgratuit-sous-condition&limit=20'
 * toSearchParams({ limit: 500 }); // throws SearchParamsError: limit: limit must be between 1 and 100
 */
export function toSearchParams(params: SearchParams): URLSearchParams {
  const result = searchParamsSchema.safeParse(params, { reportInput: true });
  if (!result.success) throw new SearchParamsError(toProblems(result.error.issues));
  return writeQuery(result.data, searchParameterOrder);
}

/**
 * Reads search parameters from a query string (the inverse of `toSearchParams`), for the API. Repeated keys
 * and comma-separated values both make lists; unknown keys are ignored.
 *
 * @example
 * fromSearchParams(new URLSearchParams('lat=50.63&lon=3.05&services=aide-aux-demarches-administratives'));
 * // { success: true, data: { lat: 50.63, lon: 3.05, services: ['aide-aux-demarches-administratives'] } }
 */
export function fromSearchParams(query: URLSearchParams): ValidationResult<SearchParams> {
  const result = searchParamsSchema.safeParse(readQuery(query, searchParameterOrder, listParameters), {
    reportInput: true,
  });
  return checkedQuery(result, repeatedParameters(query, searchParameterOrder, listParameters));
}
