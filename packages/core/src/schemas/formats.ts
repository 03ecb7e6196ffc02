// String formats checked without zod's format schemas (z.email, z.httpUrl, z.iso.*): each of those brings its own
// schema class and regular expressions into the widgets' first screen (≈ 2.5 KB gzip for the four), where a
// pattern and a predicate do the same job. common.ts builds the schemas on them.

/**
 * An e-mail address as people write them: a local part of letters, digits and `_'+-` separated by dots, then a
 * domain with a top-level name of at least two letters.
 */
export const emailPattern =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** A host name made of labels of letters, digits and hyphens, ending in a top-level name of letters. */
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Whether `value` is an absolute http or https URL whose host is a domain name (`https://exemple.fr/page`), as
 * the standard's link fields require. Bare IP addresses and `localhost` are refused, as are spaces and
 * backslashes anywhere.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\s\\]/.test(value)) return false;
  try {
    return domainPattern.test(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** A calendar date `YYYY-MM-DD` (the day checked against its month by `isIsoDate`). */
export const isoDatePattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a date `YYYY-MM-DD` that exists (`2024-02-29` does, `2023-02-29` does not). */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCDate() === day;
}

/**
 * A date and time with an offset, ISO 8601: `2026-11-23T17:00:00+01:00`, `2026-11-23T16:00Z`; seconds and their
 * fraction optional.
 */
export const isoDateTimePattern =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
