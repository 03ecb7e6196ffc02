import { Hono } from 'hono';
import { installHttp } from './src/http/index.js';
const app = new Hono();
installHttp(app, { rateLimits: { get: 0 }, responseCache: { maxBytes: 1e7 } });
const body = JSON.stringify({ items: Array.from({ length: 20 }, (_, i) => ({ id: i, nom: 'x'.repeat(600) })) });
app.get('/v1/lieux', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
for (const cache of [true]) {
  let t = performance.now();
  for (let i = 0; i < 5000; i++) { const r = await app.request('/v1/lieux?a=1'); await r.arrayBuffer(); }
  console.log('per request µs', ((performance.now() - t) / 5000 * 1000).toFixed(0));
}
const plain = new Hono();
plain.get('/v1/lieux', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
let t = performance.now();
for (let i = 0; i < 5000; i++) { const r = await plain.request('/v1/lieux?a=1'); await r.arrayBuffer(); }
console.log('bare hono µs', ((performance.now() - t) / 5000 * 1000).toFixed(0));
