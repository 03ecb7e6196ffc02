import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.js';
import type { Logger } from './logger.js';

/** The migrations shipped with the API: `packages/api/migrations/NNN_name.sql`. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/**
 * Key of the advisory lock that serialises migration runs. It is database-wide on purpose: extensions are
 * database-wide too, so two deployments in two schemas of one database must not create them at the same time.
 */
const MIGRATION_LOCK_KEY = 4_206_159_203;

/** One migration file. */
export interface Migration {
  /** The number in front of the file name. */
  version: number;
  /** The file name without `.sql`, e.g. `001_extensions`. */
  name: string;
  /** SHA-256 of the file (line endings normalised), to notice an applied migration edited afterwards. */
  checksum: string;
  /** The SQL script. */
  sql: string;
}

/** How to migrate. */
export interface MigrateOptions {
  /** Directory of `NNN_name.sql` files; default the API's own migrations. */
  directory?: string;
  /** Where to report what was applied. */
  logger?: Logger;
}

/** What a run did. */
export interface MigrateResult {
  /** Names of the migrations applied by this run, in order (empty when the database was up to date). */
  applied: string[];
}

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/**
 * Applies the pending migrations in version order, each in its own transaction, and records them in
 * `schema_migrations` (created in the first schema of the search_path). Safe to run from several processes at
 * once: each transaction first takes a database-wide advisory lock, then checks again what is applied.
 *
 * Fails if an applied migration's file has changed since: add a new migration instead. A migration must not
 * contain `BEGIN`/`COMMIT`, nor statements that cannot run in a transaction (`CREATE INDEX CONCURRENTLY`).
 *
 * @example
 * const { applied } = await migrate(database, { logger });
 */
export async function migrate(database: Database, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = await readMigrations(options.directory ?? MIGRATIONS_DIR);
  const known = new Set(migrations.map((migration) => migration.version));

  const recorded = await database.transaction(async (tx) => {
    await lock(tx);
    return tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
  });
  const checksums = new Map(recorded.rows.map((row) => [row.version, row.checksum]));
  for (const migration of migrations) checkUnchanged(migration, checksums.get(migration.version));
  for (const row of recorded.rows) {
    if (!known.has(row.version)) {
      options.logger?.warn(
        { migration: row.name },
        'applied migration not found in the migrations directory',
      );
    }
  }

  const applied: string[] = [];
  for (const migration of migrations) {
    if (checksums.has(migration.version)) continue;
    const done = await database.transaction(async (tx) => {
      await lock(tx);
      // Another process may have applied it while we waited for the lock.
      const { rows } = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE version = $1',
        [migration.version],
      );
      if (rows[0]) {
        checkUnchanged(migration, rows[0].checksum);
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${migration.name} failed: ${reason}`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (done) {
      applied.push(migration.name);
      options.logger?.info({ migration: migration.name }, 'migration applied');
    }
  }
  return { applied };
}

/** Reads `NNN_name.sql` files, sorted by number. Any other `.sql` file, or a number used twice, is an error. */
export async function readMigrations(directory: string): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.sql'));
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d+)_([A-Za-z0-9_-]+)\.sql$/.exec(file);
    if (!match?.[1]) {
      throw new Error(`Migration file ${file} in ${directory} is not named like 001_description.sql.`);
    }
    const text = await readFile(join(directory, file), 'utf8');
    const sql = text.replace(/\r\n/g, '\n');
    migrations.push({
      version: Number.parseInt(match[1], 10),
      name: file.slice(0, -'.sql'.length),
      checksum: createHash('sha256').update(sql).digest('hex'),
      sql,
    });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let index = 1; index < migrations.length; index += 1) {
    const previous = migrations[index - 1];
    const current = migrations[index];
    if (previous && current && previous.version === current.version) {
      throw new Error(`Migrations ${previous.name} and ${current.name} have the same number.`);
    }
  }
  return migrations;
}

async function lock(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  await tx.exec(CREATE_TABLE);
}

function checkUnchanged(migration: Migration, recordedChecksum: string | undefined): void {
  if (recordedChecksum !== undefined && recordedChecksum !== migration.checksum) {
    throw new Error(
      `Migration ${migration.name} was edited after it was applied to this database. ` +
        'Restore the file and add a new migration for the change.',
    );
  }
}
