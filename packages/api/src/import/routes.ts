// HTTP: the admin import (`POST /v1/admin/import`) and the standard v1 export (`GET /v1/lieux.csv`).
import { parseTerritoire } from '@inclusion-widgets/core';
import type { Territoire } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import { checkAdminToken } from '../admin-auth.js';
import type { Database } from '../database.js';
import type { Logger } from '../logger.js';
import { lieuSelect, rowToLieu } from '../lieux/store.js';
import { problemResponse } from '../problem.js';
import { importFormats, importLieux, InputError, isImportFormat } from './import.js';
import { standardV1CsvHeader, standardV1CsvRow } from './standard-v1.js';

export { sameSecret } from '../admin-auth.js';

/** What the import and export routes need. */
export interface ImportRoutesOptions {
  database: Database;
  logger: Logger;
  /** `ADMIN_TOKEN`: the bearer token of `POST /v1/admin/import`; unset disables the route (404). */
  adminToken?: string | undefined;
  /** Rows per query when exporting; default 1000. */
  exportBatchSize?: number;
  /** Called after an import wrote places (the app forgets its cached answers). */
  onImported?: () => void;
}

const booleanParameter = (name: string, value: string | undefined): boolean | string => {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  return `${name} must be true or false, not « ${value} ».`;
};

/** The SQL condition on `lieux`'s derived columns for a territory. */
function territoireFilter(territoire: Territoire): string {
  switch (territoire.type) {
    case 'commune':
      return 'code_insee = $1';
    case 'epci':
      return 'epci = $1';
    case 'departement':
      return 'departement = $1';
    case 'region':
      return 'region = $1';
  }
}

/**
 * Mounts `POST /v1/admin/import?format=…[&dry_run=true][&strict=true][&date_maj=YYYY-MM-DD]` (body: the CSV or
 * JSON file; `Authorization: Bearer <ADMIN_TOKEN>`; answers the import report) and
 * `GET /v1/lieux.csv[?territoire=departement:59]` (the places of a territory, or all, as a standard v1 CSV file,
 * streamed in batches). The request body limit of the import is the HTTP layer's (`src/http/body-limit.ts`).
 *
 * @example
 * registerImport(app, { database, logger, adminToken: process.env.ADMIN_TOKEN });
 */
export function registerImport(app: Hono, options: ImportRoutesOptions): void {
  const { database, logger, adminToken, exportBatchSize = 1_000, onImported } = options;

  app.post('/v1/admin/import', async (c) => {
    const refusal = checkAdminToken(
      c,
      adminToken,
      'Import through the API is disabled: the server has no ADMIN_TOKEN. Use the import command instead.',
    );
    if (refusal) return refusal;
    const format = c.req.query('format') ?? '';
    if (!isImportFormat(format)) {
      return problemResponse({
        status: 400,
        detail: `format must be one of ${importFormats.join(', ')}${format ? `, not « ${format} »` : ''}.`,
        parameter: 'format',
      });
    }
    const dryRun = booleanParameter('dry_run', c.req.query('dry_run'));
    const strict = booleanParameter('strict', c.req.query('strict'));
    for (const [parameter, value] of [
      ['dry_run', dryRun],
      ['strict', strict],
    ] as const) {
      if (typeof value === 'string') return problemResponse({ status: 400, detail: value, parameter });
    }
    const dateMaj = c.req.query('date_maj');
    if (dateMaj !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateMaj)) {
      return problemResponse({
        status: 400,
        detail: `date_maj must be a date like 2024-08-01, not « ${dateMaj} ».`,
        parameter: 'date_maj',
      });
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    try {
      const report = await importLieux(database, body, {
        format,
        dryRun: dryRun === true,
        strict: strict === true,
        logger,
        ...(dateMaj === undefined ? {} : { dateMaj }),
      });
      if (report.written > 0) onImported?.();
      return c.json(report, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      if (error instanceof InputError) return problemResponse({ status: 400, detail: error.message });
      throw error;
    }
  });

  app.get('/v1/lieux.csv', (c) => {
    const written = c.req.query('territoire');
    let territoire: Territoire | undefined;
    if (written !== undefined) {
      territoire = parseTerritoire(written);
      if (!territoire) {
        return problemResponse({
          status: 400,
          detail:
            `territoire must be commune:<INSEE code>, epci:<SIREN>, departement:<code> or region:<code>, ` +
            `e.g. departement:59, not « ${written} ».`,
          parameter: 'territoire',
        });
      }
    }
    const where = territoire ? `${territoireFilter(territoire)} AND id > $2` : 'id > $1';
    const sql = `SELECT ${lieuSelect} FROM lieux WHERE ${where} ORDER BY id LIMIT ${exportBatchSize}`;
    const encoder = new TextEncoder();
    let after = '';
    let done = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(standardV1CsvHeader()));
      },
      async pull(controller) {
        if (done) return;
        try {
          const { rows } = await database.query(sql, territoire ? [territoire.code, after] : [after]);
          let chunk = '';
          for (const row of rows) chunk += standardV1CsvRow(rowToLieu(row));
          if (chunk) controller.enqueue(encoder.encode(chunk));
          const last = rows.at(-1);
          if (rows.length < exportBatchSize || !last) {
            done = true;
            controller.close();
          } else {
            after = String(last.id);
          }
        } catch (error) {
          logger.error({ err: error }, 'CSV export failed');
          controller.error(error);
        }
      },
    });
    const name = territoire ? `lieux-${territoire.type}-${territoire.code}.csv` : 'lieux.csv';
    return new Response(stream, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    });
  });
}
