import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../database.js';

/** A throwaway database for a benchmark, and how to get rid of it. */
export interface BenchDatabase {
  readonly database: Database;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for a benchmark script: PGlite on disk in a temporary folder (like a real deployment of
 * the embedded default; 1M places would not fit in memory twice), or a new schema on the PostgreSQL server of
 * `DATABASE_URL`. `dispose()` removes the folder or drops the schema.
 *
 * @example
 * const { database, dispose } = await openBenchDatabase('postgres');
 */
export async function openBenchDatabase(target: 'pglite' | 'postgres'): Promise<BenchDatabase> {
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
  const database = await openDatabase({ url, pool: { max: 10, options: `-c search_path=${schema},public` } });
  return {
    database,
    async dispose() {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
