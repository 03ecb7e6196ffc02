import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LOCK_FILE_NAME, lockDataDir } from './data-dir-lock.js';
import { describeDatabaseLocation, openDatabase } from './database.js';
import type { Database } from './database.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';
import { testTargets } from './test-databases.js';
import type { TestDatabases } from './test-databases.js';

for (const target of testTargets) {
  describe(`Database and migrations ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
    });
    after(() => databases?.tearDown());

    it('reports its kind', () => {
      assert.equal(database.kind, target.kind);
    });

    it('applies the migrations once and records them in schema_migrations', async () => {
      const shipped = await readMigrations(MIGRATIONS_DIR);
      const first = await migrate(database);
      assert.deepEqual(
        first.applied,
        shipped.map((migration) => migration.name),
      );
      const { rows } = await database.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        rows,
        shipped.map(({ version, name }) => ({ version, name })),
      );
    });

    it('does nothing when the migrations are run again', async () => {
      const again = await migrate(database);
      assert.deepEqual(again.applied, []);
      const { rows } = await database.query<{ count: number }>(
        'SELECT count(*) AS count FROM schema_migrations',
      );
      assert.equal(rows[0]?.count, (await readMigrations(MIGRATIONS_DIR)).length);
    });

    it('has the four extensions, in public', async () => {
      const { rows } = await database.query<{ extname: string; schema: string }>(
        `SELECT extname, extnamespace::regnamespace::text AS schema FROM pg_extension
          WHERE extname = ANY($1) ORDER BY extname`,
        [['cube', 'earthdistance', 'pg_trgm', 'unaccent']],
      );
      assert.deepEqual(rows, [
        { extname: 'cube', schema: 'public' },
        { extname: 'earthdistance', schema: 'public' },
        { extname: 'pg_trgm', schema: 'public' },
        { extname: 'unaccent', schema: 'public' },
      ]);
    });

    it('measures about 204 km from Lille to Paris with earthdistance', async () => {
      const { rows } = await database.query<{ km: number }>(
        'SELECT earth_distance(ll_to_earth($1, $2), ll_to_earth($3, $4)) / 1000 AS km',
        [50.63, 3.06, 48.86, 2.35],
      );
      const km = rows[0]?.km ?? Number.NaN;
      assert.ok(km > 203 && km < 205, `expected about 204 km, got ${km}`);
    });

    it('removes accents with unaccent', async () => {
      const { rows } = await database.query<{ name: string }>('SELECT unaccent($1) AS name', ['Évreux']);
      assert.equal(rows[0]?.name, 'Evreux');
    });

    it('scores similar names with pg_trgm', async () => {
      const { rows } = await database.query<{ close: number; far: number; matches: boolean }>(
        `SELECT similarity('Roubaix', 'Roubais') AS close, similarity('Roubaix', 'Marseille') AS far,
                'Tourcoing' % 'Tourcoin' AS matches`,
      );
      const row = rows[0];
      assert.ok(row && row.close > 0.5 && row.far < 0.1, `unexpected similarities ${JSON.stringify(row)}`);
      assert.equal(row.matches, true);
    });

    it('returns the same JavaScript values as the other engine', async () => {
      const { rows } = await database.query(
        `SELECT 42::int8 AS int8, 9007199254740993::int8 AS huge, count(*) AS count, 1.50::numeric AS numeric,
                0.5::float8 AS float, DATE '2024-03-31' AS date, TIMESTAMPTZ '2024-03-31 10:00:00+02' AS at,
                '{"a":[1,2]}'::jsonb AS json, ARRAY[1, 2]::int8[] AS ids, true AS yes, NULL::text AS nothing
           FROM (VALUES (1), (2)) AS t(x)`,
      );
      assert.deepEqual(rows[0], {
        int8: 42,
        huge: 9007199254740993n,
        count: 2,
        numeric: '1.50',
        float: 0.5,
        date: '2024-03-31',
        at: new Date('2024-03-31T08:00:00.000Z'),
        json: { a: [1, 2] },
        ids: [1, 2],
        yes: true,
        nothing: null,
      });
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await database.exec('CREATE TABLE visits (n int NOT NULL)');
      await assert.rejects(
        database.transaction(async (tx) => {
          await tx.query('INSERT INTO visits VALUES ($1)', [1]);
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      const kept = await database.transaction(async (tx) => {
        await tx.query('INSERT INTO visits VALUES ($1)', [2]);
        return tx.query<{ n: number }>('SELECT n FROM visits');
      });
      assert.deepEqual(kept.rows, [{ n: 2 }]);
      const { rows } = await database.query<{ n: number }>('SELECT n FROM visits');
      assert.deepEqual(rows, [{ n: 2 }]);
    });

    it('refuses a transaction handle used after its transaction', async () => {
      const handle = await database.transaction(async (tx) => tx);
      await assert.rejects(handle.query('SELECT 1'), /transaction is finished/);
    });

    it('reports SQL errors and stays usable', async () => {
      await assert.rejects(database.query('SELECT * FROM no_such_table'), /no_such_table/);
      await assert.rejects(
        database.transaction((tx) => tx.query('SELEC 1')),
        /syntax error/,
      );
      const { rows } = await database.query<{ one: number }>('SELECT 1 AS one');
      assert.deepEqual(rows, [{ one: 1 }]);
    });
  });
}

describe('openDatabase', () => {
  it('fails with the server named, without its password, when the server cannot be reached', async () => {
    const url = 'postgres://api:hunter2@127.0.0.1:1/inclusion';
    await assert.rejects(openDatabase({ url, pool: { connectionTimeoutMillis: 2_000 } }), (error: Error) => {
      assert.match(error.message, /^Cannot connect to PostgreSQL api@127\.0\.0\.1:1\/inclusion: /);
      assert.match(error.message, /ECONNREFUSED/);
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });

  it('describes where the data lives without the password', () => {
    assert.equal(
      describeDatabaseLocation({ url: 'postgres://api:hunter2@db.example:5432/inclusion' }),
      'PostgreSQL api@db.example:5432/inclusion',
    );
    assert.equal(describeDatabaseLocation({ dataDir: 'memory://' }), 'PGlite memory://');
    assert.equal(describeDatabaseLocation({}), 'PGlite memory://');
  });
});

describe('PGlite data directory', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'inclusion-api-pglite-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts, and is locked while open', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = await openDatabase({ dataDir });
    try {
      await first.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7);');
      await assert.rejects(
        openDatabase({ dataDir }),
        /Cannot open PGlite at .*: it is in use by process \d+/,
      );
    } finally {
      await first.close();
    }
    assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), false, 'the lock is released on close');

    const second = await openDatabase({ dataDir });
    try {
      const { rows } = await second.query<{ n: number }>('SELECT n FROM kept');
      assert.deepEqual(rows, [{ n: 7 }]);
    } finally {
      await second.close();
    }
  });

  it('refuses a data directory that is a file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a database');
    await assert.rejects(
      openDatabase({ dataDir: file }),
      /Cannot open PGlite at .*a-file: it is not a directory/,
    );
  });

  it('takes over a lock left by a process that is gone', () => {
    const dataDir = join(dir, 'stale');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, LOCK_FILE_NAME), '2147483646');
    const release = lockDataDir(dataDir);
    assert.throws(() => lockDataDir(dataDir), /in use by process/);
    release();
    assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), false);
  });

  it('takes over a lock with its own pid that it does not hold (a restarted container is pid 1 again)', () => {
    const dataDir = join(dir, 'restarted');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, LOCK_FILE_NAME), String(process.pid));
    const release = lockDataDir(dataDir);
    release();
  });
});
