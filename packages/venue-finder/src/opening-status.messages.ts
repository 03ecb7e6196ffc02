import { createTranslator } from '@inclusion-widgets/core';

/**
 * Texts of the opening status line, French (the reference). `{time}` is a time of day, `{day}` a weekday,
 * `{date}` a day and month, all in the place's own time.
 */
const fr = {
  open: 'Ouvert',
  closed: 'Fermé',
  unknown: 'Horaires non communiqués',
  closesAt: 'ferme à {time}',
  closesTomorrowAt: 'ferme demain à {time}',
  closesOnDayAt: 'ferme {day} à {time}',
  closesOnDateAt: 'ferme le {date} à {time}',
  opensAt: 'ouvre à {time}',
  opensTomorrowAt: 'ouvre demain à {time}',
  opensOnDayAt: 'ouvre {day} à {time}',
  opensOnDateAt: 'ouvre le {date} à {time}',
  midnight: 'minuit',
  separator: ' · ',
} as const;

/** The French texts, the reference: the English ones have the same keys. */
export type OpeningStatusMessages = typeof fr;

/** Fills a message of the opening status line. */
export const t = createTranslator({
  fr,
  // Fetched only for an English widget.
  en: () => import('./opening-status.messages.en.js').then((module) => module.en),
});
