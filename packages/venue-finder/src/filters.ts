import type { SearchFilterField, SearchParams } from '@inclusion-widgets/core';

/** The filter groups of the panel, as `hide-filters` names them. */
export const filterGroups = [
  'services',
  'frais',
  'prise-en-charge',
  'publics',
  'acces',
  'accompagnement',
  'programmes',
  'ouvert',
] as const;

/** A filter group of the panel. */
export type FilterGroup = (typeof filterGroups)[number];

/** The chosen filters: slugs per field of the standard, and "open now". */
export type Filters = Partial<Pick<SearchParams, SearchFilterField | 'ouvert_maintenant'>>;

/** How many filter values are chosen (each slug counts, and "open now"). */
export function activeFilterCount(filters: Filters): number {
  let count = filters.ouvert_maintenant ? 1 : 0;
  for (const [key, value] of Object.entries(filters)) {
    if (key !== 'ouvert_maintenant' && Array.isArray(value)) count += value.length;
  }
  return count;
}

/** `filters` with `slug` of `field` added or removed. */
export function toggleSlug(filters: Filters, field: SearchFilterField, slug: string, on: boolean): Filters {
  const current = (filters[field] ?? []) as readonly string[];
  const next = on ? [...new Set([...current, slug])] : current.filter((item) => item !== slug);
  return { ...filters, [field]: next };
}
