import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Database } from './database.js';
import { createLogger } from './logger.js';
import { migrate, readMigrations } from './migrate.js';
import { testTargets } from './test-databases.js';
import type { TestDatabases } from './test-databases.js';

let root: string;
let count = 0;

/** Writes migration files into a new directory. */
function migrationsDir(files: Record<string, string>): string {
  count += 1;
  const dir = join(root, `set-${count}`);
  mkdirSync(dir);
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'inclusion-api-migrations-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('readMigrations', () => {
  it('sorts by number, not by name', async () => {
    const dir = migrationsDir({ '10_c.sql': '', '2_b.sql': '', '001_a.sql': '', 'notes.txt': '' });
    const migrations = await readMigrations(dir);
    assert.deepEqual(
      migrations.map((migration) => [migration.version, migration.name]),
      [
        [1, '001_a'],
        [2, '2_b'],
        [10, '10_c'],
      ],
    );
  });

  it('gives the same checksum whatever the line endings', async () => {
    const [unix] = await readMigrations(migrationsDir({ '1_a.sql': 'SELECT 1;\nSELECT 2;\n' }));
    const [windows] = await readMigrations(migrationsDir({ '1_a.sql': 'SELECT 1;\r\nSELECT 2;\r\n' }));
    assert.equal(unix?.checksum, windows?.checksum);
  });

  it('refuses a badly named file and a number used twice', async () => {
    await assert.rejects(readMigrations(migrationsDir({ 'create-venues.sql': '' })), /not named like 001_/);
    await assert.rejects(
      readMigrations(migrationsDir({ '002_a.sql': '', '2_b.sql': '' })),
      /002_a and 2_b have the same number/,
    );
  });
});

for (const target of testTargets) {
  describe(`migrate ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;

    before(async () => {
      databases = await target.setUp();
    });
    after(() => databases?.tearDown());

    async function names(database: Database): Promise<string[]> {
      const { rows } = await database.query<{ name: string }>(
        'SELECT name FROM schema_migrations ORDER BY version',
      );
      return rows.map((row) => row.name);
    }

    it('applies pending migrations in order, then only new ones', async () => {
      const database = await databases.fresh();
      const files = {
        '1_log.sql':
          "CREATE TABLE log (name text NOT NULL, at serial);\nINSERT INTO log (name) VALUES ('1');",
        '2_b.sql': "INSERT INTO log (name) VALUES ('2');",
        '10_c.sql': "INSERT INTO log (name) VALUES ('10');",
      };
      const first = await migrate(database, { directory: migrationsDir(files) });
      assert.deepEqual(first.applied, ['1_log', '2_b', '10_c']);

      const more = migrationsDir({ ...files, '11_d.sql': "INSERT INTO log (name) VALUES ('11');" });
      const second = await migrate(database, { directory: more });
      assert.deepEqual(second.applied, ['11_d']);

      const { rows } = await database.query<{ name: string }>('SELECT name FROM log ORDER BY at');
      assert.deepEqual(
        rows.map((row) => row.name),
        ['1', '2', '10', '11'],
      );
      assert.deepEqual(await names(database), ['1_log', '2_b', '10_c', '11_d']);
    });

    it('rolls back a failing migration, records nothing of it, and keeps the ones before', async () => {
      const database = await databases.fresh();
      const dir = migrationsDir({
        '1_ok.sql': 'CREATE TABLE ok (n int);',
        '2_broken.sql': 'CREATE TABLE half_done (n int);\nSELECT 1 / 0;',
        '3_never.sql': 'CREATE TABLE never (n int);',
      });
      await assert.rejects(
        migrate(database, { directory: dir }),
        /Migration 2_broken failed: division by zero/,
      );
      assert.deepEqual(await names(database), ['1_ok']);
      const { rows } = await database.query<{ name: string | null }>(
        "SELECT to_regclass('half_done')::text AS name UNION ALL SELECT to_regclass('never')::text",
      );
      assert.deepEqual(rows, [{ name: null }, { name: null }]);
    });

    it('refuses to run when an applied migration was edited', async () => {
      const database = await databases.fresh();
      await migrate(database, { directory: migrationsDir({ '1_a.sql': 'CREATE TABLE a (n int);' }) });
      const edited = migrationsDir({
        '1_a.sql': 'CREATE TABLE a (n bigint);',
        '2_b.sql': 'CREATE TABLE b (n int);',
      });
      await assert.rejects(
        migrate(database, { directory: edited }),
        /Migration 1_a was edited after it was applied/,
      );
      assert.deepEqual(await names(database), ['1_a']);
    });

    it('warns about an applied migration whose file is gone, and carries on', async () => {
      const database = await databases.fresh();
      await migrate(database, {
        directory: migrationsDir({ '1_a.sql': 'SELECT 1;', '2_b.sql': 'SELECT 2;' }),
      });
      const lines: string[] = [];
      const destination = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(chunk.toString());
          callback();
        },
      });
      const logger = createLogger({ level: 'warn', destination });
      const result = await migrate(database, {
        directory: migrationsDir({ '1_a.sql': 'SELECT 1;' }),
        logger,
      });
      assert.deepEqual(result.applied, []);
      assert.equal(lines.length, 1);
      assert.match(lines[0] ?? '', /"migration":"2_b"/);
    });

    it('applies each migration exactly once when two processes migrate at the same time', async () => {
      const database = await databases.fresh();
      const other = await databases.peer(database);
      // Not idempotent on purpose: applied twice, the CREATE TABLE would fail and the count would be 2.
      const dir = migrationsDir({
        '1_slow.sql': 'CREATE TABLE once (n int);\nSELECT pg_sleep(0.2);\nINSERT INTO once VALUES (1);',
        '2_more.sql': 'INSERT INTO once VALUES (2);',
      });
      const [a, b] = await Promise.all([
        migrate(database, { directory: dir }),
        migrate(other, { directory: dir }),
      ]);
      assert.deepEqual([...a.applied, ...b.applied].sort(), ['1_slow', '2_more']);
      const { rows } = await database.query<{ n: number }>('SELECT n FROM once ORDER BY n');
      assert.deepEqual(rows, [{ n: 1 }, { n: 2 }]);
      assert.deepEqual(await names(database), ['1_slow', '2_more']);
    });
  });
}
