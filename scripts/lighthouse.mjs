// Lighthouse on every demo page (issue 8): builds the demo as `npm start` does, serves it with the API on a
// throwaway embedded database (127.0.0.1 only), runs Lighthouse's default mobile profile (Moto G Power, simulated
// slow 4G and 4× CPU) in Debian Chromium on each page, `--runs` times, and prints the medians: performance and
// accessibility scores, FCP, LCP, TBT, CLS. Then, since one viewport says little about layout shifts, loads each
// page at eight widths from 280 to 1280 px (Playwright, 150 ms RTT, 1.6 Mbit/s) and reports its layout shifts
// with the elements that moved (Lighthouse 12's own "layout-shifts" audit fails on this Chromium's traces). Not
// part of `npm test` (about 20 s a load); figures in docs/performance.md.
//
//   npm run bench:lighthouse -- [--runs 3] [--port 8191] [--json results.json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { startApi } from './bench-load/prepare.mjs';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '8191' },
    json: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${options.runs}`);

/** The demo pages, each with what it shows first. */
const pages = [
  { path: '/index.html', what: 'the commune site with the venue finder' },
  { path: '/quiz.html', what: 'the quiz' },
  { path: '/orientation.html', what: 'the orientation' },
];

const executablePath = chromiumPath();
if (!executablePath)
  throw new Error('No Chromium found: sudo apt-get install -y chromium (or set CHROME_PATH)');

const log = (message) => console.error(`[bench:lighthouse] ${message}`);
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));

log('building the demo (scripts/build-demo.mjs)');
const demo = spawnSync(process.execPath, [join(root, 'scripts/build-demo.mjs')], { stdio: 'ignore' });
if (demo.status !== 0) throw new Error('the demo build failed: run node scripts/build-demo.mjs');

const api = await startApi({
  port: Number(options.port),
  siteDir: join(root, 'demo'),
  logFile: join(dir, 'api.log'),
});
const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: ['--headless=new', ...chromiumArgs, '--disable-extensions'],
});

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The figures of one Lighthouse report. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  return {
    performance: lhr.categories.performance?.score,
    accessibility: lhr.categories.accessibility?.score,
    fcp: audit('first-contentful-paint')?.numericValue,
    lcp: audit('largest-contentful-paint')?.numericValue,
    tbt: audit('total-blocking-time')?.numericValue,
    cls: audit('cumulative-layout-shift')?.numericValue,
    failedAccessibility: (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => audit(ref.id))
      .filter((result) => result && result.score !== null && result.score < 1)
      .map((result) => result.id),
  };
}

const results = [];
let version = '';
try {
  for (const page of pages) {
    const url = `${api.origin}${page.path}`;
    const loads = [];
    for (let run = 1; run <= runs; run += 1) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      version = lhr.lighthouseVersion;
      const load = figures(lhr);
      loads.push(load);
      log(
        `run ${run}/${runs} ${page.path.padEnd(18)} performance ${Math.round(load.performance * 100)} ` +
          `accessibility ${Math.round(load.accessibility * 100)} LCP ${Math.round(load.lcp)} ms ` +
          `TBT ${Math.round(load.tbt)} ms CLS ${load.cls.toFixed(3)}`,
      );
    }
    results.push({ ...page, loads });
  }
  for (const result of results) result.shifts = await layoutShifts(`${api.origin}${result.path}`);
} finally {
  await chrome.kill();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (value) => (value === undefined ? '—' : `${(value / 1000).toFixed(2)} s`);
console.log(`Lighthouse ${version} (mobile: simulated slow 4G, 4× CPU), medians of ${runs} loads`);
console.log('| page | performance | accessibility | FCP | LCP | TBT | CLS | layout shifts, 280–1280 px |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const { path, what, loads, shifts } of results) {
  const pick = (key) => median(loads.map((load) => load[key]));
  const failed = [...new Set(loads.flatMap((load) => load.failedAccessibility))];
  const shifted = shifts.filter((shift) => shift.cls > 0);
  console.log(
    `| ${path} (${what}) | ${Math.round(pick('performance') * 100)} | ${Math.round(pick('accessibility') * 100)}` +
      `${failed.length ? ` (${failed.join(', ')})` : ''} | ${ms(pick('fcp'))} | ${ms(pick('lcp'))} | ` +
      `${Math.round(pick('tbt'))} ms | ${pick('cls').toFixed(3)} | ` +
      `${shifted.map((shift) => `${shift.width} px: ${shift.cls.toFixed(3)} (${shift.moved.join(', ')})`).join('; ') || 'none'} |`,
  );
}
if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);

/**
 * The layout shifts of a page at each width, on a slow connection, until the network is idle and a second more:
 * their sum (the page's CLS, shifts after an input excluded) and the elements that moved.
 */
async function layoutShifts(url) {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const found = [];
  try {
    for (const width of [280, 320, 360, 412, 600, 768, 1024, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1.6e6 / 8,
        uploadThroughput: 750e3 / 8,
      });
      await page.addInitScript(() => {
        const record = { cls: 0, moved: [] };
        Object.defineProperty(globalThis, '__layoutShifts', { value: record });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            record.cls += entry.value;
            for (const source of entry.sources) {
              const node = source.node;
              record.moved.push(
                node?.localName ? `${node.localName}${node.id ? `#${node.id}` : ''}` : 'text',
              );
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const record = await page.evaluate(() => globalThis.__layoutShifts);
      found.push({ width, cls: record.cls, moved: [...new Set(record.moved)] });
      log(`layout shifts ${new URL(url).pathname} at ${width} px: ${record.cls.toFixed(3)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return found;
}
