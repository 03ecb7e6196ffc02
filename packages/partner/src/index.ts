/**
 * @inclusion-widgets/partner: `<inclusion-partner-stats>`, a partner's anonymous statistics (charts, tables and a
 * CSV file). No side effects: import `@inclusion-widgets/partner/define.js` to register the element.
 *
 * @module
 */

export { InclusionPartnerStats, periodWeeks, type PeriodWeeks } from './partner-stats.js';
export { barChart, weekChart, type ChartBar, type ChartOptions } from './charts.js';
export { csvCell, csvFileName, csvFormat, summaryRows, toCsv } from './csv.js';
export {
  addDays,
  mondayOf,
  periodStart,
  summarize,
  type PartnerSummary,
  type Share,
  type WeeklySeries,
} from './summary.js';
