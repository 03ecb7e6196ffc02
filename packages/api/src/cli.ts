// `inclusion-api import FILE --format standard-v1|standard-v0.1|france-services [--dry-run] [--strict]`
// Exit codes: 0 every row valid, 1 some row rejected or the import failed, 2 usage error.
// Also `inclusion-api partenaire …` (src/statistics/partner-cli.ts) and `inclusion-api configuration …`
// (src/configurations/cli.ts).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCommunes } from './communes/load.js';
import { runConfigurationCli } from './configurations/cli.js';
import { openCommandDatabase } from './command-database.js';
import type { Database } from './database.js';
import { importFormats, importLieux, InputError, isImportFormat } from './import/import.js';
import type { ImportReport } from './import/import.js';
import { runPartnerCli } from './statistics/partner-cli.js';

const usage = `Usage: inclusion-api import FILE --format ${importFormats.join('|')} [--dry-run] [--strict]

  FILE            a CSV (',' or ';') or JSON file of places
  --format        standard-v1      the national standard v1 (exact labels, '|' between values)
                  standard-v0.1    the old standard v0.1 (';' between values), mapped to v1
                  france-services  the France Services list of ANCT (liste-fs-*.csv)
  --dry-run       check every row and report, write nothing
  --strict        write nothing if any row is rejected
  --date-maj D    france-services: date_maj of every place (default: the date in the file name, else today)
  --id-prefix P   standard-v0.1: prepend P to every id

The database is the server's: DATABASE_URL, else PGlite in PGLITE_DATA_DIR (default .pglite). Migrations are
applied first. Exit code 0 when every row is valid, 1 when some row is rejected, 2 on a usage error.

Other commands: inclusion-api partenaire create <id> <name> (statistics partners),
inclusion-api configuration create|list|remove (widget configurations; --help for details).`;

/** Where the CLI writes. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const MAX_WARNINGS_SHOWN = 50;

/** Runs the command line; resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  output: CliOutput = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
): Promise<number> {
  // `inclusion-api partenaire create <id> <name>`: partners of the statistics (src/statistics/partner-cli.ts).
  if (argv[0] === 'partenaire') {
    return runPartnerCli(argv.slice(1), env, { stdout: output.out, stderr: output.err });
  }
  // `inclusion-api configuration create|list|remove …`: widget configurations (src/configurations/cli.ts).
  if (argv[0] === 'configuration') {
    return runConfigurationCli(argv.slice(1), env, { stdout: output.out, stderr: output.err });
  }
  const usageError = (message: string): number => {
    output.err(`inclusion-api: ${message}\n\n${usage}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'date-maj': { type: 'string' },
        'id-prefix': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(`${usage}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'import')
    return usageError(command ? `unknown command « ${command} »` : 'no command given');
  if (!file) return usageError('no FILE given');
  if (extra.length > 0) return usageError(`one FILE at a time (also got ${extra.join(' ')})`);
  const format = values.format ?? '';
  if (!isImportFormat(format)) {
    return usageError(
      `--format must be one of ${importFormats.join(', ')}${format ? `, not « ${format} »` : ' (missing)'}`,
    );
  }
  const dateMaj = values['date-maj'] ?? /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1];
  if (dateMaj !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateMaj)) {
    return usageError(`--date-maj must be a date like 2024-08-01, not « ${dateMaj} »`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return usageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }

  let database: Database | undefined;
  try {
    const opened = await openCommandDatabase(env);
    database = opened.database;
    await ensureCommunes(database, opened.logger);
    const report = await importLieux(database, bytes, {
      format,
      dryRun: values['dry-run'],
      strict: values.strict,
      ...(dateMaj === undefined ? {} : { dateMaj }),
      ...(values['id-prefix'] === undefined ? {} : { idPrefix: values['id-prefix'] }),
    });
    output.out(formatReport(report, basename(file), opened.location));
    return report.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.err(`inclusion-api: ${error instanceof InputError ? `${file}: ${message}` : message}\n`);
    return 1;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

/** The report in words, for a terminal. */
export function formatReport(report: ImportReport, file: string, database: string): string {
  const lines: string[] = [];
  const mode = report.dry_run ? ' (dry run: nothing written)' : report.strict ? ' (strict)' : '';
  lines.push(`Import of ${file} as ${report.format} into ${database}${mode}`);
  lines.push(
    `  ${report.total} rows read, ${report.valid} valid, ${report.rejected.length} rejected, ` +
      `${report.written} written, ${report.warnings.length} warnings`,
  );
  if (report.strict && report.rejected.length > 0 && !report.dry_run) {
    lines.push('  Strict mode: nothing was written because some rows were rejected.');
  }
  if (report.rejected.length > 0) {
    lines.push('', 'Rejected rows:');
    for (const row of report.rejected) {
      lines.push(`  line ${row.line}${row.id ? ` (id ${row.id})` : ''}:`);
      for (const reason of row.reasons) lines.push(`    - ${reason}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of report.warnings.slice(0, MAX_WARNINGS_SHOWN)) {
      const where =
        warning.line === undefined
          ? 'file'
          : `line ${warning.line}${warning.id ? ` (id ${warning.id})` : ''}`;
      lines.push(`  ${where}: ${warning.message}`);
    }
    if (report.warnings.length > MAX_WARNINGS_SHOWN) {
      lines.push(`  … and ${report.warnings.length - MAX_WARNINGS_SHOWN} more`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  // As the server does (main.ts): the opening-hours library misreads the local zone's DST days; places carry
  // their own zone.
  process.env.TZ = 'UTC';
  process.exitCode = await runCli(process.argv.slice(2));
}
