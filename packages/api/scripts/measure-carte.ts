// A measure (not a test): map answers (`carteLieux`, `GET /v1/lieux/carte` without filters) over synthetic places,
// read from the computed cells (`lieux_cellules`, migration 009) and by grouping the places themselves (the cells
// marked stale), viewport by viewport, and the time to compute the cells. Figures: docs/performance.md.
//
//   DATABASE_URL=postgres://… node --conditions=source --import tsx packages/api/scripts/measure-carte.ts [--size 1000000] [--targets postgres]
//
// A fresh database per target (PGlite on disk; a new schema on the server), the committed communes, synthetic places
// around commune centres weighted by population (src/bench/synthetic.ts), cells computed in the loading transaction,
// `VACUUM ANALYZE`. Each viewport is asked 5 times each way; the first answer is the cold one.
import { parseArgs } from 'node:util';
import type { CarteParams } from '@inclusion-widgets/core';
import { loadSynthetic, openBenchDatabase } from '../src/bench/target.js';
import { gridLevel, refreshCellules } from '../src/lieux/cellules.js';
import { carteLieux } from '../src/lieux/search.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    targets: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'pglite' },
    runs: { type: 'string', default: '5' },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
const targets = values.targets.split(',') as ('pglite' | 'postgres')[];

const viewports: Array<[string, CarteParams]> = [
  ['France, zoom 5', { bbox: [-5.5, 41, 10, 51.5], zoom: 5 }],
  ['France, zoom 6', { bbox: [-5.5, 41, 10, 51.5], zoom: 6 }],
  ['Île-de-France, zoom 8', { bbox: [1.4, 48.1, 3.6, 49.3], zoom: 8 }],
  ['Lille, zoom 10', { bbox: [2.9, 50.55, 3.2, 50.7], zoom: 10 }],
  ['Paris, zoom 11', { bbox: [2.2, 48.8, 2.5, 48.92], zoom: 11 }],
  ['Paris, zoom 12', { bbox: [2.25, 48.83, 2.42, 48.89], zoom: 12 }],
  ['Paris, zoom 13 (beyond the cells)', { bbox: [2.3, 48.84, 2.38, 48.88], zoom: 13 }],
];

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

for (const target of targets) {
  const { database, dispose } = await openBenchDatabase(target);
  try {
    process.stderr.write(`[measure-carte] ${size.toLocaleString('en')} places on ${target}: loading…\n`);
    await loadSynthetic(database, size);
    const refreshTimes: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await database.transaction(refreshCellules);
      refreshTimes.push(performance.now() - started);
    }
    const { rows } = await database.query<{ n: number }>('SELECT count(*)::integer AS n FROM lieux_cellules');
    process.stdout.write(
      `\nMap answers over ${size.toLocaleString('en')} synthetic places on ${target}, no filter; ` +
        `cells computed in ${refreshTimes.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s ` +
        `(${(rows[0]?.n ?? 0).toLocaleString('en')} cells, levels −2 to 12)\n\n` +
        '| viewport | grid level | features | places counted (cells / grouped) | cells: first ms | median ms | grouped: first ms | median ms |\n' +
        '|---|---:|---:|---:|---:|---:|---:|---:|\n',
    );
    for (const [name, params] of viewports) {
      const time = async () => {
        const times: number[] = [];
        let answer = await carteLieux(database, params);
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          answer = await carteLieux(database, params);
          times.push(performance.now() - started);
        }
        return { times, answer };
      };
      const cells = await time();
      await database.query('UPDATE lieux_cellules_etat SET version = version + 1');
      const grouped = await time();
      await database.transaction(refreshCellules);
      const features = cells.answer.clusters.length + cells.answer.points.length;
      process.stdout.write(
        `| ${name} | ${gridLevel(params.bbox, params.zoom)} | ${features} | ` +
          `${cells.answer.total.toLocaleString('en')} / ${grouped.answer.total.toLocaleString('en')} | ` +
          `${cells.times[0]?.toFixed(0)} | ${median(cells.times).toFixed(1)} | ` +
          `${grouped.times[0]?.toFixed(0)} | ${median(grouped.times).toFixed(1)} |\n`,
      );
    }
  } finally {
    await dispose();
  }
}
