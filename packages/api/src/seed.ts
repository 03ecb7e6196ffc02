// First start of the embedded database: the committed real places (data/lieux-*.csv, standard v1).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lieu } from '@inclusion-widgets/core';
import type { Database } from './database.js';
import { analyseImport, memoised } from './import/import.js';
import { horairesValides } from './lieux/opening-hours.js';
import { refreshCellules } from './lieux/cellules.js';
import { upsertLieux } from './lieux/store.js';
import type { Logger } from './logger.js';

/** The committed files, converted by `scripts/convert-data.ts`. */
export const SEED_FILES: readonly string[] = [
  fileURLToPath(new URL('../data/lieux-france-services.csv', import.meta.url)),
  fileURLToPath(new URL('../data/lieux-hinaura.csv', import.meta.url)),
];

/** Options of `seedIfEmpty`. */
export interface SeedOptions {
  /** The files to import (standard v1 CSV); default `SEED_FILES`. */
  files?: readonly string[];
  /** `SEED` from the environment: `false` skips the seed. Default `process.env.SEED`. */
  seed?: string | undefined;
}

/** What `seedIfEmpty` did. */
export interface SeedResult {
  /** Whether places were written. */
  seeded: boolean;
  /** Why not, when not. */
  skipped?: string;
  /** Places written. */
  written: number;
  /** Rows of the files that were rejected (should be 0: the files are generated). */
  rejected: number;
  /** Time taken, in milliseconds. */
  ms: number;
}

/**
 * When the database is the embedded PGlite and `lieux` is empty, imports the committed real places (France
 * Services and Hinaura, in the standard v1) in one transaction and logs the counts. A PostgreSQL server is never
 * seeded (an operator imports with the CLI); `SEED=false` skips it. Run it after `ensureCommunes`, which the
 * places' département, région and EPCI are derived from.
 *
 * @example
 * await seedIfEmpty(database, logger);
 */
export async function seedIfEmpty(
  database: Database,
  logger?: Logger,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const start = performance.now();
  const { files = SEED_FILES, seed = process.env.SEED } = options;
  const skip = (skipped: string): SeedResult => {
    logger?.info({ skipped }, 'seed skipped');
    return { seeded: false, skipped, written: 0, rejected: 0, ms: 0 };
  };
  if (seed?.trim().toLowerCase() === 'false') return skip('SEED=false');
  if (database.kind !== 'pglite') return skip('a PostgreSQL server is never seeded; import with the CLI');
  const { rows } = await database.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM lieux) AS any');
  if (rows[0]?.any) return skip('lieux is not empty');
  logger?.info('first start: loading the real places into the embedded database (a few seconds)…');

  const lieux: Lieu[] = [];
  let rejected = 0;
  for (const file of files) {
    // Hours are checked once, by the upsert (which stores the flag); the generated files are tested to be valid.
    const { lieux: valid, report } = analyseImport(await readFile(file), {
      format: 'standard-v1',
      checkHoraires: () => true,
    });
    for (const row of report.rejected) {
      logger?.warn(
        { file: basename(file), line: row.line, id: row.id, reasons: row.reasons },
        'seed row rejected',
      );
    }
    rejected += report.rejected.length;
    lieux.push(...valid);
    logger?.debug({ file: basename(file), places: valid.length }, 'seed file read');
  }
  const checkHoraires = memoised(horairesValides);
  const written = await database.transaction(async (tx) => {
    const count = await upsertLieux(tx, lieux, { checkHoraires });
    await refreshCellules(tx);
    return count;
  });
  const ms = Math.round(performance.now() - start);
  logger?.info(
    { written, rejected, ms, files: files.map((file) => basename(file)) },
    `seeded ${written} real places`,
  );
  return { seeded: true, written, rejected, ms };
}
