import type { CatalogLike } from '@inclusion-widgets/core';
import type { PartnerMessages } from './partner-stats.messages.js';

/** The partner page's texts in English, imported only for an English page (see `partner-stats.messages.ts`). */
export const en: CatalogLike<PartnerMessages> = {
  'form.title': 'See the statistics of your site',
  'form.intro':
    'Enter the partner id and the access token the operator of the service gave you. Both are required. The token stays in this page: it is forgotten when you close it.',
  'form.partner': 'Partner id',
  'form.partnerHint': 'Lowercase letters, digits and hyphens, for example mairie-exemple.',
  'form.token': 'Access token',
  'form.tokenHint': 'A long string of letters and digits.',
  'form.submit': 'See the statistics',
  'form.partnerMissing': 'Enter the partner id.',
  'form.partnerInvalid':
    'This id is not written correctly: use only lowercase letters without accents, digits and hyphens.',
  'form.tokenMissing': 'Enter the access token.',
  'form.errorTitle': 'The statistics cannot be shown.',

  'error.forbidden':
    'This id and this token do not go together: the partner does not exist or the token is not the right one. Check them, or ask the operator of the service for a new token.',
  'error.badRequest': 'The service refuses the request: {detail}',
  'error.down':
    'The statistics service does not answer at the moment. Your figures are not lost: try again in a few minutes.',

  'status.loading': 'Loading the statistics…',
  'status.loaded': {
    one: 'Statistics loaded: {count} week.',
    other: 'Statistics loaded: {count} weeks.',
  },
  'status.empty': {
    one: 'No data yet for the last week.',
    other: 'No data yet for the last {count} weeks.',
  },

  'results.title': 'Statistics of {partner}',
  'results.period': 'From {from} to {until}.',
  'results.note':
    'Anonymous figures: each week runs from Monday to Sunday. No data tells who used the widgets.',
  'results.change': 'Change partner',
  'period.legend': 'Period',
  'period.weeks': { one: 'Last {count} week', other: 'Last {count} weeks' },
  'csv.download': 'Download the figures (CSV)',
  'csv.hint': 'A file for Excel or LibreOffice: columns separated by semicolons.',

  'empty.title': 'No data yet',
  'empty.text':
    'The widgets of your site sent nothing during this period. Statistics arrive when a widget has the partner and stats attributes, and people use it.',
  'empty.section': 'No data yet for this part.',

  'usage.title': 'Use per week',
  'usage.intro': 'How many times each widget was used, week by week.',
  'usage.chartTitle': '{series}, per week',
  'usage.chartDesc':
    '{series}: {total} in all over {weeks}, from {from} to {until}. Highest week: {max}, the week of {maxWeek}.',
  'usage.week': 'Week of',
  'usage.weeks': { one: '{count} week', other: '{count} weeks' },
  'usage.total': 'Total',

  'widget.venue-finder': 'Find a place',
  'widget.quiz': 'Quiz',
  'widget.orientation': 'Orientation',
  'event.widget-affiche': 'displays',
  'event.quiz-termine': 'quizzes completed',
  'event.orientation-resultat': 'orientations completed',
  'event.lieu-consulte': 'place details opened',
  'series.name': '{widget}: {event}',

  'levels.title': 'Quiz levels',
  'levels.intro': 'The level of help the quiz suggested to each person.',
  'levels.level': 'Level',
  'level.1': 'Level 1: digital emergency',
  'level.2': 'Level 2: digital inclusion',
  'level.3': 'Level 3: building skills',
  'areas.title': 'Weakest areas',
  'areas.intro': 'The areas where people had the most difficulty (several per quiz).',
  'areas.area': 'Area',
  'areas.more': {
    one: 'The chart shows the first 10; the table has {count} more.',
    other: 'The chart shows the first 10; the table has {count} more.',
  },
  'outcomes.title': 'Orientation outcomes',
  'outcomes.intro': 'Which help the orientation assistant directed people to.',
  'outcomes.outcome': 'Outcome',

  'chart.barsDesc': '{title} from {from} to {until}: {list}.',
  'chart.item': '{label} {count}',
  'table.show': 'See the figures as a table',
  'table.of': ': {title}',
  'table.count': 'Count',

  'csv.table': 'Table',
  'csv.period': 'Period',
  'csv.item': 'Item',
  'csv.count': 'Count',
  'csv.range': 'from {from} to {until}',
};
