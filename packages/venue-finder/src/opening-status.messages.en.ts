import type { CatalogLike } from '@inclusion-widgets/core';
import type { OpeningStatusMessages } from './opening-status.messages.js';

/** The English texts of opening statuses, imported only for an English widget (see `opening-status.messages.ts`). */
export const en: CatalogLike<OpeningStatusMessages> = {
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
