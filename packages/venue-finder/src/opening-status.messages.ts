import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

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

const en: CatalogLike<typeof fr> = {
  open: 'Open',
  closed: 'Closed',
  unknown: 'Opening hours not given',
  closesAt: 'closes at {time}',
  closesTomorrowAt: 'closes tomorrow at {time}',
  closesOnDayAt: 'closes on {day} at {time}',
  closesOnDateAt: 'closes on {date} at {time}',
  opensAt: 'opens at {time}',
  opensTomorrowAt: 'opens tomorrow at {time}',
  opensOnDayAt: 'opens on {day} at {time}',
  opensOnDateAt: 'opens on {date} at {time}',
  midnight: 'midnight',
  separator: ' · ',
};

/** Fills a message of the opening status line. */
export const t = createTranslator({ fr, en });
