/**
 * Facet counts of a venue search (`GET /v1/lieux/facettes`): how many places each filter value would give, so
 * that a filter panel can show "Gratuit (12)" and grey out the values that would give nothing.
 *
 * @module
 */

import * as z from 'zod/mini';
import { slugSchema } from './common.js';
import { toProblems, type ValidationResult } from './issues.js';
import {
  checkedQuery,
  readQuery,
  repeatedParameters,
  searchFilterFields,
  searchParamsSchema,
  SearchParamsError,
  writeQuery,
  type SearchFilterField,
  type SearchParams,
} from './search.js';

/** Bounds of the facet counts. */
export const facettesLimits = {
  /**
   * Most places the API counts for one answer. Beyond it (a large radius in a dense area, a whole région), the
   * counts cover the nearest places (by distance from the point or commune; by id without one) and the answer
   * says `complet: false`.
   */
  lieux: 10_000,
} as const;

const { limit: _limit, cursor: _cursor, page: _page, ...searchShape } = searchParamsSchema.def.shape;

/**
 * Parameters of `GET /v1/lieux/facettes`: those of a search (`searchParamsSchema`) without `limit`, `cursor`
 * and `page`, with the same checks (`lat` and `lon` together, `rayon` needs a point or commune, `bbox` in order).
 *
 * @example
 * facettesParamsSchema.parse({ commune: '59350', rayon: 10_000, frais_a_charge: ['gratuit'] });
 */
export const facettesParamsSchema = z.object(searchShape).check(
  // The search's own cross-field checks: their pagination rule never fires here (no cursor, no page).
  ...(searchParamsSchema.def.checks as unknown as z.core.$ZodCheck<
    Omit<SearchParams, 'limit' | 'cursor' | 'page'>
  >[]),
);

/** Parameters of the facet counts: a search without pagination. */
export type FacettesParams = z.infer<typeof facettesParamsSchema>;

const facettesKeys = Object.keys(facettesParamsSchema.def.shape);
const facettesListKeys: ReadonlySet<string> = new Set<string>([...searchFilterFields, 'bbox']);

/**
 * Validates facet parameters and writes them as a query string (lists comma-separated, keys in the search's
 * order). Throws `SearchParamsError`.
 *
 * @example
 * toFacettesParams({ commune: '59350', services: ['aide-aux-demarches-administratives'] }).toString();
 * // 'commune=59350&services=aide-aux-demarches-administratives'
 */
export function toFacettesParams(params: FacettesParams): URLSearchParams {
  const result = facettesParamsSchema.safeParse(params, { reportInput: true });
  if (!result.success) throw new SearchParamsError(toProblems(result.error.issues));
  return writeQuery(result.data, facettesKeys);
}

/**
 * Reads facet parameters from a query string (the inverse of `toFacettesParams`), for the API. `limit`,
 * `cursor` and `page` are ignored, so that a search's own query string can be reused as it is.
 *
 * @example
 * fromFacettesParams(new URLSearchParams('lat=50.63&lon=3.06&frais_a_charge=gratuit')).success; // true
 */
export function fromFacettesParams(query: URLSearchParams): ValidationResult<FacettesParams> {
  const result = facettesParamsSchema.safeParse(readQuery(query, facettesKeys, facettesListKeys), {
    reportInput: true,
  });
  return checkedQuery(result, repeatedParameters(query, facettesKeys, facettesListKeys));
}

const count = (what: string) => z.int(`${what} must be an integer`).check(z.gte(0, `${what} must be ≥ 0`));

/** The count of places per slug of one field: slugs that would give no place are left out. */
const slugCounts = <F extends SearchFilterField>(field: F) =>
  z.partialRecord(slugSchema(field), count(`a count of ${field}`), {
    // An unknown slug is reported as an unrecognised key, which the issue types of a record do not list.
    error: (issue) => {
      const keys: unknown = (issue as { keys?: unknown }).keys;
      return Array.isArray(keys)
        ? `unknown ${field} slug ${keys.map((key) => JSON.stringify(key)).join(', ')}`
        : `facettes.${field} must be an object of counts by slug`;
    },
  });

/**
 * The body of `GET /v1/lieux/facettes` (disjunctive faceting, as filter panels expect):
 *
 * - `total`: the places that match the location (point or commune with its radius, `bbox`, `territoire`, `q`)
 *   and every filter — what a search with the same parameters finds;
 * - `facettes[field][slug]`: the places that match the location and every filter **except `field`'s own**, and
 *   have `slug` in `field`. Ticking one more value of a field adds at most that many places; choosing a value of
 *   a field without a filter gives exactly that many. Slugs with no place are absent;
 * - `ouvert_maintenant`: the places that match the location and every other filter and are open now;
 * - `complet`: `false` when the location holds more than `facettesLimits.lieux` places and the counts cover only
 *   the nearest of them.
 *
 * @example
 * const { facettes } = facettesSchema.parse(await response.json());
 * facettes.frais_a_charge.gratuit ?? 0; // places free of charge, whatever the chosen costs
 */
export const facettesSchema = z.object({
  total: count('total'),
  facettes: z.object({
    services: slugCounts('services'),
    frais_a_charge: slugCounts('frais_a_charge'),
    prise_en_charge_specifique: slugCounts('prise_en_charge_specifique'),
    publics_specifiquement_adresses: slugCounts('publics_specifiquement_adresses'),
    modalites_acces: slugCounts('modalites_acces'),
    modalites_accompagnement: slugCounts('modalites_accompagnement'),
    dispositif_programmes_nationaux: slugCounts('dispositif_programmes_nationaux'),
    typologie: slugCounts('typologie'),
    formations_labels: slugCounts('formations_labels'),
    itinerance: slugCounts('itinerance'),
  }),
  ouvert_maintenant: count('ouvert_maintenant'),
  complet: z.boolean('complet must be true or false'),
});

/** Facet counts of a search, as parsed from the API. */
export type Facettes = z.infer<typeof facettesSchema>;
