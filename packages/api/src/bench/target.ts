import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureCommunes } from '../communes/load.js';
import { openDatabase, type Database } from '../database.js';
import { horairesValides } from '../lieux/opening-hours.js';
import { refreshCellules } from '../lieux/cellules.js';
import { upsertLieux } from '../lieux/store.js';
import { migrate } from '../migrate.js';
import { syntheticLieux, type CommuneCentre } from './synthetic.js';

/** A throwaway database for a benchmark, and how to get rid of it. */
export interface BenchDatabase {
  readonly database: Database;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for a benchmark script: PGlite on disk in a temporary folder (like a real deployment of
 * the embedded default; 1M places would not fit in memory twice), or in memory with `memory`, or a new schema on
 * the PostgreSQL server of `DATABASE_URL` (a pool of `poolSize`, 10 by default). `dispose()` removes the folder or
 * drops the schema.
 *
 * @example
 * const { database, dispose } = await openBenchDatabase('postgres');
 */
export async function openBenchDatabase(
  target: 'pglite' | 'postgres',
  options: { memory?: boolean; poolSize?: number } = {},
): Promise<BenchDatabase> {
  if (target === 'pglite' && options.memory) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, dispose: () => database.close() };
  }
  if (target === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'inclusion-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      async dispose() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('The postgres target needs DATABASE_URL.');
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = await openDatabase({
    url,
    pool: { max: options.poolSize ?? 10, options: `-c search_path=${schema},public` },
  });
  return {
    database,
    async dispose() {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/**
 * Prepares a benchmark database: migrations, the committed communes, then `size` synthetic places around commune
 * centres weighted by population (one transaction, batches of 2,000) and `VACUUM ANALYZE`. Returns the communes (for
 * drawing queries near them) and the loading time.
 *
 * @example
 * const { communes, seconds } = await loadSynthetic(database, 1_000_000);
 */
export async function loadSynthetic(
  database: Database,
  size: number,
): Promise<{ communes: CommuneCentre[]; seconds: number }> {
  await migrate(database);
  await ensureCommunes(database);
  const { rows: communes } = await database.query<CommuneCentre>(
    'SELECT code, nom, codes_postaux, population, latitude, longitude FROM communes',
  );
  const started = performance.now();
  await database.transaction(async (tx) => {
    for (const batch of syntheticLieux(communes, size, { batchSize: 2_000 })) {
      await upsertLieux(tx, batch, { checkHoraires: horairesValides, batchSize: 2_000 });
    }
    await refreshCellules(tx);
  });
  // The state autovacuum leaves a server in after an import: statistics, and the visibility map that lets the
  // map's grouping read its narrow index alone (migration 008).
  await database.exec('VACUUM ANALYZE');
  return { communes, seconds: (performance.now() - started) / 1000 };
}
