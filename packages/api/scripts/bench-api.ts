// `npm run bench:api`: load and latency of the API on 127.0.0.1, at several dataset sizes, on PGlite and on
// the PostgreSQL server of DATABASE_URL. Not part of `npm test`: figures go to docs/performance.md.
//
//   npm run bench:api -- --sizes 20000,1000000 --targets pglite,postgres --duration 10 --connections 10
//
// For each target and size: a fresh database, the committed communes, synthetic places around commune centres
// weighted by population, then (1) in-process latency of proximity searches through `app.request()`,
// (2) autocannon over loopback on unique proximity queries, a realistic mix, and one repeated (cacheable) query,
// (3) the gzip size of map viewports from country to street level.
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { random, weightedPicker, type CommuneCentre } from '../src/bench/synthetic.js';
import { loadSynthetic, openBenchDatabase } from '../src/bench/target.js';
import { createLogger } from '../src/logger.js';
import { listen } from '../src/server.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20000,1000000' },
    targets: { type: 'string', default: process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    samples: { type: 'string', default: '2000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const targets = values.targets.split(',') as ('pglite' | 'postgres')[];
const duration = Number(values.duration);
const connections = Number(values.connections);
const samples = Number(values.samples);
const logger = createLogger({ level: 'silent' });

interface Result {
  target: string;
  size: number;
  scenario: string;
  p50: number;
  p99: number;
  rps?: number;
  errors?: number;
  note?: string;
}
const results: Result[] = [];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Query strings of proximity searches around communes weighted by population, each one different. */
function proximityQueries(communes: readonly CommuneCentre[], count: number, seed: number): string[] {
  const next = random(seed);
  const pick = weightedPicker(communes, next);
  const radii = [5_000, 10_000, 20_000];
  const services = ['aide-aux-demarches-administratives', 'maitrise-des-outils-numeriques-du-quotidien'];
  return Array.from({ length: count }, () => {
    const commune = pick();
    const lat = (commune.latitude + (next() - 0.5) * 0.02).toFixed(5);
    const lon = (commune.longitude + (next() - 0.5) * 0.02).toFixed(5);
    const filter = next() < 0.3 ? `&services=${services[Math.floor(next() * services.length)]}` : '';
    return `/v1/lieux?lat=${lat}&lon=${lon}&rayon=${radii[Math.floor(next() * radii.length)]}&limit=20${filter}`;
  });
}

/** A realistic mix: mostly proximity searches, then autocomplete, map viewports and place details. */
function mixedQueries(communes: readonly CommuneCentre[], ids: readonly string[], count: number): string[] {
  const next = random(99);
  const pick = weightedPicker(communes, next);
  const proximity = proximityQueries(communes, count, 5);
  return Array.from({ length: count }, (_, index) => {
    const roll = next();
    const commune = pick();
    if (roll < 0.6) return proximity[index] ?? '/v1/lieux';
    if (roll < 0.75)
      return `/v1/communes?q=${encodeURIComponent(commune.nom.slice(0, 2 + Math.floor(next() * 5)))}`;
    if (roll < 0.9) {
      const half = 0.2 + next() * 0.5;
      const bbox = [
        commune.longitude - half,
        commune.latitude - half / 1.5,
        commune.longitude + half,
        commune.latitude + half / 1.5,
      ];
      return `/v1/lieux/carte?bbox=${bbox.map((value) => value.toFixed(4)).join(',')}&zoom=${9 + Math.floor(next() * 4)}`;
    }
    return `/v1/lieux/${encodeURIComponent(ids[Math.floor(next() * ids.length)] ?? 'synthetique-0')}`;
  });
}

async function load(
  url: string,
  paths: readonly string[],
): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  let index = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[index % paths.length] ?? '/health';
          index += 1;
          return request;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

for (const target of targets) {
  for (const size of sizes) {
    const { database, dispose } = await openBenchDatabase(target);
    try {
      const { communes, seconds } = await loadSynthetic(database, size);
      process.stdout.write(
        `\n${target}, ${size.toLocaleString('en')} places: loaded in ${seconds.toFixed(1)} s\n`,
      );

      // As the server runs: the answer cache on, rate limits off (every request comes from 127.0.0.1).
      const app = createApp({
        database,
        logger,
        version: 'bench',
        http: { rateLimits: { get: 0 }, responseCache: { maxBytes: 32 * 1024 * 1024 } },
      });

      // (1) In-process: the request goes through the whole app, without a socket.
      const inProcess = proximityQueries(communes, samples, 1);
      for (const path of inProcess.slice(0, 100)) await app.request(path); // warm-up
      const timings: number[] = [];
      for (const path of inProcess) {
        const started = performance.now();
        const response = await app.request(path);
        await response.arrayBuffer();
        timings.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      }
      timings.sort((a, b) => a - b);
      results.push({
        target,
        size,
        scenario: 'proximity, in-process',
        p50: percentile(timings, 50),
        p99: percentile(timings, 99),
      });

      // (2) Over loopback.
      const server = await listen(app, { port: 0, host: '127.0.0.1' });
      try {
        const unique = proximityQueries(communes, 200_000, 2);
        results.push({
          target,
          size,
          scenario: 'proximity, unique queries',
          ...(await load(server.url, unique)),
        });
        const { rows: ids } = await database.query<{ id: string }>(
          'SELECT id FROM lieux ORDER BY random() LIMIT 1000',
        );
        const mixed = mixedQueries(
          communes,
          ids.map((row) => row.id),
          200_000,
        );
        results.push({ target, size, scenario: 'mixed', ...(await load(server.url, mixed)) });
        const one = unique.slice(0, 1);
        results.push({ target, size, scenario: 'one repeated query', ...(await load(server.url, one)) });
        // The ceiling of this machine for such an answer: a bare Hono app sending the same bytes, no middleware.
        const sample = await app.request(one[0] ?? '/v1/lieux');
        const bytes = new Uint8Array(await sample.arrayBuffer());
        const bare = new Hono();
        bare.get('*', (c) => c.body(bytes, 200, { 'Content-Type': 'application/json' }));
        const bareServer = await listen(bare, { port: 0, host: '127.0.0.1' });
        try {
          results.push({
            target,
            size,
            scenario: 'ceiling: bare Hono, same bytes',
            ...(await load(bareServer.url, one)),
            note: `${(bytes.byteLength / 1024).toFixed(1)} KB answer`,
          });
        } finally {
          await bareServer.close();
        }
      } finally {
        await server.close();
      }

      // (3) Map viewports, country to street, the densest area (Paris) included.
      const viewports: [string, string, number][] = [
        ['France', '-5.5,41.2,9.8,51.3', 5],
        ['Île-de-France', '1.4,48.1,3.6,49.3', 8],
        ['Paris', '2.22,48.81,2.47,48.91', 11],
        ['Paris, a district', '2.33,48.85,2.36,48.87', 14],
      ];
      for (const [name, bbox, zoom] of viewports) {
        const response = await app.request(`/v1/lieux/carte?bbox=${bbox}&zoom=${zoom}`);
        const body = Buffer.from(await response.arrayBuffer());
        const gzip = gzipSync(body).length;
        results.push({
          target,
          size,
          scenario: `map viewport ${name} (z${zoom})`,
          p50: NaN,
          p99: NaN,
          note: `${(body.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip, status ${response.status}`,
        });
      }
    } finally {
      await dispose();
    }
    printResults(results.filter((result) => result.target === target && result.size === size));
  }
}

function printResults(rows: readonly Result[]): void {
  const format = (value: number | undefined, digits = 1) =>
    value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
  process.stdout.write(
    '| target | places | scenario | p50 ms | p99 ms | req/s | errors | note |\n|---|---|---|---|---|---|---|---|\n',
  );
  for (const row of rows) {
    process.stdout.write(
      `| ${row.target} | ${row.size.toLocaleString('en')} | ${row.scenario} | ${format(row.p50, 2)} | ${format(row.p99, 2)} | ${row.rps ?? ''} | ${row.errors ?? ''} | ${row.note ?? ''} |\n`,
    );
  }
}
