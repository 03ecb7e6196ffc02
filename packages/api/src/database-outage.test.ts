// The database goes away under a running app: 503 problem+json with Retry-After (never a 500, never a hang),
// and the same app answers again once the database is back, without a restart. On a PostgreSQL server the
// outage is made by a TCP proxy between the pool and the server (the shared server itself is never stopped);
// stopping a whole server during load is the job of `npm run reliability:faults` (scripts/reliability-faults.ts).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createConnection, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createApp } from './app.js';
import { openDatabase } from './database.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError } from './database-errors.js';
import { createLogger } from './logger.js';
import { migrate } from './migrate.js';

const silent = createLogger({ level: 'silent' });
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;

async function expectUnavailable(response: Response, what: string): Promise<Record<string, unknown>> {
  assert.equal(response.status, 503, what);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json', what);
  assert.equal(response.headers.get('Retry-After'), '5', what);
  assert.equal(response.headers.get('Cache-Control'), 'no-store', what);
  const problem = (await response.json()) as Record<string, unknown>;
  assert.equal(problem.status, 503, what);
  assert.equal(problem.title, 'Service Unavailable', what);
  assert.doesNotMatch(JSON.stringify(problem), /ECONNREFUSED|terminated|127\.0\.0\.1/, what);
  return problem;
}

/** A TCP proxy to the server that can be cut and brought back on the same port, like a server restarting. */
class Proxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  /** Called with what the pool sends to the server, to act while a given statement runs. */
  onClientData: ((chunk: Buffer) => void) | undefined;
  port = 0;
  private readonly targetHost: string;
  private readonly targetPort: number;

  constructor(targetHost: string, targetPort: number) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('data', (chunk: Buffer) => this.onClientData?.(chunk));
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Refuses new connections and cuts the open ones. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Cuts the open connections, keeps listening. */
  cut(): void {
    for (const socket of this.sockets) socket.destroy();
  }
}

describe('the database goes away on PGlite', () => {
  it('answers 503 problem+json with Retry-After once the database is closed', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    const app = createApp({ database, logger: silent, version: 'test' });
    assert.equal((await app.request('/v1/lieux?lat=50.63&lon=3.06')).status, 200);
    await database.close();
    await expectUnavailable(await app.request('/v1/lieux?lat=50.64&lon=3.06'), '/v1/lieux');
    await expectUnavailable(await app.request('/v1/lieux/x'), '/v1/lieux/x');
    await expectUnavailable(await app.request('/health'), '/health');
    await assert.rejects(database.query('SELECT 1'), DatabaseUnavailableError);
  });
});

describe(
  'the database goes away on a PostgreSQL server (DATABASE_URL)',
  { skip: databaseUrl ? false : 'DATABASE_URL is not set' },
  () => {
    let admin: pg.Client;
    let proxy: Proxy;
    let database: Database;
    let schema: string;

    before(async () => {
      const url = new URL(databaseUrl ?? '');
      admin = new pg.Client({ connectionString: url.href });
      await admin.connect();
      schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      proxy = new Proxy(url.hostname, Number(url.port || 5432));
      await proxy.start();
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      database = await openDatabase({
        url: url.href,
        logger: silent,
        pool: { max: 4, connectionTimeoutMillis: 2_000, options: `-c search_path=${schema},public` },
      });
      await migrate(database);
    });
    after(async () => {
      // The statements cut above still sleep on the server, holding their locks until they notice.
      await admin?.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()",
      );
      await database?.close();
      await proxy?.stop();
      await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin?.end();
    });

    it('answers 503 while the server is unreachable, then recovers by itself on the same pool', async () => {
      const app = createApp({ database, logger: silent, version: 'test' });
      assert.equal((await app.request('/v1/lieux?lat=50.63&lon=3.06')).status, 200);
      assert.equal((await app.request('/health')).status, 200);

      await proxy.stop();
      const problem = await expectUnavailable(
        await app.request('/v1/lieux?lat=50.64&lon=3.06', { headers: { Origin: 'https://mairie.example' } }),
        'a search',
      );
      assert.match(String(problem.detail), /database is not answering/);
      await expectUnavailable(await app.request('/v1/lieux/facettes?lat=50.63&lon=3.06'), 'facets');
      await expectUnavailable(await app.request('/v1/communes?q=lille'), 'communes');
      const health = await app.request('/health');
      await expectUnavailable(health, '/health');

      await proxy.start(); // the same port: the server is back
      assert.equal((await app.request('/v1/lieux?lat=50.65&lon=3.06')).status, 200);
      assert.equal((await app.request('/health')).status, 200);
    });

    it('answers 503 when the connection is cut during a statement, and the next request succeeds', async () => {
      const app = createApp({ database, logger: silent, version: 'test' });
      app.get('/v1/slow', async (c) => {
        await database.query('SELECT pg_sleep(30)');
        return c.json({ ok: true });
      });
      proxy.onClientData = (chunk) => {
        if (chunk.includes('pg_sleep(30)')) setImmediate(() => proxy.cut());
      };
      try {
        await expectUnavailable(await app.request('/v1/slow'), 'a statement cut in the middle');
      } finally {
        proxy.onClientData = undefined;
      }
      assert.equal((await app.request('/v1/lieux?lat=50.66&lon=3.06')).status, 200);
    });

    it('rolls back and answers 503 when the connection is cut inside a transaction', async () => {
      await database.exec('CREATE TABLE IF NOT EXISTS outage_probe (n int)');
      const app = createApp({ database, logger: silent, version: 'test' });
      app.post('/v1/write', async (c) => {
        await database.transaction(async (tx) => {
          await tx.query('INSERT INTO outage_probe VALUES (1)');
          await tx.query("SELECT pg_sleep(30), 'in-transaction'");
        });
        return c.json({ ok: true });
      });
      proxy.onClientData = (chunk) => {
        if (chunk.includes("'in-transaction'")) setImmediate(() => proxy.cut());
      };
      try {
        await expectUnavailable(await app.request('/v1/write', { method: 'POST' }), 'a transaction cut');
      } finally {
        proxy.onClientData = undefined;
      }
      const { rows } = await database.query<{ count: number }>('SELECT count(*) AS count FROM outage_probe');
      assert.equal(rows[0]?.count, 0, 'nothing of the cut transaction was kept');
    });
  },
);
