// `npm run reliability:soak`: the mixed requests for --duration seconds (10 minutes by default) against the API
// as it runs (src/main.ts in its own process, on 127.0.0.1), with its memory sampled every --sample seconds after
// a garbage collection (RSS, heap, external). Memory is flat if, after the first --warmup seconds, neither the
// heap nor the RSS keeps growing: the slope of a least-squares line through the samples is reported per minute,
// with the growth from the first minute after the warm-up to the last. Exits with 1 if a request failed or the
// heap grew more than --max-growth MiB. Figures go to docs/reliability.md.
//
//   npm run reliability:soak -- --duration 600 --connections 50 --target pglite|postgres
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApi } from './lib/api-process.js';
import type { ApiProcess, MemorySample } from './lib/api-process.js';
import { describeLoad, runLoad } from './lib/load.js';
import type { ResponseEvent } from './lib/load.js';
import { machine, prepareServer, utcNow } from './lib/prepare.js';
import { mixedRequests, readCommunes } from './lib/query-mix.js';
import { createThrowawayPostgres } from './lib/throwaway-postgres.js';
import type { ThrowawayPostgres } from './lib/throwaway-postgres.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    connections: { type: 'string', default: '50' },
    target: { type: 'string', default: 'pglite' },
    sample: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '60' },
    'max-growth': { type: 'string', default: '20' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const sampleSeconds = Number(values.sample);
const warmupSeconds = Number(values.warmup);
const maxGrowth = Number(values['max-growth']);
if (!(duration >= 10 && duration <= 3_600 && connections >= 1 && connections <= 1_000)) {
  throw new Error('--duration must be 10 to 3600 seconds and --connections 1 to 1000.');
}

const MiB = 2 ** 20;
const communes = readCommunes();
const paths = mixedRequests(communes, 1_000_000, 31).map((request) => request.path);

process.stdout.write(
  `Reliability soak, ${utcNow()}, ${await machine()}\n${values.target}, ${connections} connections for ${duration} s, ` +
    `memory every ${sampleSeconds} s after a garbage collection\n`,
);

let api: ApiProcess | undefined;
let postgres: ThrowawayPostgres | undefined;
let dataDir: string | undefined;
let failed: boolean | undefined;
try {
  let env: Record<string, string>;
  if (values.target === 'postgres') {
    postgres = await createThrowawayPostgres();
    await prepareServer(postgres.url);
    env = { DATABASE_URL: postgres.url };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'inclusion-reliability-soak-'));
    env = { PGLITE_DATA_DIR: dataDir };
  }
  api = await startApi({ env, memoryProbeMs: sampleSeconds * 1000 });
  const running = api;
  const startedAt = Date.now();
  const minutes = new Map<number, { count: number; statuses: Record<string, number>; slowest: number }>();
  const onResponse = (event: ResponseEvent) => {
    const minute = Math.floor(event.at / 60_000);
    const entry = minutes.get(minute) ?? { count: 0, statuses: {}, slowest: 0 };
    entry.count += 1;
    entry.statuses[event.status] = (entry.statuses[event.status] ?? 0) + 1;
    entry.slowest = Math.max(entry.slowest, event.ms);
    minutes.set(minute, entry);
  };
  const progress = setInterval(() => {
    const last = running.memory.at(-1);
    if (last) {
      process.stdout.write(
        `  ${Math.round((Date.now() - startedAt) / 1000)} s: RSS ${(last.usage.rss / MiB).toFixed(1)} MiB, ` +
          `heap ${(last.usage.heapUsed / MiB).toFixed(1)} MiB\n`,
      );
    }
  }, 60_000);
  const result = await runLoad({ url: api.url, paths, connections, duration, onResponse });
  clearInterval(progress);
  await new Promise((resolve) => setTimeout(resolve, sampleSeconds * 1000 + 500));

  const samples = api.memory.filter(
    (sample) => sample.at >= startedAt && sample.at <= startedAt + duration * 1000,
  );
  const steady = samples.filter((sample) => sample.at >= startedAt + warmupSeconds * 1000);
  const minuteOf = (sample: MemorySample) => (sample.at - startedAt) / 60_000;
  const slope = (pick: (sample: MemorySample) => number): number => {
    const n = steady.length;
    if (n < 2) return Number.NaN;
    const xs = steady.map(minuteOf);
    const ys = steady.map((sample) => pick(sample) / MiB);
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let num = 0;
    let den = 0;
    xs.forEach((x, i) => {
      num += (x - mx) * ((ys[i] ?? 0) - my);
      den += (x - mx) ** 2;
    });
    return num / den;
  };
  const firstMinute = steady.filter((sample) => minuteOf(sample) < warmupSeconds / 60 + 1);
  const lastMinute = steady.filter((sample) => minuteOf(sample) >= duration / 60 - 1);
  const mean = (list: MemorySample[], pick: (sample: MemorySample) => number) =>
    list.reduce((sum, sample) => sum + pick(sample), 0) / Math.max(1, list.length) / MiB;
  const figures = {
    rss: (sample: MemorySample) => sample.usage.rss,
    heapUsed: (sample: MemorySample) => sample.usage.heapUsed,
    external: (sample: MemorySample) => sample.usage.external,
  };

  process.stdout.write(
    `\n  load: ${describeLoad(result)}\n\n| minute | requests | statuses | slowest ms |\n|---|---|---|---|\n`,
  );
  for (const [minute, entry] of [...minutes.entries()].sort((a, b) => a[0] - b[0])) {
    process.stdout.write(
      `| ${minute + 1} | ${entry.count} | ${Object.entries(entry.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ')} | ${entry.slowest.toFixed(0)} |\n`,
    );
  }
  process.stdout.write(
    '\n| s | RSS MiB | heap used MiB | heap total MiB | external MiB | loop p99 ms | loop max ms |\n',
  );
  process.stdout.write('|---|---|---|---|---|---|---|\n');
  for (const sample of samples) {
    process.stdout.write(
      `| ${Math.round((sample.at - startedAt) / 1000)} | ${(sample.usage.rss / MiB).toFixed(1)} | ` +
        `${(sample.usage.heapUsed / MiB).toFixed(1)} | ${(sample.usage.heapTotal / MiB).toFixed(1)} | ` +
        `${(sample.usage.external / MiB).toFixed(1)} | ${sample.loop.p99.toFixed(0)} | ${sample.loop.max.toFixed(0)} |\n`,
    );
  }
  process.stdout.write(
    `\n| after ${warmupSeconds} s | first minute MiB | last minute MiB | growth MiB | slope MiB/min |\n|---|---|---|---|---|\n`,
  );
  for (const [name, pick] of Object.entries(figures)) {
    const first = mean(firstMinute, pick);
    const last = mean(lastMinute, pick);
    process.stdout.write(
      `| ${name} | ${first.toFixed(1)} | ${last.toFixed(1)} | ${(last - first).toFixed(1)} | ${slope(pick).toFixed(2)} |\n`,
    );
  }
  const heapGrowth = mean(lastMinute, figures.heapUsed) - mean(firstMinute, figures.heapUsed);
  const requestsFailed =
    result.errors > 0 || Object.keys(result.statuses).some((status) => Number(status) >= 400);
  failed = requestsFailed || !(heapGrowth <= maxGrowth) || api.child.exitCode !== null;
  process.stdout.write(
    `\n${failed ? 'FAILED' : 'OK'}: ${result.errors} failed requests, heap growth ${heapGrowth.toFixed(1)} MiB ` +
      `(limit ${maxGrowth} MiB).\n`,
  );
} finally {
  await api?.stop();
  postgres?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
