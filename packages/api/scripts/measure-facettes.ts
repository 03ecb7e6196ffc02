// A measure (not a test): latency of the facet counts (`GET /v1/lieux/facettes`) over synthetic places, by
// radius, on PGlite in this process and on the PostgreSQL server of DATABASE_URL. Figures: docs/performance.md.
//
//   node --conditions=source --import tsx packages/api/scripts/measure-facettes.ts [--size 20000] [--targets pglite,postgres]
//
// A fresh database per target (PGlite in memory; a new schema on the server), the committed communes, synthetic
// places around commune centres weighted by population (src/bench/synthetic.ts), then for each radius 300
// different points near communes drawn by population (the first 50 warm up), and for two territories and the whole
// dataset: the facet counts alone (`facettesLieux`), then through the whole app (`app.request`, answer cache off),
// with a filter on two fields. "Located places" is what the query reads (capped at facettesLimits.lieux).
import { parseArgs } from 'node:util';
import { facettesLimits, toFacettesParams, type FacettesParams } from '@inclusion-widgets/core';
import { createApp } from '../src/app.js';
import { random, weightedPicker, type CommuneCentre } from '../src/bench/synthetic.js';
import { loadSynthetic, openBenchDatabase } from '../src/bench/target.js';
import { facettesLieux } from '../src/lieux/facettes.js';
import { createLogger } from '../src/logger.js';

process.env.TZ = 'UTC';
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    targets: { type: 'string', default: process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite' },
    samples: { type: 'string', default: '300' },
  },
});
const size = Number(values.size);
const samples = Number(values.samples);
const targets = values.targets.split(',') as ('pglite' | 'postgres')[];
const radii = [5_000, 20_000, 50_000, 100_000];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

process.stdout.write(
  `Facet counts over ${size.toLocaleString('en')} synthetic places (cap ${facettesLimits.lieux.toLocaleString('en')}), ` +
    'with a filter on services and on frais_a_charge\n\n' +
    '| target | location | located places (median, max) | facettesLieux p50 ms | p99 ms | HTTP p50 ms | p99 ms | over the cap |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|\n',
);
for (const target of targets) {
  const { database, dispose } = await openBenchDatabase(target, { memory: true, poolSize: 4 });
  try {
    const { communes } = await loadSynthetic(database, size);
    const app = createApp({
      database,
      logger: createLogger({ level: 'silent' }),
      version: 'measure',
      http: { rateLimits: { get: 0 } },
    });
    // Points near communes drawn by population (so dense areas come often), with each radius; then territories.
    const scenarios: Array<[string, (next: () => number, pick: () => CommuneCentre) => FacettesParams]> = [
      ...radii.map((rayon): [string, (next: () => number, pick: () => CommuneCentre) => FacettesParams] => [
        `point, ${rayon / 1000} km`,
        (next, pick) => {
          const commune = pick();
          return {
            lat: Number((commune.latitude + (next() - 0.5) * 0.02).toFixed(5)),
            lon: Number((commune.longitude + (next() - 0.5) * 0.02).toFixed(5)),
            rayon,
          };
        },
      ]),
      ['territoire=departement:59', () => ({ territoire: 'departement:59' })],
      ['territoire=region:11 (Île-de-France)', () => ({ territoire: 'region:11' })],
      ['nothing: the whole dataset', () => ({})],
    ];
    const filters: FacettesParams = {
      services: ['aide-aux-demarches-administratives'],
      frais_a_charge: ['gratuit'],
    };
    for (const [name, make] of scenarios) {
      const next = random(name.length * 7919);
      const pick = weightedPicker(communes, next);
      const direct: number[] = [];
      const http: number[] = [];
      const located: number[] = [];
      let capped = 0;
      for (let index = 0; index < samples + 50; index += 1) {
        const location = make(next, pick);
        let started = performance.now();
        await facettesLieux(database, { ...location, ...filters });
        const elapsed = performance.now() - started;
        started = performance.now();
        const response = await app.request(
          `/v1/lieux/facettes?${toFacettesParams({ ...location, ...filters })}`,
        );
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`status ${response.status}`);
        if (index < 50) continue; // warm-up
        direct.push(elapsed);
        http.push(performance.now() - started);
        // What the query reads: the places of the location, without the filters (not timed).
        const all = await facettesLieux(database, location);
        located.push(all.total);
        if (!all.complet) capped += 1;
      }
      for (const list of [direct, http, located]) list.sort((a, b) => a - b);
      process.stdout.write(
        `| ${target} | ${name} | ${percentile(located, 50)}, ${located[located.length - 1]} | ` +
          `${percentile(direct, 50).toFixed(2)} | ${percentile(direct, 99).toFixed(2)} | ` +
          `${percentile(http, 50).toFixed(2)} | ${percentile(http, 99).toFixed(2)} | ${capped} |\n`,
      );
    }
  } finally {
    await dispose();
  }
}
