import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createApp } from './app.js';
import type { Database } from './database.js';
import { createLogger } from './logger.js';
import type { Logger } from './logger.js';
import { migrate } from './migrate.js';
import { testTargets } from './test-databases.js';
import type { TestDatabases } from './test-databases.js';

const silent = createLogger({ level: 'silent' });
const version = '0.0.0-test';

/** A logger writing its JSON lines into `lines`. */
function capturingLogger(level = 'info'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    logger: createLogger({ level, destination }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A database at the seam that fails (or never answers) the way a broken server would. */
function brokenDatabase(query: () => Promise<never>): Database {
  return {
    kind: 'postgres',
    query,
    exec: query,
    transaction: query,
    close: async () => undefined,
  };
}

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

for (const target of testTargets) {
  describe(`GET /health ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
    });
    after(() => databases?.tearDown());

    it('answers 200 with the database kind, its latency and the version, never cached', async () => {
      const app = createApp({ database, logger: silent, version });
      const response = await app.request('/health');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
      const body = (await response.json()) as { database: { latency_ms: number } };
      assert.ok(body.database.latency_ms >= 0);
      assert.deepEqual(body, {
        status: 'ok',
        database: { kind: target.kind, ok: true, latency_ms: body.database.latency_ms },
        version,
      });
    });

    it('answers 503 problem+json once the database is closed', async () => {
      const closed = await databases.fresh();
      const app = createApp({ database: closed, logger: silent, version });
      // On PGlite `fresh()` is the shared instance: this test is the suite's last.
      await closed.close();
      const response = await app.request('/health');
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      const problem = await problemOf(response);
      assert.deepEqual(problem, {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The database did not answer the health check.',
        database: { kind: target.kind, ok: false },
        version,
      });
    });
  });
}

describe('the app', () => {
  let databases: TestDatabases;
  let database: Database;
  let site: string;
  let bundle: string;
  const secret = 'SECRET-OUTSIDE-THE-STATIC-DIRECTORY';

  before(async () => {
    const pglite = testTargets.find((target) => target.kind === 'pglite');
    assert.ok(pglite);
    databases = await pglite.setUp();
    database = await databases.fresh();

    const root = mkdtempSync(join(tmpdir(), 'inclusion-api-static-'));
    site = join(root, 'site');
    bundle = join(root, 'bundle');
    mkdirSync(join(site, 'guide'), { recursive: true });
    mkdirSync(join(site, 'v1'));
    mkdirSync(bundle);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ secret }));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(site, 'app.js'), 'export const answer = 42;');
    writeFileSync(join(site, 'style.css'), 'body { margin: 0; }');
    writeFileSync(join(site, 'data.json'), '{"ok":true}');
    writeFileSync(join(site, 'guide', 'index.html'), '<!doctype html><title>Guide</title>');
    writeFileSync(join(site, 'v1', 'shadow.json'), '{"shadow":true}');
    writeFileSync(join(bundle, 'inclusion-widgets.js'), 'console.log("widgets");');
  });
  after(async () => {
    await databases?.tearDown();
    if (site) rmSync(join(site, '..'), { recursive: true, force: true });
  });

  function app(options: { logger?: Logger; healthTimeoutMs?: number; database?: Database } = {}) {
    return createApp({
      database: options.database ?? database,
      logger: options.logger ?? silent,
      version,
      staticDir: site,
      staticMounts: [{ prefix: '/cdn', dir: bundle }],
      ...(options.healthTimeoutMs === undefined ? {} : { healthTimeoutMs: options.healthTimeoutMs }),
    });
  }

  describe('errors', () => {
    it('answers 404 problem+json for an unknown API path, naming it', async () => {
      const response = await app().request('/v1/nope');
      assert.equal(response.status, 404);
      assert.deepEqual(await problemOf(response), {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Nothing is served at /v1/nope.',
      });
    });

    it('answers 404 problem+json for an unknown path outside the API', async () => {
      const response = await app().request('/nope/deeper.html');
      assert.equal(response.status, 404);
      assert.equal((await problemOf(response)).detail, 'Nothing is served at /nope/deeper.html.');
    });

    it('does not serve static files under /v1', async () => {
      const response = await app().request('/v1/shadow.json');
      assert.equal(response.status, 404);
      await problemOf(response);
    });

    it('answers 500 problem+json without the error message or stack, and logs them', async () => {
      const { logger, lines } = capturingLogger();
      const failing = app({ logger });
      failing.get('/v1/boom', () => {
        throw new Error('password=hunter2 at /srv/secret.ts:12');
      });
      const response = await failing.request('/v1/boom', { headers: { Origin: 'https://mairie.example' } });
      assert.equal(response.status, 500);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      const text = await response.clone().text();
      assert.doesNotMatch(text, /hunter2|secret\.ts|at /);
      assert.deepEqual(await problemOf(response), {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'An unexpected error occurred; it has been logged.',
      });
      const logged = lines().find((line) => line.msg === 'request failed');
      assert.match(JSON.stringify(logged?.err), /hunter2/);
    });

    it('answers 503 problem+json when the database query rejects', async () => {
      const broken = brokenDatabase(() => Promise.reject(new Error('connection terminated')));
      const response = await app({ database: broken }).request('/health');
      assert.equal(response.status, 503);
      const problem = await problemOf(response);
      assert.equal(problem.detail, 'The database did not answer the health check.');
      assert.doesNotMatch(JSON.stringify(problem), /terminated/);
    });

    it('answers 503 problem+json when the database does not answer in time', async () => {
      const hanging = brokenDatabase(() => new Promise<never>(() => undefined));
      const response = await app({ database: hanging, healthTimeoutMs: 20 }).request('/health');
      assert.equal(response.status, 503);
      assert.equal((await problemOf(response)).detail, 'The database did not answer within 20 ms.');
    });
  });

  describe('CORS', () => {
    it('lets any origin read /health and /v1 responses, without credentials', async () => {
      for (const path of ['/health', '/v1/nope']) {
        const response = await app().request(path, { headers: { Origin: 'https://mairie.example' } });
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*', path);
        assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null, path);
      }
    });

    it('answers preflight requests for GET and POST', async () => {
      const response = await app().request('/v1/evenements', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://mairie.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      assert.equal(response.headers.get('Access-Control-Allow-Methods'), 'GET,POST,PUT,OPTIONS');
      assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', /Content-Type/);
      assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
    });

    it('adds no CORS headers to the static site', async () => {
      const response = await app().request('/', { headers: { Origin: 'https://mairie.example' } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    });
  });

  describe('static files', () => {
    it('serves index.html at / with security headers', async () => {
      const response = await app().request('/');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(response.headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin');
      assert.match(await response.text(), /<title>Demo<\/title>/);
    });

    it('serves files with their content type', async () => {
      const types: Record<string, string> = {
        '/app.js': 'text/javascript; charset=utf-8',
        '/style.css': 'text/css; charset=utf-8',
        '/data.json': 'application/json',
        '/cdn/inclusion-widgets.js': 'text/javascript; charset=utf-8',
      };
      for (const [path, type] of Object.entries(types)) {
        const response = await app().request(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('Content-Type'), type, path);
        assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
        assert.equal(response.headers.get('Referrer-Policy'), null, path);
      }
      assert.equal(
        await (await app().request('/cdn/inclusion-widgets.js')).text(),
        'console.log("widgets");',
      );
    });

    it('serves a directory index, redirecting to the trailing slash first', async () => {
      const redirect = await app().request('/guide?lang=fr');
      assert.equal(redirect.status, 301);
      assert.equal(redirect.headers.get('Location'), '/guide/?lang=fr');
      const response = await app().request('/guide/');
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<title>Guide<\/title>/);
    });

    it('answers HEAD without a body', async () => {
      const response = await app().request('/app.js', { method: 'HEAD' });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Length'), '25');
      assert.equal(await response.text(), '');
    });

    it('refuses to leave the static directory, however the path is written', async () => {
      const attempts = [
        '/../package.json',
        '/guide/../../package.json',
        '/%2e%2e/package.json',
        '/%2E%2E/package.json',
        '/..%2fpackage.json',
        '/..%2Fpackage.json',
        '/%2e%2e%2fpackage.json',
        '/guide/..%2f..%2fpackage.json',
        '/..%5cpackage.json',
        '/..\\package.json',
        '/%252e%252e/package.json',
        '//package.json',
        '/cdn/../package.json',
        '/cdn/..%2f..%2fpackage.json',
        '/cdn/%2e%2e/%2e%2e/package.json',
      ];
      for (const path of attempts) {
        const response = await app().request(`http://localhost${path}`);
        assert.equal(response.status, 404, path);
        assert.doesNotMatch(await response.text(), new RegExp(secret), path);
      }
    });

    it('does not serve static files for other methods', async () => {
      const response = await app().request('/app.js', { method: 'POST' });
      assert.equal(response.status, 404);
    });
  });

  describe('request log', () => {
    it('logs method, path, status and duration, but no IP address and no query string', async () => {
      const { logger, lines } = capturingLogger();
      await app({ logger }).request('/v1/nope?q=12+rue+des+Lilas', {
        headers: { 'X-Forwarded-For': '203.0.113.7', 'X-Real-IP': '203.0.113.7' },
      });
      const requests = lines().filter((line) => line.msg === 'request');
      assert.equal(requests.length, 1);
      const line = requests[0] ?? {};
      assert.equal(line.method, 'GET');
      assert.equal(line.path, '/v1/nope');
      assert.equal(line.status, 404);
      assert.equal(typeof line.duration_ms, 'number');
      assert.doesNotMatch(JSON.stringify(lines()), /203\.0\.113\.7|Lilas/);
    });

    it('logs successful /health probes at debug level only', async () => {
      const info = capturingLogger('info');
      await app({ logger: info.logger }).request('/health');
      assert.deepEqual(info.lines(), []);
      const debug = capturingLogger('debug');
      await app({ logger: debug.logger }).request('/health');
      assert.equal(debug.lines().filter((line) => line.msg === 'request').length, 1);
    });
  });
});
