import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { problemResponse } from '../problem.js';
import { acceptedEncoding, defaultCacheControl, installHttp } from './index.js';
import type { HttpOptions } from './index.js';

/** Two kilobytes of JSON: above the compression threshold. */
const big = {
  items: Array.from({ length: 60 }, (_, index) => ({ id: `lieu-${index}`, nom: 'Médiathèque' })),
};

function app(options: HttpOptions = {}): Hono {
  const hono = new Hono();
  installHttp(hono, options);
  hono.get('/health', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  hono.get('/v1/lieux', (c) => c.json(big));
  hono.get('/v1/lieux/small', (c) => c.json({ id: 'a' }));
  hono.get('/v1/communes', (c) => c.json({ items: [] }));
  hono.get('/v1/quiz/x', (c) => c.json({ id: 'x' }, 200, { 'Cache-Control': 'public, max-age=7' }));
  hono.get('/v1/lieux.csv', (c) =>
    c.body('id,nom\n'.repeat(400), 200, { 'Content-Type': 'text/csv; charset=utf-8' }),
  );
  // As a static file is served: with its own (uncompressed) Content-Length.
  hono.get('/build/app.js', (c) => {
    const code = 'export const x = 1;\n'.repeat(200);
    return c.body(code, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(code)),
    });
  });
  hono.get('/v1/huge', (c) => c.body('x'.repeat(20 * 1024 * 1024), 200, { 'Content-Type': 'text/plain' }));
  hono.get('/v1/missing', () => problemResponse({ status: 404, detail: 'No such place.' }));
  hono.get('/v1/broken', () => problemResponse({ status: 503, detail: 'Down.' }));
  hono.post('/v1/evenements', async (c) => c.json({ length: (await c.req.text()).length }, 202));
  hono.post('/v1/admin/import', async (c) => c.json({ length: (await c.req.text()).length }));
  return hono;
}

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe('HTTP behaviour', () => {
  describe('ETag and If-None-Match', () => {
    it('gives every GET with a body a strong ETag that depends only on the body', async () => {
      const first = await app().request('/v1/lieux');
      const second = await app().request('/v1/lieux');
      const etag = first.headers.get('ETag') ?? '';
      assert.match(etag, /^"[\w-]{32}"$/);
      assert.equal(second.headers.get('ETag'), etag, 'the same body on another instance has the same ETag');
      assert.notEqual((await app().request('/v1/lieux/small')).headers.get('ETag'), etag);
      assert.deepEqual(await first.json(), big);
    });

    it('answers 304 without a body to a matching If-None-Match, keeping the caching headers', async () => {
      const etag = (await app().request('/v1/quiz/x')).headers.get('ETag') ?? '';
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await app().request('/v1/quiz/x', { headers: { 'If-None-Match': header } });
        assert.equal(response.status, 304, header);
        assert.equal(await response.text(), '');
        assert.equal(response.headers.get('ETag'), etag);
        assert.equal(response.headers.get('Cache-Control'), 'public, max-age=7');
      }
      const changed = await app().request('/v1/quiz/x', { headers: { 'If-None-Match': '"stale"' } });
      assert.equal(changed.status, 200);
    });

    it('revalidates a compressed representation with its own tag', async () => {
      const gzip = await app().request('/v1/lieux', { headers: { 'Accept-Encoding': 'gzip' } });
      const tag = gzip.headers.get('ETag') ?? '';
      assert.match(tag, /^"[\w-]{32}-gzip"$/);
      const again = await app().request('/v1/lieux', {
        headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': tag },
      });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('Vary'), 'Accept-Encoding');
    });

    it('gives no ETag to errors and to POST answers', async () => {
      assert.equal((await app().request('/v1/missing')).headers.get('ETag'), null);
      const post = await app().request('/v1/evenements', { method: 'POST', body: '{}' });
      assert.equal(post.headers.get('ETag'), null);
    });
  });

  describe('Cache-Control', () => {
    it('sets the default of the route family on every GET', async () => {
      assert.equal((await app().request('/v1/lieux')).headers.get('Cache-Control'), 'public, max-age=60');
      assert.equal((await app().request('/v1/lieux.csv')).headers.get('Cache-Control'), 'public, max-age=60');
      assert.equal(
        (await app().request('/v1/communes')).headers.get('Cache-Control'),
        'public, max-age=86400',
      );
      assert.equal(defaultCacheControl('/v1/lieux/carte'), 'public, max-age=60');
      assert.equal(defaultCacheControl('/v1/orientations/a'), 'public, max-age=3600');
      assert.equal(defaultCacheControl('/v1/statistiques'), 'private, no-cache');
      assert.equal(defaultCacheControl('/v1/lieuxx'), 'public, max-age=60');
      assert.equal(defaultCacheControl('/demo.js'), 'no-cache');
    });

    it('keeps a header the route sets, and no-store on /health', async () => {
      assert.equal((await app().request('/v1/quiz/x')).headers.get('Cache-Control'), 'public, max-age=7');
      assert.equal((await app().request('/health')).headers.get('Cache-Control'), 'no-store');
    });

    it('caches a client error one minute at most, and never a server error', async () => {
      assert.equal((await app().request('/v1/missing')).headers.get('Cache-Control'), 'public, max-age=60');
      assert.equal((await app().request('/v1/broken')).headers.get('Cache-Control'), 'no-store');
    });
  });

  describe('compression', () => {
    it('sends brotli or gzip when accepted, above 1 KB, and the body decodes to the same JSON', async () => {
      const plain = await app().request('/v1/lieux');
      const raw = Buffer.from(await plain.arrayBuffer());
      assert.equal(plain.headers.get('Content-Encoding'), null);
      assert.ok(raw.byteLength > 1024);

      const br = await app().request('/v1/lieux', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers.get('Content-Encoding'), 'br');
      assert.equal(br.headers.get('Vary'), 'Accept-Encoding');
      const brBytes = Buffer.from(await br.arrayBuffer());
      assert.equal(br.headers.get('Content-Length'), String(brBytes.byteLength));
      assert.ok(brBytes.byteLength < raw.byteLength / 4, `${brBytes.byteLength} of ${raw.byteLength}`);
      assert.deepEqual(brotliDecompressSync(brBytes), raw);

      const gzip = await app().request('/v1/lieux.csv', { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(gzip.headers.get('Content-Encoding'), 'gzip');
      assert.equal(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString(), 'id,nom\n'.repeat(400));
    });

    it("gives a compressed file the compressed body's Content-Length, not the file's", async () => {
      // A Content-Length left from the uncompressed file makes a browser wait for bytes that never come.
      let tag = '';
      for (const encoding of ['br', 'gzip']) {
        const response = await app().request('/build/app.js', { headers: { 'Accept-Encoding': encoding } });
        assert.equal(response.headers.get('Content-Encoding'), encoding);
        const bytes = Buffer.from(await response.arrayBuffer());
        assert.equal(response.headers.get('Content-Length'), String(bytes.byteLength));
        const decoded = encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
        assert.equal(decoded.toString(), 'export const x = 1;\n'.repeat(200));
        tag = response.headers.get('ETag') ?? '';
      }
      const again = await app().request('/build/app.js', {
        headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': tag },
      });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('Content-Length'), null);
    });

    it('leaves small bodies and refused encodings alone', async () => {
      const small = await app().request('/v1/lieux/small', { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(small.headers.get('Content-Encoding'), null);
      assert.equal(small.headers.get('Vary'), null);
      const refused = await app().request('/v1/lieux', {
        headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' },
      });
      assert.equal(refused.headers.get('Content-Encoding'), null);
    });

    it('streams a body too large to hold, gzip-compressed on the fly, without an ETag', async () => {
      const response = await app().request('/v1/huge', { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(response.headers.get('ETag'), null);
      assert.equal(response.headers.get('Content-Encoding'), 'gzip');
      const body = gunzipSync(Buffer.from(await response.arrayBuffer()));
      assert.equal(body.byteLength, 20 * 1024 * 1024);
    });

    it('reads Accept-Encoding with its weights', () => {
      assert.equal(acceptedEncoding(undefined), undefined);
      assert.equal(acceptedEncoding('gzip'), 'gzip');
      assert.equal(acceptedEncoding('gzip, br'), 'br');
      assert.equal(acceptedEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
      assert.equal(acceptedEncoding('*'), 'br');
      assert.equal(acceptedEncoding('identity'), undefined);
    });
  });

  describe('CORS', () => {
    it('lets any origin GET and read the ETag and Retry-After headers', async () => {
      const response = await app().request('/v1/lieux', { headers: { Origin: 'https://mairie.example' } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /ETag/);
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    });

    it('answers a POST preflight for any origin', async () => {
      const response = await app({ corsOrigins: ['https://mairie.example'] }).request('/v1/evenements', {
        method: 'OPTIONS',
        headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    });
  });

  describe('rate limiting', () => {
    const limited = (options: Partial<HttpOptions> = {}): Hono =>
      app({ trustedProxies: 1, rateLimits: { get: 3, post: 2, postOtherOrigin: 1 }, ...options });
    const from = (ip: string, extra: Record<string, string> = {}) => ({
      headers: { 'X-Forwarded-For': `198.51.100.1, ${ip}`, ...extra },
    });

    it('answers 429 problem+json with Retry-After past the limit, per client address', async () => {
      const hono = limited();
      for (let i = 0; i < 3; i++)
        assert.equal((await hono.request('/v1/lieux', from('203.0.113.1'))).status, 200);
      const refused = await hono.request(
        '/v1/lieux',
        from('203.0.113.1', { Origin: 'https://mairie.example' }),
      );
      assert.equal(refused.status, 429);
      const retryAfter = Number(refused.headers.get('Retry-After'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.equal(refused.headers.get('Cache-Control'), 'no-store');
      assert.equal(refused.headers.get('Access-Control-Allow-Origin'), '*', 'a widget can read the 429');
      const problem = await problemOf(refused);
      assert.equal(problem.title, 'Too Many Requests');
      assert.match(
        String(problem.detail),
        /Too many GET requests from your address: the limit is 3 per minute/,
      );
      assert.equal((await hono.request('/v1/lieux', from('203.0.113.2'))).status, 200, 'another client');
      assert.equal(
        (await hono.request('/health', from('203.0.113.1'))).status,
        200,
        '/health is not limited',
      );
    });

    it('limits POSTs from origins outside CORS_ORIGINS harder', async () => {
      const hono = limited({ corsOrigins: ['https://mairie.example'] });
      const post = (origin?: string) =>
        hono.request('/v1/evenements', {
          method: 'POST',
          body: '{}',
          headers: { 'X-Forwarded-For': '203.0.113.9', ...(origin ? { Origin: origin } : {}) },
        });
      assert.equal((await post('https://mairie.example/')).status, 202);
      assert.equal((await post('https://MAIRIE.example')).status, 202);
      assert.equal((await post('https://mairie.example')).status, 429);
      assert.equal((await post('https://ailleurs.example')).status, 202);
      const refused = await post('https://ailleurs.example');
      assert.equal(refused.status, 429);
      assert.match(
        String((await problemOf(refused)).detail),
        /not configured in CORS_ORIGINS.*limit is 1 per minute/,
      );
      assert.equal((await post()).status, 429, 'no Origin counts as another origin');
    });

    it('ignores X-Forwarded-For unless proxies are trusted, and takes the entry the proxy wrote', async () => {
      const hono = app({ rateLimits: { get: 1 } });
      assert.equal((await hono.request('/v1/lieux', from('203.0.113.3'))).status, 200);
      // Without TRUST_PROXY every request here has the same (unknown) peer: a forged header does not help.
      assert.equal((await hono.request('/v1/lieux', from('203.0.113.4'))).status, 429);
      const trusting = app({ trustedProxies: 1, rateLimits: { get: 1 } });
      assert.equal((await trusting.request('/v1/lieux', from('203.0.113.3'))).status, 200);
      // The client may prepend anything; the right-most entry is the one the proxy saw.
      const forged = { headers: { 'X-Forwarded-For': '203.0.113.99, 203.0.113.3' } };
      assert.equal((await trusting.request('/v1/lieux', forged)).status, 429);
    });

    it('is off when a limit is 0', async () => {
      const hono = app({ rateLimits: { get: 0 } });
      for (let i = 0; i < 700; i++) assert.equal((await hono.request('/v1/lieux/small')).status, 200);
    });
  });

  describe('body size limits', () => {
    it('answers 413 problem+json naming the limit, from Content-Length', async () => {
      const response = await app({ bodyLimits: { default: 1024 } }).request('/v1/evenements', {
        method: 'POST',
        body: 'x'.repeat(1025),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 413);
      const problem = await problemOf(response);
      assert.equal(problem.title, 'Content Too Large');
      assert.equal(
        problem.detail,
        'The request body is larger than the limit of 1 KiB (1024 bytes) for POST /v1/evenements.',
      );
      assert.equal(problem.limit_bytes, 1024);
    });

    it('stops a streamed body as soon as it passes the limit', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(600));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1;
          if (sent > 100) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const response = await app({ bodyLimits: { default: 1024 } }).request('/v1/evenements', {
        method: 'POST',
        body,
        duplex: 'half',
      } as RequestInit);
      assert.equal(response.status, 413);
      assert.ok(sent < 10, `read ${sent} chunks`);
    });

    it('lets the import take larger bodies', async () => {
      const hono = app({ bodyLimits: { default: 1024, import: 4096 } });
      const ok = await hono.request('/v1/admin/import', { method: 'POST', body: 'x'.repeat(4000) });
      assert.equal(ok.status, 200);
      const tooLarge = await hono.request('/v1/admin/import', { method: 'POST', body: 'x'.repeat(5000) });
      assert.equal(tooLarge.status, 413);
      assert.match(
        String((await problemOf(tooLarge)).detail),
        /4 KiB \(4096 bytes\) for POST \/v1\/admin\/import/,
      );
    });
  });
});
