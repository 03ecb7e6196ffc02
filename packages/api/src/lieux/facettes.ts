// Facet counts of a search (`GET /v1/lieux/facettes`): one query reads the vocabularies of the located places,
// the counting happens here. Same SQL on PGlite and on a PostgreSQL server.
import {
  facettesLimits,
  searchFilterFields,
  slugsOf,
  type Facettes,
  type FacettesParams,
  type SearchFilterField,
} from '@inclusion-widgets/core';
import type { Queryable } from '../database.js';
import {
  addLocation,
  addPlaceFilters,
  Conditions,
  nearestFirst,
  openNow,
  type QueryOptions,
} from './search.js';

/** Options of `facettesLieux`. */
export interface FacettesOptions extends QueryOptions {
  /** Most places counted; `facettesLimits.lieux` by default (tests pass a small one). */
  cap?: number;
}

/**
 * Counts the places of a search by filter value (disjunctive faceting; see core's `facettesSchema`). One query
 * reads, as one string, the vocabularies (the `facettes` column, migration 007) and the "open now" flag of at
 * most `facettesLimits.lieux` + 1 places of the location (point or commune within its radius, `bbox`,
 * `territoire`, `q`) — the nearest first when there is a centre, by id otherwise — and the filters are applied
 * while counting, here (`countFacettes`). Past the cap, the counts cover the first `facettesLimits.lieux` places
 * and `complet` is `false`.
 *
 * Why the counting is not in SQL: each place counts once per field, with a different set of filters each time
 * (ten aggregations over the located places); reading them once and counting a few thousand short strings here
 * costs less (docs/performance.md).
 *
 * @example
 * const facettes = await facettesLieux(database, { lat: 50.63, lon: 3.06, frais_a_charge: ['gratuit'] });
 * facettes.facettes.frais_a_charge.payant; // places that cost something, if the person ticked "payant" too
 */
export async function facettesLieux(
  db: Queryable,
  params: FacettesParams,
  options: FacettesOptions = {},
): Promise<Facettes> {
  const now = options.now ?? new Date();
  const cap = options.cap ?? facettesLimits.lieux;
  const where = new Conditions();
  const { centre, distance } = await addLocation(db, where, params);
  await addPlaceFilters(db, where, params);
  const ouvert = openNow(where, now);
  const key = centre ? distance : 'l.id';
  // One row, one string: a line per place, `<facettes>|<1 if open now, else 0>`, nearest (or first) first.
  const sql = `
    SELECT count(*)::integer AS count, coalesce(string_agg(line, E'\\n' ORDER BY key), '') AS lines
    FROM (
      SELECT l.facettes || CASE WHEN ${ouvert} THEN '|1' ELSE '|0' END AS line, ${key} AS key
      FROM lieux l
      ${where.where}
      ORDER BY ${key}
      LIMIT ${where.value(cap + 1)}
    ) AS located`;
  const { rows } = await nearestFirst(db, centre !== undefined, (tx) =>
    tx.query<{ count: number; lines: string }>(sql, where.params),
  );
  const located = rows[0] ?? { count: 0, lines: '' };
  const complet = located.count <= cap;
  const lines = located.lines === '' ? [] : located.lines.split('\n');
  return { ...countFacettes(complet ? lines : lines.slice(0, cap), params), complet };
}

/**
 * Counts located places (disjunctive faceting): `total`, those that pass every filter; a field's counts, those
 * that pass every filter but the field's own; `ouvert_maintenant`, those that pass every filter but "open now",
 * and are open. Each line is a place as the query writes it: the slugs of each vocabulary joined by `,`, in
 * `searchFilterFields` order, then `1` when open now (else `0`), separated by `|`.
 *
 * Places repeat the same combinations of slugs, so the filters are tested once per distinct combination and
 * the combinations counted before their slugs: a few map operations a place (4,000 places in about 2 ms).
 *
 * @example
 * countFacettes(['aide-aux-demarches-administratives|gratuit||||||||fixe|1'], { frais_a_charge: ['payant'] });
 * // { total: 0, facettes: { frais_a_charge: { gratuit: 1 }, services: {}, … }, ouvert_maintenant: 0 }
 */
export function countFacettes(lines: readonly string[], params: FacettesParams): Omit<Facettes, 'complet'> {
  const fields = searchFilterFields;
  const wanted = fields.map((field) => {
    const slugs: readonly string[] | undefined = params[field];
    return slugs && slugs.length > 0 ? new Set(slugs) : undefined;
  });
  const tested = fields.map(() => new Map<string, boolean>());
  const passes = (index: number, joined: string): boolean => {
    const set = wanted[index];
    if (!set) return true;
    const cache = tested[index] as Map<string, boolean>;
    let result = cache.get(joined);
    if (result === undefined) {
      result = joined !== '' && joined.split(',').some((slug) => set.has(slug));
      cache.set(joined, result);
    }
    return result;
  };
  const combinations = fields.map(() => new Map<string, number>());
  const add = (index: number, joined: string | undefined) => {
    if (joined === undefined || joined === '') return;
    const map = combinations[index] as Map<string, number>;
    map.set(joined, (map.get(joined) ?? 0) + 1);
  };

  let total = 0;
  let ouvertMaintenant = 0;
  for (const line of lines) {
    const parts = line.split('|');
    const open = parts[fields.length] === '1';
    // The one field whose filter the place fails, if it fails exactly one; a second failure excludes it.
    let failed = -1;
    let failures = 0;
    for (let index = 0; index < fields.length && failures < 2; index += 1) {
      if (!passes(index, parts[index] ?? '')) {
        failures += 1;
        failed = index;
      }
    }
    if (failures > 1) continue;
    if (failures === 0 && open) ouvertMaintenant += 1;
    // Failing "open now" counts the place nowhere: every other count includes that filter.
    if (params.ouvert_maintenant && !open) continue;
    if (failures === 0) {
      total += 1;
      for (let index = 0; index < fields.length; index += 1) add(index, parts[index]);
    } else {
      add(failed, parts[failed]);
    }
  }

  const facettes = {} as Record<SearchFilterField, Record<string, number>>;
  fields.forEach((field, index) => {
    const bySlug = new Map<string, number>();
    for (const [joined, count] of combinations[index] ?? []) {
      for (const slug of joined.split(',')) bySlug.set(slug, (bySlug.get(slug) ?? 0) + count);
    }
    // In the vocabulary's order, so that the same counts give the same body (and ETag).
    const entries: Record<string, number> = {};
    for (const slug of slugsOf(field)) {
      const count = bySlug.get(slug);
      if (count) entries[slug] = count;
    }
    facettes[field] = entries;
  });
  return { total, facettes: facettes as Facettes['facettes'], ouvert_maintenant: ouvertMaintenant };
}
