import type { Locale } from '@inclusion-widgets/core';
import { t } from './partner-stats.messages.js';
import { levelLabel, seriesName } from './labels.js';
import { noNames, type ContentNames } from './names.js';
import type { PartnerSummary, Share } from './summary.js';

/**
 * The CSV file's format, chosen for the spreadsheet a partner's staff opens it with — Excel set to French, most
 * often — and readable by LibreOffice and scripts too:
 *
 * - UTF-8 with a byte order mark: without it, Excel reads the file as Windows-1252 and garbles "é";
 * - `;` between columns: French Excel takes `,` for the decimal comma and puts a `,`-separated file in one column;
 * - CRLF line ends and RFC 4180 quoting (a cell holding `;`, `"` or a line break is quoted, `"` doubled);
 * - a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a
 *   spreadsheet never runs it as a formula (CSV injection); counts are plain integers, dates `YYYY-MM-DD`.
 */
export const csvFormat = { bom: '\uFEFF', separator: ';', lineEnd: '\r\n' } as const;

/** One cell, quoted and defused as `csvFormat` says. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows written as a CSV file's text, byte order mark first (see `csvFormat`). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const lines = rows.map((row) => row.map(csvCell).join(csvFormat.separator));
  return `${csvFormat.bom}${lines.join(csvFormat.lineEnd)}${csvFormat.lineEnd}`;
}

/**
 * Every figure of the partner page as CSV rows, header first, in the page's language: four columns (table,
 * period, item, count), a row per week and series, then the period's levels, weakest areas and outcomes (by their
 * titles in `names` when known, else their ids).
 *
 * @example
 * const text = toCsv(summaryRows(summary, 'fr'));
 */
export function summaryRows(
  summary: PartnerSummary,
  locale: Locale,
  names: ContentNames = noNames,
): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [
    [t(locale, 'csv.table'), t(locale, 'csv.period'), t(locale, 'csv.item'), t(locale, 'csv.count')],
  ];
  const usage = t(locale, 'usage.title');
  for (const series of summary.series) {
    const name = seriesName(locale, series);
    summary.weeks.forEach((week, index) => rows.push([usage, week, name, series.counts[index] ?? 0]));
  }
  const period = t(locale, 'csv.range', { from: summary.weeks[0] ?? '', until: summary.until });
  const shares = (title: string, list: readonly Share[], label: (share: Share) => string) => {
    for (const share of list) rows.push([title, period, label(share), share.nombre]);
  };
  shares(t(locale, 'levels.title'), summary.levels, (share) => levelLabel(locale, share.id));
  shares(t(locale, 'areas.title'), summary.weakAreas, (share) => names.areas.get(share.id) ?? share.id);
  shares(t(locale, 'outcomes.title'), summary.outcomes, (share) => names.outcomes.get(share.id) ?? share.id);
  return rows;
}

/** The CSV file's name: `statistiques-<partner>-<first day>.csv`. */
export function csvFileName(summary: PartnerSummary): string {
  return `statistiques-${summary.partenaire}-${summary.weeks[0] ?? 'vide'}.csv`;
}
