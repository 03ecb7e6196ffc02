// `npm run bench:map`: the map at scale (issue 8). Serves `<inclusion-map>` (built as the demo builds widgets) and
// the API on 127.0.0.1, first with the committed real places (3,532, embedded database in memory), then with
// `--size` synthetic places (1,000,000 by default, around commune centres weighted by population) on PGlite or on
// the PostgreSQL server of DATABASE_URL, and drives Debian Chromium through the same journey on each: France, then
// Paris, zoomed in with the keyboard from country to street level (zoom 16) with pans on the way, and out again.
// Reports the frame times over the journey (requestAnimationFrame), the map answers' times and sizes (as
// transferred, compressed), and the features drawn. Not part of `npm test`; figures in docs/performance.md.
//
//   npm run bench:map -- [--size 1000000] [--target pglite|postgres] [--port 8197]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { createApp } from '../src/app.js';
import { loadSynthetic, openBenchDatabase, type BenchDatabase } from '../src/bench/target.js';
import { ensureCommunes } from '../src/communes/load.js';
import { openDatabase } from '../src/database.js';
import { createLogger } from '../src/logger.js';
import { migrate } from '../src/migrate.js';
import { seedIfEmpty } from '../src/seed.js';
import { listen } from '../src/server.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    target: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'pglite' },
    port: { type: 'string', default: '8197' },
  },
});
const size = Number(values.size);
const target = values.target as 'pglite' | 'postgres';
const port = Number(values.port);
const logger = createLogger({ level: 'silent' });
const log = (message: string) => process.stderr.write(`[bench:map] ${message}\n`);

interface WidgetBundle {
  buildWidget(options: { name: string; entry: string; outDir: string; firstStep: string }): Promise<unknown>;
}

// The page: the map alone, as large as a desktop split view, built as the demo builds widgets.
const site = mkdtempSync(join(tmpdir(), 'bench-map-'));
const { buildWidget } = (await import(
  pathToFileURL(join(root, 'scripts/widget-bundle.mjs')).href
)) as WidgetBundle;
log('building <inclusion-map>…');
await buildWidget({
  name: 'map',
  entry: 'packages/map/src/define.ts',
  outDir: join(site, 'build'),
  firstStep: 'map',
});
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Carte</title>
<link rel="icon" href="data:,"><style>body{margin:0}inclusion-map{--inclusion-map-height:760px}</style>
<script type="module" src="./build/map.js"></script></head>
<body><inclusion-map api="/"></inclusion-map></body></html>\n`,
);

interface Journey {
  frames: number[];
  answers: { ms: number; bytes: number }[];
  features: number[];
}

/** The journey, on a page already showing France: Paris, zoom in to 16 with pans, zoom out. */
async function drive(page: Page): Promise<Journey> {
  const answers: Journey['answers'] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/v1/lieux/carte')) return;
    void request.sizes().then((sizes) => {
      answers.push({ ms: request.timing().responseEnd, bytes: sizes.responseBodySize });
    });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  const map = page.locator('inclusion-map');
  const loaded = () =>
    page.evaluate(`new Promise((resolve) => document.querySelector('inclusion-map')
      .addEventListener('inclusion-map-load', (event) => resolve(event.total), { once: true }))`) as Promise<number>;
  await page.waitForFunction(`customElements.get('inclusion-map') !== undefined`);
  await page.waitForTimeout(3_000); // France drawn; its answer is in `answers`
  // As a string: tsx names functions with a helper (`__name`) that the page does not have.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    const tick = (now) => { frames.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    Object.defineProperty(globalThis, '__frames', { value: frames });
  })()`);
  const features: number[] = [];
  const counted = async (step: () => Promise<void>) => {
    const total = loaded();
    await step();
    features.push(await Promise.race([total, page.waitForTimeout(8_000).then(() => -1)]));
  };
  await counted(async () => {
    await page.evaluate(
      `document.querySelector('inclusion-map').focusArea = { lon: 2.3488, lat: 48.8534, radiusM: 150000 }`,
    );
  });
  await map.locator('canvas').focus();
  const press = async (key: string) => {
    await counted(async () => {
      await page.keyboard.press(key);
    });
    await page.waitForTimeout(300);
  };
  for (let zoom = 0; zoom < 9; zoom += 1) {
    await press('Equal');
    if (zoom % 3 === 2)
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) await press(key);
  }
  for (let zoom = 0; zoom < 11; zoom += 1) await press('Minus');
  const frames = (await page.evaluate('[...globalThis.__frames]')) as number[];
  return { frames, answers, features };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

async function measure(name: string, bench: BenchDatabase['database']): Promise<string> {
  const app = createApp({
    database: bench,
    logger,
    version: 'bench',
    staticDir: site,
    http: { rateLimits: { get: 0 } },
  });
  const server = await listen(app, { port, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { frames, answers, features } = await drive(page);
    const times = answers.map((answer) => answer.ms).filter((ms) => ms > 0);
    const slow = frames.filter((ms) => ms > 50).length;
    const drawn = features.filter((count) => count >= 0);
    return (
      `| ${name} | ${frames.length} | ${quantile(frames, 0.5).toFixed(1)} | ${quantile(frames, 0.95).toFixed(1)} | ` +
      `${quantile(frames, 0.99).toFixed(1)} | ${Math.max(...frames).toFixed(0)} | ${((100 * slow) / frames.length).toFixed(1)} % | ` +
      `${answers.length} | ${quantile(times, 0.5).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ` +
      `${(Math.max(...answers.map((answer) => answer.bytes)) / 1024).toFixed(1)} KB | ${Math.max(...drawn)} |`
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const rows: string[] = [];
try {
  log('real places: the committed files, embedded database in memory…');
  const real = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(real);
    await ensureCommunes(real);
    const { written } = await seedIfEmpty(real, logger, { seed: 'true' });
    rows.push(await measure(`${written.toLocaleString('en')} real places (PGlite)`, real));
  } finally {
    await real.close();
  }

  log(`${size.toLocaleString('en')} synthetic places on ${target}: loading (minutes at 1M)…`);
  const { database, dispose } = await openBenchDatabase(target);
  try {
    const { seconds } = await loadSynthetic(database, size);
    log(`loaded in ${seconds.toFixed(0)} s; driving Chromium…`);
    rows.push(await measure(`${size.toLocaleString('en')} synthetic places (${target})`, database));
  } finally {
    await dispose();
  }
} finally {
  rmSync(site, { recursive: true, force: true });
}

console.log(
  `The map from France to street level and back (1280×800, headless Chromium ${chromium.name()}, WebGL by SwiftShader)`,
);
console.log(
  '| places | frames | frame p50 ms | p95 ms | p99 ms | max ms | frames > 50 ms | map answers | answer p50 ms | max ms | largest answer | most places in view |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
