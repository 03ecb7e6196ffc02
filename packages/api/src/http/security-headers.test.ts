import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { pageContentSecurityPolicy } from './security-headers.js';

const demoDir = fileURLToPath(new URL('../../../../demo/', import.meta.url));

/** A CSP header as a map of directive → sources. */
function directives(header: string | null): Map<string, string[]> {
  assert.ok(header, 'a Content-Security-Policy header');
  const map = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('security headers', () => {
  let database: Database;
  let root: string;
  let app: Hono;

  before(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    root = mkdtempSync(join(tmpdir(), 'inclusion-api-headers-'));
    mkdirSync(join(root, 'embed'));
    writeFileSync(join(root, 'embed', 'quiz.html'), '<!doctype html><title>Quiz</title>');
    writeFileSync(join(root, 'embed', 'resize.js'), 'export {};');
    app = createApp({
      database,
      logger: createLogger({ level: 'silent' }),
      version: 'test',
      staticDir: demoDir,
      staticMounts: [{ prefix: '/embed', dir: join(root, 'embed') }],
    });
  });
  after(async () => {
    await database?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('gives the demo pages a strict CSP, nosniff and a referrer policy, and no X-Frame-Options', async () => {
    for (const path of ['/', '/quiz.html']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/, path);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(response.headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(response.headers.get('X-Frame-Options'), null, path);
      const csp = directives(response.headers.get('Content-Security-Policy'));
      assert.deepEqual(csp.get('default-src'), ["'self'"], path);
      assert.deepEqual(csp.get('script-src'), ["'self'"], `${path}: no inline script, no eval`);
      assert.deepEqual(
        csp.get('style-src'),
        ["'self'"],
        `${path}: adopted stylesheets need no 'unsafe-inline'`,
      );
      assert.deepEqual(csp.get('worker-src'), ["'self'", 'blob:'], `${path}: maplibre's worker`);
      assert.deepEqual(csp.get('connect-src'), ["'self'"], `${path}: the API only`);
      assert.deepEqual(csp.get('object-src'), ["'none'"], path);
      assert.deepEqual(csp.get('base-uri'), ["'self'"], path);
      assert.deepEqual(csp.get('frame-ancestors'), ["'self'"], `${path}: not framed by other sites`);
    }
  });

  it('lets any site frame the /embed/ pages', async () => {
    const response = await app.request('/embed/quiz');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('X-Frame-Options'), null);
    const csp = directives(response.headers.get('Content-Security-Policy'));
    assert.deepEqual(csp.get('frame-ancestors'), ['*']);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.equal(pageContentSecurityPolicy('/embed/quiz.html').endsWith('frame-ancestors *'), true);
    assert.equal(pageContentSecurityPolicy('/embedded.html').endsWith("frame-ancestors 'self'"), true);
  });

  it('keeps the CSP a route sets itself (the API reference at /docs/)', async () => {
    const response = await app.request('/docs/');
    const csp = directives(response.headers.get('Content-Security-Policy'));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'self'"]);
    assert.equal(response.headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin');
  });

  it('sends nosniff but no page policy with scripts, styles and API answers', async () => {
    for (const path of ['/demo.js', '/demo.css', '/health', '/v1/nope']) {
      const response = await app.request(path);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(response.headers.get('Content-Security-Policy'), null, path);
      assert.equal(response.headers.get('Referrer-Policy'), null, path);
    }
  });

  it('serves demo pages that the CSP does not break: no inline script or style, nothing from elsewhere', () => {
    const pages = readdirSync(demoDir).filter((name) => name.endsWith('.html'));
    assert.ok(pages.length >= 2, pages.join(', '));
    for (const page of pages) {
      const html = readFileSync(join(demoDir, page), 'utf8');
      for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        assert.match(script[1] ?? '', /\bsrc=/, `${page}: a script without src is inline`);
        assert.equal((script[2] ?? '').trim(), '', `${page}: inline script`);
      }
      assert.doesNotMatch(html, /<style\b/i, `${page}: inline <style>`);
      assert.doesNotMatch(html, /\sstyle\s*=/i, `${page}: style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${page}: inline event handler`);
      assert.doesNotMatch(html, /javascript:/i, `${page}: javascript: URL`);
      for (const url of html.matchAll(/\b(?:src|href)="([^"]*)"/gi)) {
        assert.doesNotMatch(url[1] ?? '', /^(?:[a-z]+:)?\/\//i, `${page}: ${url[1]} is on another origin`);
      }
    }
  });
});
