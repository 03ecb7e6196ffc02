// Importing a file of places: read, map each record, report every rejected row, upsert the valid ones atomically.
import type { Lieu } from '@inclusion-widgets/core';
import type { Database } from '../database.js';
import type { Logger } from '../logger.js';
import { horairesValides } from '../lieux/opening-hours.js';
import { refreshCellules } from '../lieux/cellules.js';
import { upsertLieux } from '../lieux/store.js';
import type { HorairesCheck } from '../lieux/store.js';
import { franceServicesHeaderWarnings, mapFranceServices } from './france-services.js';
import type { MapResult } from './fields.js';
import { shorten } from './fields.js';
import { readInput } from './read-input.js';
import { mapStandardV01 } from './standard-v0.1.js';
import { mapStandardV1, standardV1HeaderWarnings } from './standard-v1.js';

export { InputError } from './read-input.js';

/** The formats an import understands. */
export const importFormats = ['standard-v1', 'standard-v0.1', 'france-services'] as const;

/** A format an import understands. */
export type ImportFormat = (typeof importFormats)[number];

/** Whether `value` is one of `importFormats`. */
export const isImportFormat = (value: string): value is ImportFormat =>
  (importFormats as readonly string[]).includes(value);

/** Options of `importLieux`. */
export interface ImportOptions {
  /** How to read each record. */
  format: ImportFormat;
  /** Check and report, write nothing. */
  dryRun?: boolean;
  /** Write nothing if any record is rejected. */
  strict?: boolean;
  /** Where to log the summary. */
  logger?: Logger;
  /** Checks `horaires` (default: `horairesValides`, the opening_hours library). */
  checkHoraires?: HorairesCheck;
  /** France Services: `date_maj` of every place (the file's date); default today. */
  dateMaj?: string;
  /** standard-v0.1: prepended to every id. */
  idPrefix?: string;
}

/** A row that was not imported, and why. */
export interface RejectedRow {
  /** CSV: the file's line (header = 1). JSON: the item's index (0 = first). */
  line: number;
  /** The row's id, when it has one. */
  id?: string;
  /** Each reason names the field and what was expected. */
  reasons: string[];
}

/** A remark that did not stop a row (or the file) from being imported. */
export interface ImportWarning {
  /** The row's line, or absent for the whole file. */
  line?: number;
  id?: string;
  message: string;
}

/** What an import did. */
export interface ImportReport {
  format: ImportFormat;
  dry_run: boolean;
  strict: boolean;
  /** Records in the file (rows after the header, or JSON items). */
  total: number;
  /** Records that passed every check. */
  valid: number;
  /** Places inserted or updated (0 on a dry run, or in strict mode when a row was rejected). */
  written: number;
  rejected: RejectedRow[];
  warnings: ImportWarning[];
}

/** The places of a file, checked, and the report (with `written: 0`). */
export interface AnalysedImport {
  lieux: Lieu[];
  report: ImportReport;
}

/**
 * Reads and checks a file without touching the database: every record mapped with the format's mapper, duplicate
 * ids rejected (naming the line of the first), `horaires` that do not parse reported (the place is kept: its
 * hours are flagged and shown as unknown). Throws `InputError` when the file cannot be read at all (empty,
 * invalid JSON).
 */
export function analyseImport(input: Uint8Array | string, options: ImportOptions): AnalysedImport {
  const { format } = options;
  const checkHoraires = memoised(options.checkHoraires ?? horairesValides);
  const file = readInput(input);
  const report: ImportReport = {
    format,
    dry_run: options.dryRun ?? false,
    strict: options.strict ?? false,
    total: file.records.length + file.unreadable.length,
    valid: 0,
    written: 0,
    rejected: file.unreadable.map(({ line, reason }) => ({ line, reasons: [reason] })),
    warnings: file.warnings.map((message) => ({ message })),
  };
  const headerWarnings =
    file.container === 'json'
      ? []
      : format === 'standard-v1'
        ? standardV1HeaderWarnings(file.columns)
        : format === 'france-services'
          ? franceServicesHeaderWarnings(file.columns)
          : [];
  report.warnings.push(...headerWarnings.map((message) => ({ message })));

  const map = (fields: Record<string, unknown>): MapResult => {
    if (format === 'standard-v0.1') return mapStandardV01(fields, { idPrefix: options.idPrefix });
    if (format === 'france-services') return mapFranceServices(fields, { dateMaj: options.dateMaj });
    return mapStandardV1(fields);
  };

  const lieux: Lieu[] = [];
  const firstLine = new Map<string, number>();
  for (const record of file.records) {
    const result = map(record.fields);
    const id = result.ok ? result.lieu.id : result.id;
    const where = { line: record.line, ...(id === undefined ? {} : { id }) };
    report.warnings.push(...result.warnings.map((message) => ({ ...where, message })));
    if (!result.ok) {
      report.rejected.push({ ...where, reasons: result.reasons });
      continue;
    }
    const first = firstLine.get(result.lieu.id);
    if (first !== undefined) {
      report.rejected.push({
        ...where,
        reasons: [
          `id: « ${result.lieu.id} » is already used by the row on line ${first}; ids must be unique in a file`,
        ],
      });
      continue;
    }
    firstLine.set(result.lieu.id, record.line);
    const { horaires } = result.lieu;
    if (horaires !== undefined && !checkHoraires(horaires)) {
      report.warnings.push({
        ...where,
        message: `horaires: « ${shorten(horaires)} » is not valid OpenStreetMap opening_hours; kept, but shown as unknown`,
      });
    }
    lieux.push(result.lieu);
  }
  report.rejected.sort((a, b) => a.line - b.line);
  report.valid = lieux.length;
  return { lieux, report };
}

/** The check with its answers kept for one import: many places share the same hours, and parsing is not cheap. */
export function memoised(check: HorairesCheck): HorairesCheck {
  const answers = new Map<string, boolean>();
  return (horaires) => {
    let answer = answers.get(horaires);
    if (answer === undefined) {
      answer = check(horaires);
      answers.set(horaires, answer);
    }
    return answer;
  };
}

/**
 * Imports a file of places (CSV or JSON, see `readInput`) in one of `importFormats`: valid rows are upserted by
 * id in one transaction (all or nothing); every rejected row is in the report with its line and reasons. With
 * `strict`, nothing is written if any row is rejected; with `dryRun`, nothing is written at all.
 *
 * @example
 * const report = await importLieux(database, readFileSync('lieux.csv'), { format: 'standard-v1' });
 * report.rejected; // [{ line: 7, id: 'x', reasons: ['latitude: 95 is not between -90 and 90'] }]
 */
export async function importLieux(
  database: Database,
  input: Uint8Array | string,
  options: ImportOptions,
): Promise<ImportReport> {
  const checkHoraires = memoised(options.checkHoraires ?? horairesValides);
  const { lieux, report } = analyseImport(input, { ...options, checkHoraires });
  const blocked = report.strict && report.rejected.length > 0;
  if (!report.dry_run && !blocked && lieux.length > 0) {
    report.written = await database.transaction(async (tx) => {
      const written = await upsertLieux(tx, lieux, { checkHoraires });
      await refreshCellules(tx);
      return written;
    });
  }
  options.logger?.info(
    {
      format: report.format,
      dry_run: report.dry_run,
      strict: report.strict,
      total: report.total,
      valid: report.valid,
      written: report.written,
      rejected: report.rejected.length,
      warnings: report.warnings.length,
    },
    'import finished',
  );
  return report;
}
