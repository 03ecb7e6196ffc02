import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { installHttp } from './index.js';
import { sharedMaxAge } from './response-cache.js';

/** An app whose routes count how often they really run. */
function counting(responseCache: { maxBytes?: number; maxSeconds?: number } = {}) {
  const app = new Hono();
  installHttp(app, { responseCache, rateLimits: { get: 0 } });
  const calls = { lieux: 0, stats: 0, missing: 0, big: 0 };
  app.get('/v1/lieux', (c) => {
    calls.lieux += 1;
    return c.json({ n: calls.lieux, q: c.req.query('q') ?? null });
  });
  app.get('/v1/statistiques', (c) => {
    calls.stats += 1;
    return c.json({ n: calls.stats });
  });
  app.get('/v1/lieux/missing', (c) => {
    calls.missing += 1;
    return c.json({ title: 'Not Found' }, 404);
  });
  app.get('/v1/lieux.csv', (c) => {
    calls.big += 1;
    return c.body('x'.repeat(300 * 1024), 200, { 'Content-Type': 'text/csv' });
  });
  return { app, calls };
}

describe('responseCache', () => {
  it('answers a repeated public GET from memory, with the same body and an ETag', async () => {
    const { app, calls } = counting();
    const first = await app.request('/v1/lieux?q=a');
    const second = await app.request('/v1/lieux?q=a');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(calls.lieux, 1);
    assert.equal(second.headers.get('ETag'), first.headers.get('ETag'));
    assert.equal(second.headers.get('Cache-Control'), 'public, max-age=60');
  });

  it('answers If-None-Match from memory with a 304', async () => {
    const { app, calls } = counting();
    const first = await app.request('/v1/lieux?q=etag');
    const etag = first.headers.get('ETag') ?? '';
    const again = await app.request('/v1/lieux?q=etag', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);
    assert.equal(again.headers.get('Cache-Control'), 'public, max-age=60');
    assert.equal(calls.lieux, 1);
  });

  it('keeps each encoding apart, compressed once', async () => {
    const { app, calls } = counting();
    const path = `/v1/lieux?q=${'long'.repeat(400)}`;
    const plain = await app.request(path);
    const gzip = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    const gzipAgain = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    const plainAgain = await app.request(path);
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(gzip.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gzipAgain.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gzipAgain.headers.get('ETag'), gzip.headers.get('ETag'));
    assert.deepEqual(await plainAgain.json(), await plain.json());
    assert.equal(calls.lieux, 2);
  });

  it('keys by path and query', async () => {
    const { app, calls } = counting();
    await app.request('/v1/lieux?q=a');
    const other = await app.request('/v1/lieux?q=b');
    assert.deepEqual(await other.json(), { n: 2, q: 'b' });
    assert.equal(calls.lieux, 2);
  });

  it('never keeps private answers, errors or large bodies', async () => {
    const { app, calls } = counting();
    for (let index = 0; index < 2; index += 1) {
      await app.request('/v1/statistiques');
      await app.request('/v1/lieux/missing');
      const csv = await app.request('/v1/lieux.csv');
      assert.equal((await csv.text()).length, 300 * 1024);
    }
    assert.deepEqual(calls, { lieux: 0, stats: 2, missing: 2, big: 2 });
  });

  it('asks the route again once the answer is older than maxSeconds', async () => {
    const { app, calls } = counting({ maxSeconds: 0.05 });
    await app.request('/v1/lieux');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await app.request('/v1/lieux');
    assert.equal(calls.lieux, 2);
  });

  it('drops the least recently used answers past maxBytes', async () => {
    const { app, calls } = counting({ maxBytes: 40 });
    await app.request('/v1/lieux?q=a'); // ~17 bytes
    await app.request('/v1/lieux?q=b');
    await app.request('/v1/lieux?q=c'); // pushes out a
    await app.request('/v1/lieux?q=c');
    await app.request('/v1/lieux?q=a');
    assert.equal(calls.lieux, 4);
  });

  it('forgets every answer when cleared (after this process imported data)', async () => {
    const app = new Hono();
    const http = installHttp(app, { responseCache: {}, rateLimits: { get: 0 } });
    let version = 1;
    app.get('/v1/lieux', (c) => c.json({ version }));
    assert.deepEqual(await (await app.request('/v1/lieux')).json(), { version: 1 });
    version = 2;
    assert.deepEqual(await (await app.request('/v1/lieux')).json(), { version: 1 });
    http.clearResponseCache();
    assert.deepEqual(await (await app.request('/v1/lieux')).json(), { version: 2 });
  });

  it('is off with maxBytes 0', async () => {
    const { app, calls } = counting({ maxBytes: 0 });
    await app.request('/v1/lieux');
    await app.request('/v1/lieux');
    assert.equal(calls.lieux, 2);
  });
});

describe('sharedMaxAge', () => {
  it('reads s-maxage or max-age of public answers only', () => {
    assert.equal(sharedMaxAge('public, max-age=60'), 60);
    assert.equal(sharedMaxAge('public, max-age=60, s-maxage=10'), 10);
    assert.equal(sharedMaxAge('max-age=60'), 0);
    assert.equal(sharedMaxAge('public, no-cache'), 0);
    assert.equal(sharedMaxAge('private, no-cache'), 0);
    assert.equal(sharedMaxAge('no-store'), 0);
  });
});
