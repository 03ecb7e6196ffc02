// Test support: the databases the API suites run against. Not exported from the package.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from './database.js';
import type { Database, DatabaseKind } from './database.js';

/** A place to run a suite: PGlite in memory, or the PostgreSQL server of `DATABASE_URL`. */
export interface TestTarget {
  kind: DatabaseKind;
  /** Suite title, e.g. `on PGlite (in memory)`. */
  title: string;
  /** `false`, or why the suite is skipped. */
  skip: string | false;
  /** Opens what the suite shares; call `tearDown()` in `after`. */
  setUp(): Promise<TestDatabases>;
}

/** Databases for one suite. Don't close them yourself: `tearDown()` does. */
export interface TestDatabases {
  /**
   * A database whose first schema on the search_path is new and empty (then `public`, where the extensions are).
   * On a server, a new pool; on PGlite, the one shared instance, switched to the new schema.
   */
  fresh(): Promise<Database>;
  /** Another connection to the same schema as `database`, for concurrency; the same instance on PGlite. */
  peer(database: Database): Promise<Database>;
  /** Closes everything and drops the schemas made for the suite. */
  tearDown(): Promise<void>;
}

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;

function schemaName(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

const pglite: TestTarget = {
  kind: 'pglite',
  title: 'on PGlite (in memory)',
  skip: false,
  async setUp() {
    const database = await openDatabase({ dataDir: 'memory://' });
    return {
      async fresh() {
        const schema = schemaName();
        await database.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
        return database;
      },
      async peer(shared) {
        return shared;
      },
      async tearDown() {
        await database.close();
      },
    };
  },
};

const postgres: TestTarget = {
  kind: 'postgres',
  title: 'on a PostgreSQL server (DATABASE_URL)',
  skip: databaseUrl
    ? false
    : 'DATABASE_URL is not set: set it to a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/test) to run this suite',
  async setUp() {
    const url = databaseUrl ?? '';
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const schemas = new Map<Database, string>();
    const open = async (schema: string): Promise<Database> => {
      const database = await openDatabase({
        url,
        pool: { max: 4, options: `-c search_path=${schema},public` },
      });
      schemas.set(database, schema);
      return database;
    };
    return {
      async fresh() {
        const schema = schemaName();
        await admin.query(`CREATE SCHEMA ${schema}`);
        return open(schema);
      },
      async peer(database) {
        const schema = schemas.get(database);
        if (!schema) throw new Error('peer() takes a database made by fresh()');
        return open(schema);
      },
      async tearDown() {
        await Promise.all([...schemas.keys()].map((database) => database.close()));
        for (const schema of new Set(schemas.values())) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  },
};

/** Every target, in order; run a suite per target with `describe(target.title, { skip: target.skip }, …)`. */
export const testTargets: readonly TestTarget[] = [pglite, postgres];
