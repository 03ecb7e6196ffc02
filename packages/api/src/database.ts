import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import type { PoolClient, PoolConfig } from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { asUnavailable } from './database-errors.js';
import type { Logger } from './logger.js';

/** Which engine answers: PGlite in this process, or a PostgreSQL server. */
export type DatabaseKind = 'pglite' | 'postgres';

/** A row as the driver returns it, before the caller gives it a type. */
export type Row = Record<string, unknown>;

/** What a query returns. */
export interface QueryResult<T> {
  /** The rows, typed by the caller. */
  rows: T[];
}

/** Runs SQL: the database itself, or the handle given inside a transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The API's only door to PostgreSQL. Both implementations run the same SQL and return the same JavaScript
 * values: `int8` as a number (a `bigint` beyond 2^53), `numeric` as a string, `date` as `'YYYY-MM-DD'`,
 * `timestamptz` as a `Date`, `json`/`jsonb` parsed.
 */
export interface Database extends Queryable {
  /** Which engine answers. */
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in a transaction on one connection: committed if it resolves, rolled back if it throws. Inside, use
   * only `tx`: PGlite has one connection, so a query on the database itself would wait for the transaction forever.
   */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  /** Closes the connections (or the PGlite instance). Safe to call twice. */
  close(): Promise<void>;
}

/** Where the data lives. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string (`DATABASE_URL`). When set, a connection pool to that server is used. */
  url?: string;
  /** PGlite data directory when no `url` is given: a path, or `memory://` (the default) for a throwaway database. */
  dataDir?: string;
  /** Extra `pg` pool settings for a server, e.g. `{ max: 20 }` or `{ options: '-c search_path=…' }`. */
  pool?: Omit<PoolConfig, 'connectionString' | 'types'>;
  /** Where to report errors of idle pooled connections. */
  logger?: Logger;
}

/** The PGlite contrib extensions the migrations create. A PostgreSQL server must have them available. */
const pgliteExtensions = { cube, earthdistance, pg_trgm, unaccent };

const INT8 = 20;
const INT8_ARRAY = 1016;
const DATE = 1082;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `count(*)` and `bigint` columns as numbers, as PGlite does; a `bigint` when a number would lose digits. */
function parseInt8(text: string): number | bigint {
  const value = BigInt(text);
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

/** A calendar date stays a calendar date: a `Date` would shift it by the process's time zone. */
function parseDate(text: string): string {
  return text;
}

/**
 * Opens the database: a pool to the PostgreSQL server at `url` when given, otherwise PGlite in this process.
 * A server is checked with `SELECT 1` so that a wrong URL fails here, not at the first request.
 *
 * @example
 * const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: '.pglite' });
 * const { rows } = await database.query<{ now: Date }>('SELECT now()');
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  return openPglite(options.dataDir ?? 'memory://');
}

/** A description of where the data lives, safe to log (no password). */
export function describeDatabaseLocation(options: Pick<OpenDatabaseOptions, 'url' | 'dataDir'>): string {
  if (options.url) {
    try {
      const url = new URL(options.url);
      const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
      return `PostgreSQL ${user}${url.host}${url.pathname}`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  const dataDir = options.dataDir ?? 'memory://';
  return `PGlite ${isPath(dataDir) ? resolve(dataDir) : dataDir}`;
}

function isPath(dataDir: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  let release = (): void => {};
  const location = isPath(dataDir) ? resolve(dataDir) : dataDir;
  let db: PGlite;
  try {
    if (isPath(dataDir)) {
      if (statSync(location, { throwIfNoEntry: false })?.isDirectory() === false) {
        throw new Error('it is not a directory.');
      }
      mkdirSync(location, { recursive: true });
      release = lockDataDir(location);
    }
    db = await PGlite.create(location, {
      extensions: pgliteExtensions,
      parsers: { [DATE]: parseDate },
    });
  } catch (error) {
    release();
    throw new Error(`Cannot open PGlite at ${location}: ${describeError(error)}`, { cause: error });
  }
  const inTurn = turns();
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await inTurn(() => db.query<T>(sql, [...params]));
        return { rows: result.rows };
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async exec(sql: string) {
      try {
        await inTurn(() => db.exec(sql));
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async transaction<R>(fn: (tx: Queryable) => Promise<R>) {
      try {
        return await inTurn(() =>
          db.transaction(async (tx) => {
            const handle = guarded(pgliteHandle(tx));
            try {
              return await fn(handle.queryable);
            } finally {
              handle.finish();
            }
          }),
        );
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    close() {
      closing ??= (async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          release();
        }
      })();
      return closing;
    },
  };
}

/**
 * Runs tasks one at a time, in the order they were given, each after a turn of the event loop. PGlite runs each
 * statement synchronously on this thread and hands its lock to the next waiting statement through promise
 * callbacks, without going back to the event loop: under load, while requests kept queueing statements, sockets
 * were not read for seconds (with 200 connections, the loop stalled up to 10 s and a quiz, which needs no
 * database, waited 22 s). Letting the loop poll for I/O between statements serves requests in the order they came;
 * PGlite runs one statement at a time anyway.
 */
function turns(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

function pgliteHandle(tx: Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<T>(sql, [...params]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
}

type TypeParser = (oid: number, format?: 'text' | 'binary') => (value: string) => unknown;
const defaultTypeParser = pg.types.getTypeParser as TypeParser;
const parseInt8Array = (text: string): (number | bigint | null)[] =>
  (defaultTypeParser(INT8_ARRAY, 'text')(text) as (string | null)[]).map((item) =>
    item === null ? null : parseInt8(item),
  );

/** The pool's own type parsers (the `pg` globals are left alone), matching PGlite's results. */
const postgresTypeParser: TypeParser = (oid, format = 'text') => {
  if (format === 'text') {
    if (oid === INT8) return parseInt8;
    if (oid === INT8_ARRAY) return parseInt8Array;
    if (oid === DATE) return parseDate;
  }
  return defaultTypeParser(oid, format);
};

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    application_name: 'inclusion-widgets-api',
    connectionTimeoutMillis: 5_000,
    ...options.pool,
    connectionString: url,
    types: { getTypeParser: postgresTypeParser as typeof pg.types.getTypeParser },
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => options.logger?.error({ err: error }, 'idle PostgreSQL connection failed'));
  // And every connection keeps a listener of its own for its whole life. The pool listens only while a connection
  // is idle or running `pool.query` (once); a server shutting down sends each connection a FATAL message, which a
  // connection between two of those states emitted as an unhandled 'error' event: the process ended (seen when
  // stopping PostgreSQL under load, scripts/reliability-faults.ts). The query that used it fails on its own.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.logger?.debug({ err: error }, 'PostgreSQL connection failed'));
  });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to ${describeDatabaseLocation({ url })}: ${describeError(error)}`, {
      cause: error,
    });
  }
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    // A server that is stopped, restarting or unreachable gives a `DatabaseUnavailableError` (the app answers 503);
    // the pool drops the broken connections and opens new ones on the next queries, so it recovers by itself.
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await pool.query(sql, [...params]);
        return { rows: result.rows as T[] };
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async exec(sql: string) {
      try {
        await pool.query(sql);
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async transaction<R>(fn: (tx: Queryable) => Promise<R>) {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw asUnavailable(error);
      }
      let broken: Error | undefined;
      // A checked-out client has no listener of its own: without this one, a connection cut between two
      // statements of the transaction would be an unhandled 'error' event, which ends the process.
      const onError = (error: Error): void => {
        broken = error;
      };
      client.on('error', onError);
      const handle = guarded(postgresHandle(client));
      try {
        await client.query('BEGIN');
        const result = await fn(handle.queryable);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!broken) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            // The connection is unusable: destroy it instead of returning it to the pool.
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          }
        }
        throw asUnavailable(error);
      } finally {
        handle.finish();
        client.off('error', onError);
        client.release(broken);
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

function postgresHandle(client: PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await client.query(sql, [...params]);
        return { rows: result.rows as T[] };
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async exec(sql: string) {
      try {
        await client.query(sql);
      } catch (error) {
        throw asUnavailable(error);
      }
    },
  };
}

/** A transaction handle that refuses to run once its transaction is over (its connection is back in the pool). */
function guarded(inner: Queryable): { queryable: Queryable; finish(): void } {
  let finished = false;
  const check = (): void => {
    if (finished)
      throw new Error('This transaction is finished: use the database, not the transaction handle.');
  };
  return {
    queryable: {
      async query<T>(sql: string, params?: readonly unknown[]) {
        check();
        return inner.query<T>(sql, params);
      },
      async exec(sql: string) {
        check();
        return inner.exec(sql);
      },
    },
    finish() {
      finished = true;
    },
  };
}

/** A one-line reason for an error from pg, PGlite or Node (some PGlite errors carry only an errno). */
function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    if (error.message)
      return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    if (code) return code;
  }
  if (typeof error === 'object' && error !== null && 'errno' in error)
    return `file system error ${String(error.errno)}`;
  return String(error);
}
