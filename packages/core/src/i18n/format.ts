import type { Locale } from './locale.js';

/**
 * Formats a number for the locale.
 *
 * @example
 * formatNumber('fr', 1234.5); // '1 234,5'
 */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/**
 * Formats a distance given in metres: metres under 1 km (rounded to 10 m), kilometres above
 * (one decimal under 10 km, whole kilometres beyond).
 *
 * @example
 * formatDistance('fr', 350);   // '350 m'
 * formatDistance('fr', 1234);  // '1,2 km'
 * formatDistance('en', 25400); // '25 km'
 */
export function formatDistance(locale: Locale, meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) return '';
  if (meters < 1000) {
    const rounded = meters < 10 ? Math.round(meters) : Math.round(meters / 10) * 10;
    if (rounded < 1000) return formatNumber(locale, rounded, { style: 'unit', unit: 'meter' });
  }
  const kilometers = meters / 1000;
  return formatNumber(locale, kilometers, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: kilometers < 10 ? 1 : 0,
  });
}

/**
 * Joins items as a sentence list.
 *
 * @example
 * formatList('fr', ['lundi', 'mardi', 'jeudi']); // 'lundi, mardi et jeudi'
 */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/**
 * Formats a date (a `Date` or an ISO `YYYY-MM-DD` string, read as a calendar day).
 *
 * @example
 * formatDate('fr', '2024-04-02'); // '2 avril 2024'
 */
export function formatDate(
  locale: Locale,
  date: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const value = typeof date === 'string' ? calendarDay(date) : date;
  if (Number.isNaN(value.getTime())) return '';
  const timeZone = typeof date === 'string' ? 'UTC' : options.timeZone;
  return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) }).format(value);
}

/**
 * Formats a time of day given as `HH:MM` (as in opening hours) for the locale.
 *
 * @example
 * formatTime('fr', '09:30'); // '09:30'
 * formatTime('en', '17:00'); // '5:00 PM'
 */
export function formatTime(locale: Locale, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    date,
  );
}

function calendarDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(NaN);
}
