// Rate and body limits of the real app, over a real socket (the client address is the TCP peer, bodies arrive
// in chunks), with the settings read from the environment as the server reads them. The middleware's own cases
// (forwarded addresses, origins, streamed bodies) are in http.test.ts.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { createApp } from '../app.js';
import { readConfig } from '../config.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { listen } from '../server.js';
import type { RunningServer } from '../server.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { rateLimit } from './rate-limit.js';

const silent = createLogger({ level: 'silent' });
const adminToken = 'limits-test-token';

async function expectProblem(
  response: Response,
  status: number,
  what: string,
): Promise<Record<string, unknown>> {
  assert.equal(response.status, status, what);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json', what);
  const problem = (await response.json()) as Record<string, unknown>;
  assert.equal(problem.status, status, what);
  return problem;
}

/** POSTs `total` bytes in chunks of 1 KiB without a Content-Length (chunked), as a streaming client would. */
function postChunked(url: string, total: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    req.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sent }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(1024, 'x');
    const write = (): void => {
      while (sent < total) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

for (const target of testTargets) {
  describe(`rate and body limits of the app ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let server: RunningServer;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      // Read from the environment, as main.ts does.
      const config = readConfig({
        RATE_LIMIT_GET_PER_MINUTE: '5',
        RATE_LIMIT_POST_PER_MINUTE: '3',
        RATE_LIMIT_POST_OTHER_ORIGIN_PER_MINUTE: '2',
        CORS_ORIGINS: 'https://mairie.example',
        BODY_LIMIT_BYTES: '2048',
        IMPORT_BODY_LIMIT_BYTES: '65536',
        ADMIN_TOKEN: adminToken,
      });
      const app = createApp({
        database,
        logger: silent,
        version: 'test',
        adminToken: config.adminToken,
        http: config.http,
      });
      server = await listen(app, { port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await server?.close();
      await databases?.tearDown();
    });

    it('refuses the GET past RATE_LIMIT_GET_PER_MINUTE with 429, Retry-After and CORS, from the TCP peer', async () => {
      const search = `${server.url}/v1/lieux?lat=50.63&lon=3.06`;
      for (let i = 0; i < 4; i++) {
        // Without TRUST_PROXY a forged X-Forwarded-For changes nothing: every request is 127.0.0.1.
        const response = await fetch(search, { headers: { 'X-Forwarded-For': `203.0.113.${i}` } });
        assert.equal(response.status, 200, `request ${i + 1}`);
        await response.arrayBuffer();
      }
      const head = await fetch(search, { method: 'HEAD' });
      assert.equal(head.status, 200, 'HEAD counts as a GET: the fifth');
      const refused = await fetch(search, { headers: { Origin: 'https://ailleurs.example' } });
      const problem = await expectProblem(refused, 429, 'the sixth GET');
      assert.equal(problem.title, 'Too Many Requests');
      assert.match(String(problem.detail), /the limit is 5 per minute/);
      const retryAfter = Number(refused.headers.get('Retry-After'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.equal(refused.headers.get('Cache-Control'), 'no-store');
      assert.equal(refused.headers.get('Access-Control-Allow-Origin'), '*');
      assert.match(refused.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
      assert.equal((await fetch(search, { method: 'HEAD' })).status, 429, 'HEAD is refused too');

      assert.equal((await fetch(`${server.url}/health`)).status, 200, '/health is never limited');
      const preflight = await fetch(`${server.url}/v1/evenements`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://ailleurs.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 204, 'a preflight is not counted');
    });

    it('counts POSTs apart from GETs, harder for origins outside CORS_ORIGINS', async () => {
      const post = (origin?: string) =>
        fetch(`${server.url}/v1/evenements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
          body: '{}',
        });
      for (let i = 0; i < 3; i++) {
        // An invalid body is refused by the route (400), but the request still counts.
        assert.equal((await post('https://mairie.example')).status, 400, `partner POST ${i + 1}`);
      }
      await expectProblem(await post('https://mairie.example'), 429, 'the fourth partner POST');
      for (let i = 0; i < 2; i++) assert.equal((await post('https://ailleurs.example')).status, 400);
      const other = await expectProblem(await post('https://ailleurs.example'), 429, 'third other POST');
      assert.match(String(other.detail), /not configured in CORS_ORIGINS.*limit is 2 per minute/);
      await expectProblem(await post(), 429, 'no Origin counts as another origin');
    });
  });

  describe(`body limits of the app ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let server: RunningServer;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      const config = readConfig({
        BODY_LIMIT_BYTES: '2048',
        IMPORT_BODY_LIMIT_BYTES: '65536',
        RATE_LIMIT_POST_OTHER_ORIGIN_PER_MINUTE: '0',
        ADMIN_TOKEN: adminToken,
      });
      const app = createApp({
        database,
        logger: silent,
        version: 'test',
        adminToken: config.adminToken,
        http: config.http,
      });
      server = await listen(app, { port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await server?.close();
      await databases?.tearDown();
    });

    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });

    it('refuses an event body over BODY_LIMIT_BYTES with 413 naming the limit, and takes one at the limit', async () => {
      const tooLarge = await post('/v1/evenements', 'x'.repeat(2049));
      const problem = await expectProblem(tooLarge, 413, 'one byte over');
      assert.equal(problem.title, 'Content Too Large');
      assert.equal(problem.limit_bytes, 2048);
      assert.match(String(problem.detail), /limit of 2 KiB \(2048 bytes\) for POST \/v1\/evenements/);
      assert.equal(tooLarge.headers.get('Access-Control-Allow-Origin'), '*');
      // The unread rest of the body ends the connection: the client is told, and its next request works.
      assert.equal(tooLarge.headers.get('Connection'), 'close');
      const atLimit = await post('/v1/evenements', `{"x":"${'a'.repeat(2040)}"}`);
      assert.equal(atLimit.status, 400, 'read and refused by the route, not by the limit');
    });

    it('refuses a chunked body without Content-Length once it passes the limit', async () => {
      const result = await postChunked(`${server.url}/v1/evenements`, 256 * 1024);
      assert.equal(result.status, 413);
      assert.equal((JSON.parse(result.body) as { limit_bytes: number }).limit_bytes, 2048);
    });

    it('gives widget configurations 1 MiB and the admin import IMPORT_BODY_LIMIT_BYTES', async () => {
      const auth = { Authorization: `Bearer ${adminToken}` };
      const configuration = (body: string) =>
        fetch(`${server.url}/v1/admin/configurations/limite`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', ...auth },
          body,
        });
      const large = JSON.stringify({
        widget: 'quiz',
        attributs: { lang: 'fr' },
        padding: 'x'.repeat(100_000),
      });
      assert.notEqual((await configuration(large)).status, 413, '100 KB is under the 1 MiB limit');
      const huge = await configuration('x'.repeat(1024 * 1024 + 1));
      assert.equal((await expectProblem(huge, 413, 'over 1 MiB')).limit_bytes, 1024 * 1024);
      assert.equal(huge.headers.get('Connection'), 'close');

      const file = 'x'.repeat(65_537);
      const refused = await post('/v1/admin/import?format=standard-v1', file, {
        ...auth,
        'Content-Type': 'text/csv',
      });
      const problem = await expectProblem(refused, 413, 'import over the limit');
      assert.match(String(problem.detail), /64 KiB \(65536 bytes\) for POST \/v1\/admin\/import/);
      const under = await post('/v1/admin/import?format=standard-v1', 'x'.repeat(10_000), {
        ...auth,
        'Content-Type': 'text/csv',
      });
      assert.notEqual(under.status, 413, 'an import under its limit, above the default one');
    });
  });
}

describe('rate limit windows', () => {
  it('lets a client in again when its window ends, with Retry-After counting down', async () => {
    let time = 1_000_000;
    const app = new Hono();
    app.use(
      '*',
      rateLimit({
        limits: { get: 2, post: 1, postOtherOrigin: 1 },
        corsOrigins: ['*'],
        trustedProxies: 1,
        now: () => time,
      }),
    );
    app.get('*', (c) => c.text('ok'));
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).status, 200);
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).status, 200);
    const first = await app.request('/v1/a', from('203.0.113.1'));
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('Retry-After'), '60');
    time += 45_000;
    const later = await app.request('/v1/a', from('203.0.113.1'));
    assert.equal(later.status, 429);
    assert.equal(later.headers.get('Retry-After'), '15');
    assert.equal((await app.request('/v1/a', from('203.0.113.2'))).status, 200, 'another client');
    time += 15_000;
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).status, 200, 'a new window');
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).status, 200);
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).status, 429);
    time += 3 * 60_000 + 10_000; // windows stay aligned on the first one
    const aligned = await app.request('/v1/a', from('203.0.113.1'));
    assert.equal(aligned.status, 200);
    await app.request('/v1/a', from('203.0.113.1'));
    assert.equal((await app.request('/v1/a', from('203.0.113.1'))).headers.get('Retry-After'), '50');
  });
});
