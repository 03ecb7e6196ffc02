// The query string of a venue search, without zod: its parameters' order, lists and bounds, written and read. The
// venue finder writes its first search with it before any schema has loaded (the parameters' check follows with the
// answer); search.ts checks parameters with the schema built on the same names.
import type { ValidationProblem } from './issues.js';

/** Bounds of the search parameters, shared by the widgets, the client and the API. */
export const searchLimits = {
  /** Search radius in metres. */
  rayon: { min: 1, max: 100_000 },
  /** Page size. */
  limit: { min: 1, max: 100 },
  /** Length of the text query. */
  q: { max: 200 },
} as const;

/**
 * The filters of a venue search, named after the standard's fields: every controlled vocabulary of the
 * standard. A venue matches a filter when it has at least one of the listed slugs; it must match every filter
 * given.
 */
export const searchFilterFields = [
  'services',
  'frais_a_charge',
  'prise_en_charge_specifique',
  'publics_specifiquement_adresses',
  'modalites_acces',
  'modalites_accompagnement',
  'dispositif_programmes_nationaux',
  'typologie',
  'formations_labels',
  'itinerance',
] as const;

/** A field a venue search can filter on. */
export type SearchFilterField = (typeof searchFilterFields)[number];

/**
 * The parameters of a venue search in the order a query string lists them (a stable order keeps cache keys
 * stable): the keys of `searchParamsSchema`, in its order (a test checks that they agree).
 */
export const searchParameterOrder = [
  'lat',
  'lon',
  'commune',
  'rayon',
  'bbox',
  'territoire',
  ...searchFilterFields,
  'ouvert_maintenant',
  'q',
  'limit',
  'cursor',
  'page',
] as const;

const numberParameters: ReadonlySet<string> = new Set(['lat', 'lon', 'rayon', 'limit', 'page', 'zoom']);

/** The search parameters that are lists (comma-separated in a query string). */
export const listParameters: ReadonlySet<string> = new Set<string>([...searchFilterFields, 'bbox']);

/**
 * Reads the `keys` of a query string as raw values for a schema: lists (`listKeys`, repeated or
 * comma-separated) as arrays, numbers and booleans converted when they read as such (else left as strings,
 * for the schema to name them). Shared by the search and map parameters.
 */
export function readQuery(
  query: URLSearchParams,
  keys: readonly string[],
  listKeys: ReadonlySet<string>,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of keys) {
    const values = query.getAll(key);
    if (values.length === 0) continue;
    if (listKeys.has(key)) {
      const items = values.flatMap((value) => value.split(',')).map((item) => item.trim());
      const nonEmpty = items.filter((item) => item !== '');
      raw[key] = key === 'bbox' ? nonEmpty.map(toNumber) : nonEmpty;
    } else {
      const value = values[values.length - 1] ?? '';
      if (numberParameters.has(key)) raw[key] = toNumber(value);
      else if (key === 'ouvert_maintenant') raw[key] = toBoolean(value);
      else raw[key] = value;
    }
  }
  return raw;
}

/** Writes validated parameters as a query string, keys in `keys` order (see `toSearchParams`). */
export function writeQuery(data: Record<string, unknown>, keys: readonly string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = data[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query.set(key, value.join(','));
    } else {
      query.set(key, String(value));
    }
  }
  return query;
}

/** A number written in decimal (`50.63`, `-3`, `.5`, `1e3`): not hex, binary, `Infinity` or blank, which `Number()` reads. */
const decimalNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function toNumber(value: string): number | string {
  return decimalNumber.test(value.trim()) ? Number(value) : value;
}

/**
 * The parameters of `keys` that are not lists and are given more than once (`lat=1&lat=2`): which one was meant is
 * unknown, so each is a problem rather than a silent choice.
 */
export function repeatedParameters(
  query: URLSearchParams,
  keys: readonly string[],
  listKeys: ReadonlySet<string>,
): ValidationProblem[] {
  return keys
    .filter((key) => !listKeys.has(key) && query.getAll(key).length > 1)
    .map((key) => ({
      path: key,
      message: `${key} is given ${query.getAll(key).length} times; give it once`,
    }));
}

function toBoolean(value: string): boolean | string {
  if (value === 'true' || value === '1' || value === '') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

/**
 * Writes search parameters as a query string without checking them (`toSearchParams` checks them first): lists
 * comma-separated, booleans as `true`/`false`, empty lists and `undefined` left out, keys in a fixed order.
 *
 * @example
 * writeSearchQuery({ commune: '59350', limit: 20 }).toString(); // 'commune=59350&limit=20'
 */
export function writeSearchQuery(params: object): URLSearchParams {
  return writeQuery(params as Record<string, unknown>, searchParameterOrder);
}
