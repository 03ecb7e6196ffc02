import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { createApp } from './app.js';
import { openDatabase } from './database.js';
import type { Database } from './database.js';
import { createLogger } from './logger.js';
import { migrate } from './migrate.js';
import { listen } from './server.js';
import type { RunningServer } from './server.js';

const logger = createLogger({ level: 'silent' });

/** Sends a request line exactly as written (no URL normalisation, unlike fetch) and returns the raw response. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let response = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (response += chunk));
    socket.on('end', () => resolve(response));
    socket.on('error', reject);
  });
}

describe('listen', () => {
  let database: Database;
  let server: RunningServer;
  let root: string;
  const secret = 'SECRET-OUTSIDE-THE-STATIC-DIRECTORY';

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'inclusion-api-server-'));
    mkdirSync(join(root, 'site'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ secret }));
    writeFileSync(join(root, 'site', 'index.html'), '<!doctype html><title>Demo</title>');
    database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    const app = createApp({ database, logger, version: '0.0.0-test', staticDir: join(root, 'site') });
    server = await listen(app, { port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves /health on the port it was given', async () => {
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/health`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; database: { kind: string } };
    assert.equal(body.status, 'ok');
    assert.equal(body.database.kind, 'pglite');
  });

  it('refuses path traversal sent raw on the socket', async () => {
    const attempts = [
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/..\\package.json',
      '/%5c..%5cpackage.json',
      '/./../package.json',
      '//../package.json',
    ];
    for (const target of attempts) {
      const response = await rawGet(server.port, target);
      assert.match(response, /^HTTP\/1\.1 (400|404) /, target);
      assert.doesNotMatch(response, new RegExp(secret), target);
    }
    assert.match(await rawGet(server.port, '/'), /^HTTP\/1\.1 200 [\s\S]*<title>Demo<\/title>/);
  });

  it('says clearly that a port is taken', async () => {
    await assert.rejects(
      listen(new Hono(), { port: server.port, host: '127.0.0.1' }),
      new RegExp(`Port ${server.port} is already in use on 127\\.0\\.0\\.1`),
    );
  });
});

describe('RunningServer.close', () => {
  it(
    'lets a request in flight finish, then closes its keep-alive connection',
    { timeout: 10_000 },
    async () => {
      let release = (): void => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let started = (): void => {};
      const arrived = new Promise<void>((resolve) => (started = resolve));
      const app = new Hono().get('/slow', async (c) => {
        started();
        await released;
        return c.text('finished');
      });
      // A timeout far beyond the test's own: close() resolving proves it did not wait for it.
      const server = await listen(app, { port: 0, host: '127.0.0.1', shutdownTimeoutMs: 60_000 });
      const inFlight = fetch(`${server.url}/slow`);
      await arrived;

      const closed = server.close();
      await assert.rejects(fetch(`${server.url}/slow`), 'new connections are refused');
      release();
      const response = await inFlight;
      assert.equal(response.status, 200);
      assert.equal(await response.text(), 'finished');
      await closed;
    },
  );
});

describe('RunningServer.close with a streamed response', () => {
  it(
    'lets a response whose headers are already sent finish, then closes its connection',
    { timeout: 10_000 },
    async () => {
      let finish = (): void => {};
      const app = new Hono().get('/stream', () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('first '));
            finish = () => {
              controller.enqueue(new TextEncoder().encode('last'));
              controller.close();
            };
          },
        });
        return new Response(body, { headers: { 'Content-Type': 'text/plain' } });
      });
      const server = await listen(app, { port: 0, host: '127.0.0.1', shutdownTimeoutMs: 60_000 });
      const response = await fetch(`${server.url}/stream`);
      assert.equal(response.status, 200);
      const closed = server.close();
      finish();
      assert.equal(await response.text(), 'first last');
      await closed;
    },
  );
});

describe('RunningServer.close after its timeout', () => {
  it('cuts the connections of requests still running', { timeout: 10_000 }, async () => {
    let started = (): void => {};
    const arrived = new Promise<void>((resolve) => (started = resolve));
    const app = new Hono().get('/never', async () => {
      started();
      return new Promise<Response>(() => undefined);
    });
    const server = await listen(app, { port: 0, host: '127.0.0.1', shutdownTimeoutMs: 50 });
    const stuck = fetch(`${server.url}/never`);
    await arrived;
    await server.close();
    await assert.rejects(stuck);
  });
});
