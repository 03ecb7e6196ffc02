// Two API processes against one PostgreSQL server, as replicas behind a load balancer: they must serve the same
// bytes (so that ETags agree and a CDN can revalidate against either), and an import through one must be seen by
// the other at once (no state kept in a process).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { lieuDetailSchema, lieuSchema } from '@inclusion-widgets/core';
import pg from 'pg';
import { lieux } from '../../../test/fixtures/lieux.js';
import { writeStandardV1Csv } from './import/standard-v1.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const adminToken = randomBytes(24).toString('base64url');

interface Replica {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `src/main.ts` on a free port and waits for its "Listening on" line. */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const ours =
    /^(DATABASE_URL|PGLITE_DATA_DIR|STATIC_DIR|PORT|HOST|LOG_LEVEL|ADMIN_TOKEN|SEED|CORS_ORIGINS|TRUST_PROXY|RATE_LIMIT_.*|.*BODY_LIMIT_BYTES|CONTENT_DIR|BAN_URL|RESPONSE_CACHE_MB)$/;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.test(name)));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    // Without the in-process answer cache: these tests are about what the database gives both replicas. With
    // it, a replica that did not run the import serves its cached answers until their max-age (one minute).
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', RESPONSE_CACHE_MB: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  for (;;) {
    const line = output.split('\n').find((text) => text.includes('"Listening on'));
    if (line) return { child, url: (JSON.parse(line) as { url: string }).url, output: () => output, exited };
    const state = await Promise.race([
      exited,
      new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 50)),
    ]);
    if (state !== 'waiting') assert.fail(`a replica exited with ${state}:\n${output}`);
  }
}

async function get(
  base: string,
  path: string,
): Promise<{ status: number; etag: string | null; body: string }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, etag: response.headers.get('ETag'), body: await response.text() };
}

describe(
  'two API processes on one PostgreSQL server',
  {
    timeout: 180_000,
    skip: databaseUrl ? false : 'DATABASE_URL is not set: the two-process test needs a PostgreSQL server',
  },
  () => {
    const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
    let admin: pg.Client;
    let replicas: Replica[] = [];

    before(async () => {
      admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = new URL(databaseUrl ?? '');
      url.searchParams.set('options', `-c search_path=${schema},public`);
      // Started together: migrations, the communes index and the first requests race, as replicas would.
      replicas = await Promise.all(
        [1, 2].map(() => startReplica({ DATABASE_URL: url.href, ADMIN_TOKEN: adminToken, SEED: 'false' })),
      );
    });

    after(async () => {
      for (const replica of replicas) replica.child.kill('SIGTERM');
      const codes = await Promise.all(replicas.map((replica) => replica.exited));
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
      assert.deepEqual(
        codes,
        replicas.map(() => 0),
        'both replicas stop cleanly',
      );
    });

    it('applied each migration once, whichever replica did it', async () => {
      const { rows } = await admin.query<{ version: number; n: string }>(
        `SELECT version, count(*) AS n FROM ${schema}.schema_migrations GROUP BY version ORDER BY version`,
      );
      assert.ok(rows.length >= 4, JSON.stringify(rows));
      assert.ok(rows.every((row) => Number(row.n) === 1));
      for (const replica of replicas) {
        const health = (await (await fetch(`${replica.url}/health`)).json()) as {
          database: { kind: string };
        };
        assert.equal(health.database.kind, 'postgres');
      }
    });

    it('serve the same bytes, with the same ETag, for the same data', async () => {
      const [one, two] = replicas as [Replica, Replica];
      for (const path of [
        '/v1/communes?q=lille',
        '/v1/communes/59350',
        '/v1/openapi.json',
        '/v1/lieux.csv',
      ]) {
        const [a, b] = await Promise.all([get(one.url, path), get(two.url, path)]);
        assert.equal(a.status, 200, `${path}: ${a.body.slice(0, 200)}`);
        assert.equal(a.body, b.body, path);
        assert.ok(a.etag, path);
        assert.equal(a.etag, b.etag, path);
        // A CDN holding the first replica's answer revalidates against the second.
        const revalidated = await fetch(`${two.url}${path}`, { headers: { 'If-None-Match': a.etag ?? '' } });
        assert.equal(revalidated.status, 304, path);
      }
    });

    it('see at once what is imported through the other', async () => {
      const [one, two] = replicas as [Replica, Replica];
      const id = lieux[0].id;
      assert.equal((await get(two.url, `/v1/lieux/${id}`)).status, 404);
      const exportBefore = await get(two.url, '/v1/lieux.csv');

      const csv = writeStandardV1Csv(lieux.map((lieu) => lieuSchema.parse(lieu)));
      const imported = await fetch(`${one.url}/v1/admin/import?format=standard-v1`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'text/csv' },
        body: csv,
      });
      const report = (await imported.json()) as { written: number; rejected: unknown[] };
      assert.equal(imported.status, 200, JSON.stringify(report));
      assert.deepEqual(report.rejected, []);
      assert.equal(report.written, lieux.length);

      const [a, b] = await Promise.all([get(one.url, `/v1/lieux/${id}`), get(two.url, `/v1/lieux/${id}`)]);
      assert.equal(b.status, 200, b.body);
      const fromTwo = lieuDetailSchema.parse(JSON.parse(b.body));
      assert.equal(fromTwo.nom, lieux[0].nom);
      const withoutNow = (body: string): unknown => ({
        ...(JSON.parse(body) as object),
        ouverture: undefined,
      });
      assert.deepEqual(withoutNow(a.body), withoutNow(b.body));

      const exportAfter = await get(two.url, '/v1/lieux.csv');
      assert.notEqual(exportAfter.etag, exportBefore.etag, 'the export changed, so did its ETag');
      assert.equal(exportAfter.body.trim().split('\n').length, lieux.length + 1);
      const search = await get(two.url, '/v1/lieux?lat=50.63&lon=3.06&rayon=20000');
      assert.equal(search.status, 200, search.body);
      const ids = (JSON.parse(search.body) as { items: Array<{ id: string }> }).items.map((item) => item.id);
      assert.ok(ids.includes(id), ids.join(', '));
    });
  },
);
