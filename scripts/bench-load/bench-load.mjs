// `npm run bench:load`: our venue finder and the national map (@gouvfr-anct/cartographie-nationale 5.22.0,
// "CN5", installed from the npm registry into a temporary folder at each run) side by side, on the same real
// places, in Debian Chromium emulating a mid-range phone on slow 4G, cold cache. For each: bytes received, time
// and total blocking time before a usable list, then the same until the map shows places (tapped for as soon as
// the list is usable). Medians of --runs cold loads, and the ratios ours/CN5. Not part of `npm test`.
// Method and results: docs/bench-load.md.
//
//   npm run bench:load -- [--runs 5] [--port 8190] [--territory departement:69] [--departement-name Rhône]
//                         [--timeout 180] [--json results.json] [--keep]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium-path.mjs';
import { device, measureOnce, throttling } from './measure.mjs';
import { buildOurs, cn5Package, installCn5, startApi, writePages } from './prepare.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '8190' },
    territory: { type: 'string', default: 'departement:69' },
    'departement-name': { type: 'string', default: 'Rhône' },
    timeout: { type: 'string', default: '180' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const timeoutMs = Number(options.timeout) * 1000;
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${options.runs}`);
if (!/^departement:\w+$/.test(options.territory)) {
  throw new Error(`--territory must be a département (departement:69): CN5 lists places by département`);
}

const executablePath = chromiumPath();
if (!executablePath)
  throw new Error('No Chromium found: sudo apt-get install -y chromium (or set CHROME_PATH)');

const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const siteDir = join(dir, 'site');
const log = (message) => console.error(`[bench:load] ${message}`);
let api;
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => undefined);
  await api?.stop().catch(() => undefined);
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

const median = (values) => {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  log(`temporary folder ${dir}${options.keep ? ' (kept)' : ''}`);
  log(`installing ${cn5Package} from the npm registry…`);
  const cn5 = installCn5(dir, siteDir);
  log(`building <inclusion-venue-finder> as the demo serves it…`);
  await buildOurs(siteDir);
  log(`starting the API on 127.0.0.1:${options.port} (in-memory database, committed places)…`);
  api = await startApi({ port: Number(options.port), siteDir, logFile: join(dir, 'api.log') });
  const pages = await writePages({
    siteDir,
    origin: api.origin,
    territory: options.territory,
    departementName: options['departement-name'],
  });
  log(
    `CN5 sources: every place ${pages['cn5-all'].places} (${pages['cn5-all'].dropped} dropped), ` +
      `${options.territory} ${pages['cn5-territory'].places} (${pages['cn5-territory'].dropped} dropped)`,
  );

  browser = await chromium.launch({
    executablePath,
    args: [
      ...chromiumArgs,
      '--disable-extensions',
      // Nothing leaves this machine: any other host fails at once (CN5's basemap tiles, sprite and glyphs).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const targets = [
    { name: 'ours', widget: 'ours', url: `${api.origin}/ours/list/` },
    { name: 'cn5-all', widget: 'cn5', url: `${api.origin}${pages['cn5-all'].url}` },
    { name: 'cn5-territory', widget: 'cn5', url: `${api.origin}${pages['cn5-territory'].url}` },
  ];
  /** @type {Record<string, Awaited<ReturnType<typeof measureOnce>>[]>} */
  const results = Object.fromEntries(targets.map((target) => [target.name, []]));
  // Interleaved, so that a slow moment of the machine hits every target alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const target of targets) {
      const result = await measureOnce(browser, { url: target.url, widget: target.widget, timeoutMs });
      results[target.name].push(result);
      log(
        `run ${run}/${runs} ${target.name.padEnd(13)} list ${(result.list.timeMs / 1000).toFixed(2)} s ` +
          `${(result.list.bytes / 1024).toFixed(1)} KB TBT ${Math.round(result.list.tbtMs)} ms | map ` +
          `${(result.map.timeMs / 1000).toFixed(2)} s ${(result.map.bytes / 1024).toFixed(1)} KB ` +
          `TBT ${Math.round(result.map.tbtMs)} ms`,
      );
    }
  }

  const summary = {};
  for (const [name, list] of Object.entries(results)) {
    const pick = (step, field) => median(list.map((result) => result[step][field]));
    summary[name] = {
      fcpMs: median(list.map((result) => result.fcpMs)),
      list: {
        timeMs: pick('list', 'timeMs'),
        bytes: pick('list', 'bytes'),
        bytesOnce: pick('list', 'bytesOnce'),
        tbtMs: pick('list', 'tbtMs'),
        requests: pick('list', 'requests'),
      },
      map: {
        timeMs: pick('map', 'timeMs'),
        bytes: pick('map', 'bytes'),
        bytesOnce: pick('map', 'bytesOnce'),
        tbtMs: pick('map', 'tbtMs'),
        requests: pick('map', 'requests'),
        afterTapMs: pick('map', 'afterTapMs'),
      },
      settled: {
        timeMs: pick('settled', 'timeMs'),
        bytes: pick('settled', 'bytes'),
        bytesOnce: pick('settled', 'bytesOnce'),
        requests: pick('settled', 'requests'),
      },
      blockedRequests: median(list.map((result) => result.blockedRequests.length)),
    };
  }

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const msText = (ms) => `${Math.round(ms)} ms`;
  const lines = [
    `| target | step | bytes | bytes, each URL once | time | TBT | requests |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const [name, figures] of Object.entries(summary)) {
    for (const step of ['list', 'map', 'settled']) {
      const f = figures[step];
      const tbt = f.tbtMs === undefined ? '' : msText(f.tbtMs);
      // After the map, "settled" is everything the page fetched; its time is that of the last byte.
      const time = step === 'settled' ? `last byte ${s(f.timeMs)}` : s(f.timeMs);
      lines.push(
        `| ${name} | ${step} | ${kb(f.bytes)} | ${kb(f.bytesOnce)} | ${time} | ${tbt} | ${f.requests} |`,
      );
    }
  }
  lines.push(
    '',
    `| ours / … | step | bytes | bytes, each URL once | time | TBT |`,
    `| --- | --- | ---: | ---: | ---: | ---: |`,
  );
  for (const name of ['cn5-all', 'cn5-territory']) {
    for (const step of ['list', 'map', 'settled']) {
      const ours = summary.ours[step];
      const theirs = summary[name][step];
      const ratio = (a, b) => (a !== undefined && b > 0 ? (a / b).toFixed(3) : '');
      lines.push(
        `| ${name} | ${step} | ${ratio(ours.bytes, theirs.bytes)} (1/${(theirs.bytes / ours.bytes).toFixed(1)}) | ` +
          `${ratio(ours.bytesOnce, theirs.bytesOnce)} (1/${(theirs.bytesOnce / ours.bytesOnce).toFixed(1)}) | ` +
          `${step === 'settled' ? '' : ratio(ours.timeMs, theirs.timeMs)} | ${ratio(ours.tbtMs, theirs.tbtMs)} |`,
      );
    }
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `\nMedians of ${runs} cold loads each (${new Date().toISOString()}, ${cpus().length} CPUs, load average ${load}):\n`,
  );
  console.log(lines.join('\n'));
  const report = {
    date: new Date().toISOString(),
    runs,
    territory: options.territory,
    cn5: { package: cn5Package, version: cn5.version },
    sources: { 'cn5-all': pages['cn5-all'], 'cn5-territory': pages['cn5-territory'] },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverage: loadavg(),
      node: process.version,
      chromium: browser.version(),
    },
    throttling,
    device,
    summary,
    results,
  };
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`results written to ${options.json}`);
  }
} finally {
  await cleanUp();
}
