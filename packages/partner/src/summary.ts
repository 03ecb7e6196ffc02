import type { EvenementType, Statistiques, WidgetName } from '@inclusion-widgets/core';

/** One weekly series: the events of one kind that one widget sent, week by week. */
export interface WeeklySeries {
  /** The widget that sent them. */
  readonly widget: WidgetName;
  /** The kind of event counted. */
  readonly evenement: EvenementType;
  /** One count per week of `PartnerSummary.weeks`, in the same order. */
  readonly counts: readonly number[];
  /** The sum of `counts`. */
  readonly total: number;
}

/** A count by value of a dimension (a level, an area, an outcome) over the whole period. */
export interface Share {
  /** The value: a level (`'1'`…`'3'`), an area id, an outcome id, as the API sent it (text, never markup). */
  readonly id: string;
  /** How many events had it. */
  readonly nombre: number;
}

/** What the partner page shows of `GET /v1/statistiques`: every figure of its charts, tables and CSV file. */
export interface PartnerSummary {
  /** The partner id. */
  readonly partenaire: string;
  /** The Monday of each week covered, `YYYY-MM-DD`, oldest first (weeks without any event included). */
  readonly weeks: readonly string[];
  /** The last day covered (the Sunday of the last week), `YYYY-MM-DD`. */
  readonly until: string;
  /** The series that have at least one event in the period, in a fixed order (widget, then kind of event). */
  readonly series: readonly WeeklySeries[];
  /** Completed quizzes by level of help (1, 2, 3), every level listed. */
  readonly levels: readonly Share[];
  /** Weakest skill areas of completed quizzes, most frequent first (then by id). */
  readonly weakAreas: readonly Share[];
  /** Outcomes of orientations, most frequent first (then by id). */
  readonly outcomes: readonly Share[];
  /** Whether the period holds no event at all. */
  readonly empty: boolean;
}

/** The widgets in the order the design lists them (as core's `widgetNames`, without importing the schemas). */
const widgets: readonly WidgetName[] = ['venue-finder', 'quiz', 'orientation'];

/** The kinds of event in core's order (`evenementTypes`). */
const kinds: readonly EvenementType[] = [
  'widget-affiche',
  'quiz-termine',
  'orientation-resultat',
  'lieu-consulte',
];

/** The order of the series: by widget, then by kind of event. */
const seriesOrder = widgets.flatMap((widget) => kinds.map((kind) => [widget, kind] as const));

const dayMs = 86_400_000;

/** The Monday (UTC) of the ISO week of `date`, as `YYYY-MM-DD`, as the API counts weeks. */
export function mondayOf(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days` days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * The first day of a period of `weeks` weeks ending with the current week (which counts as one): the `depuis` to
 * ask for.
 *
 * @example
 * periodStart(new Date('2026-12-03T10:00:00Z'), 4); // '2026-11-09' (a Monday; the 4th week is the current one)
 */
export function periodStart(now: Date, weeks: number): string {
  return addDays(mondayOf(now), -7 * (weeks - 1));
}

/** Sorts shares most frequent first, then by id, so that the order never depends on the API's. */
function sortShares(counts: ReadonlyMap<string, number>): Share[] {
  return [...counts]
    .map(([id, nombre]) => ({ id, nombre }))
    .sort((a, b) => b.nombre - a.nombre || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function addTo(counts: Map<string, number>, values: Readonly<Record<string, number>> | undefined): void {
  for (const [id, nombre] of Object.entries(values ?? {})) counts.set(id, (counts.get(id) ?? 0) + nombre);
}

/**
 * Reads the answer of `GET /v1/statistiques` into the figures the page shows: the weeks from `depuis` to the week
 * of `now` (or the last week the API counted, if later), a series per widget and kind of event, and the period's
 * quiz levels, weakest areas and orientation outcomes. Counters of weeks outside the period are left out of
 * everything, so that the charts, the tables and the CSV file always hold the same figures.
 *
 * @example
 * const summary = summarize(await client.getStatistiques({ partenaire, token, depuis }), new Date());
 * summary.levels; // [{ id: '1', nombre: 4 }, { id: '2', nombre: 10 }, { id: '3', nombre: 2 }]
 */
export function summarize(statistiques: Statistiques, now: Date): PartnerSummary {
  const first = mondayOf(new Date(`${statistiques.depuis}T00:00:00Z`));
  let last = mondayOf(now);
  for (const item of statistiques.items) if (item.semaine > last) last = item.semaine;
  const weeks: string[] = [];
  for (let week = first; week <= last && weeks.length < 520; week = addDays(week, 7)) weeks.push(week);
  const weekIndex = new Map(weeks.map((week, index) => [week, index]));

  const counts = new Map(
    seriesOrder.map(([widget, evenement]) => [`${widget} ${evenement}`, weeks.map(() => 0)]),
  );
  const levels = new Map<string, number>([
    ['1', 0],
    ['2', 0],
    ['3', 0],
  ]);
  const weakAreas = new Map<string, number>();
  const outcomes = new Map<string, number>();
  for (const item of statistiques.items) {
    const index = weekIndex.get(item.semaine);
    const series = counts.get(`${item.widget} ${item.evenement}`);
    if (index === undefined || !series) continue;
    series[index] = (series[index] ?? 0) + item.nombre;
    if (item.evenement === 'quiz-termine') {
      for (const [level, nombre] of Object.entries(item.details['niveau'] ?? {})) {
        if (levels.has(level)) levels.set(level, (levels.get(level) ?? 0) + nombre);
      }
      addTo(weakAreas, item.details['domaine_faible']);
    } else if (item.evenement === 'orientation-resultat') {
      addTo(outcomes, item.details['resultat']);
    }
  }
  const series = seriesOrder.flatMap(([widget, evenement]) => {
    const weekly = counts.get(`${widget} ${evenement}`) ?? [];
    const total = weekly.reduce((sum, count) => sum + count, 0);
    return total > 0 ? [{ widget, evenement, counts: weekly, total }] : [];
  });
  return {
    partenaire: statistiques.partenaire,
    weeks,
    until: addDays(last, 6),
    series,
    levels: [...levels].map(([id, nombre]) => ({ id, nombre })),
    weakAreas: sortShares(weakAreas),
    outcomes: sortShares(outcomes),
    empty: series.length === 0,
  };
}
