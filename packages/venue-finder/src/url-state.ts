import { searchFilterFields, slugsOf, type SearchFilterField } from '@inclusion-widgets/core';
import type { Filters } from './filters.js';

/**
 * The venue finder's state in the page URL, for shareable searches (`sync-url`) and for links to one place.
 * Every parameter starts with `lieux-`, so that the host page's own parameters are never touched:
 * `lieux-commune=59350`, `lieux-pres=3.06,50.63`, `lieux-rayon=10`, `lieux-services=a,b`, `lieux-ouvert=1`,
 * `lieux-lieu=<id>`. Values read from a URL are checked like attributes; a bad one is ignored.
 */
export interface UrlState {
  /** INSEE code of the searched commune. */
  readonly commune?: string;
  /** A searched point. */
  readonly near?: { readonly lon: number; readonly lat: number };
  /** Radius in kilometres. */
  readonly radiusKm?: number;
  /** Chosen filters. */
  readonly filters: Filters;
  /** The place open in details. */
  readonly lieu?: string;
}

const prefix = 'lieux-';
const filterParameter = (field: SearchFilterField) => `${prefix}${field.replaceAll('_', '-')}`;

/** Reads the finder's state from a URL's query (unknown or invalid values are left out). */
export function readUrlState(url: URL): UrlState {
  const query = url.searchParams;
  const filters: Record<string, unknown> = {};
  for (const field of searchFilterFields) {
    const raw = query.get(filterParameter(field));
    if (!raw) continue;
    const known = new Set<string>(slugsOf(field));
    const slugs = [...new Set(raw.split(',').map((slug) => slug.trim()))].filter((slug) => known.has(slug));
    if (slugs.length > 0) filters[field] = slugs;
  }
  if (query.get(`${prefix}ouvert`) === '1') filters['ouvert_maintenant'] = true;
  const commune = query.get(`${prefix}commune`) ?? '';
  const [lon, lat] = (query.get(`${prefix}pres`) ?? '').split(',').map(Number);
  const radius = Number(query.get(`${prefix}rayon`));
  const lieu = query.get(`${prefix}lieu`) ?? '';
  return {
    ...(/^(\d{5}|2[AB]\d{3})$/.test(commune) ? { commune } : {}),
    ...(lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
      ? { near: { lon, lat } }
      : {}),
    ...(Number.isInteger(radius) && radius >= 1 && radius <= 100 ? { radiusKm: radius } : {}),
    filters: filters as Filters,
    ...(/^[\w.:-]{1,200}$/.test(lieu) ? { lieu } : {}),
  };
}

/** `url` with the finder's parameters replaced by `state` (other parameters and the hash kept). */
export function writeUrlState(url: URL, state: UrlState): URL {
  const next = new URL(url.href);
  for (const key of [...next.searchParams.keys()]) {
    if (key.startsWith(prefix)) next.searchParams.delete(key);
  }
  const query = next.searchParams;
  if (state.commune) query.set(`${prefix}commune`, state.commune);
  if (state.near) query.set(`${prefix}pres`, `${round(state.near.lon)},${round(state.near.lat)}`);
  if (state.radiusKm !== undefined) query.set(`${prefix}rayon`, String(state.radiusKm));
  for (const field of searchFilterFields) {
    const slugs = state.filters[field];
    if (slugs && slugs.length > 0) query.set(filterParameter(field), slugs.join(','));
  }
  if (state.filters.ouvert_maintenant) query.set(`${prefix}ouvert`, '1');
  if (state.lieu) query.set(`${prefix}lieu`, state.lieu);
  return next;
}

/** A link to one place on this page: the current URL with only `lieux-lieu` among the finder's parameters. */
export function placeUrl(url: URL, id: string): string {
  return writeUrlState(url, { filters: {}, lieu: id }).href;
}

/** About 1 km: enough to find the same places, not enough to point at someone's home in a shared link. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
