import type { Locale } from '@inclusion-widgets/core';
import { t, type PartnerMessageKey } from './partner-stats.messages.js';
import type { WeeklySeries } from './summary.js';

/** A series' name: the widget and what is counted ("Questionnaire : questionnaires terminés"). */
export function seriesName(locale: Locale, series: Pick<WeeklySeries, 'widget' | 'evenement'>): string {
  return t(locale, 'series.name', {
    widget: t(locale, `widget.${series.widget}`),
    event: t(locale, `event.${series.evenement}`),
  });
}

/** A level of help in words ("Niveau 2 : inclusion numérique"), or the value itself when it is not 1 to 3. */
export function levelLabel(locale: Locale, level: string): string {
  const key = `level.${level}`;
  return key === 'level.1' || key === 'level.2' || key === 'level.3'
    ? t(locale, key satisfies PartnerMessageKey)
    : level;
}

/** A date `YYYY-MM-DD` in words ("7 sept. 2026"), read as a UTC day. */
export function longDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A date `YYYY-MM-DD` as a short axis label ("07/09" in French, "9/7" in English). */
export function shortDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A count with the locale's digit grouping. */
export function count(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
