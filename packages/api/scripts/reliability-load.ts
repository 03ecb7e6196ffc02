// `npm run reliability:load`: many concurrent connections on a realistic mix of requests, against the API as it
// runs (src/main.ts in its own process, 127.0.0.1 only), on the embedded PGlite and on a PostgreSQL server of
// its own (a throwaway cluster in a temporary directory). Bounded: one run of --duration seconds per target.
// Exits with 1 if any request failed or got a 4xx or 5xx. Figures go to docs/reliability.md.
//
//   npm run reliability:load -- --connections 200 --duration 60 --targets pglite,postgres
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApi } from './lib/api-process.js';
import type { ApiProcess } from './lib/api-process.js';
import { describeLoad, ms, runLoad } from './lib/load.js';
import type { LoadResult } from './lib/load.js';
import { prepareServer, machine, utcNow } from './lib/prepare.js';
import { mixShares, mixedRequests, readCommunes } from './lib/query-mix.js';
import { createThrowawayPostgres } from './lib/throwaway-postgres.js';
import type { ThrowawayPostgres } from './lib/throwaway-postgres.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    targets: { type: 'string', default: 'pglite,postgres' },
    warmup: { type: 'string', default: '5' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const targets = values.targets.split(',').map((target) => target.trim()) as ('pglite' | 'postgres')[];
if (!(connections >= 1 && connections <= 1_000 && duration >= 1 && duration <= 600)) {
  throw new Error('--connections must be 1 to 1000 and --duration 1 to 600 seconds.');
}

const communes = readCommunes();
const paths = mixedRequests(communes, 400_000, 11).map((request) => request.path);
const rows: { target: string; result: LoadResult; rssMiB: number; loopMaxMs: number }[] = [];

process.stdout.write(
  `Reliability load, ${utcNow()}, ${await machine()}\n` +
    `${connections} connections for ${duration} s per target, after a ${warmup} s warm-up; mix: ${Object.entries(
      mixShares,
    )
      .map(([kind, share]) => `${kind} ${Math.round(share * 100)} %`)
      .join(', ')}\n`,
);

for (const target of targets) {
  let api: ApiProcess | undefined;
  let postgres: ThrowawayPostgres | undefined;
  let dataDir: string | undefined;
  try {
    let env: Record<string, string>;
    if (target === 'postgres') {
      postgres = await createThrowawayPostgres();
      const count = await prepareServer(postgres.url);
      process.stdout.write(`\npostgres: throwaway cluster on port ${postgres.port}, ${count} places\n`);
      env = { DATABASE_URL: postgres.url };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'inclusion-reliability-pglite-'));
      process.stdout.write(`\npglite: ${dataDir} (first start: communes and the committed places)\n`);
      env = { PGLITE_DATA_DIR: dataDir };
    }
    api = await startApi({ env, memoryProbeMs: 5_000, collectGarbage: false });
    // A short warm-up on other requests of the mix (JIT, pools, PGlite's buffers), not counted.
    await runLoad({ url: api.url, paths: paths.slice(200_000), connections: 20, duration: warmup });
    const samplesBefore = api.memory.length;
    const result = await runLoad({ url: api.url, paths, connections, duration });
    // The samples taken during the run (one more arrives within the probe's interval).
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const during = api.memory.slice(samplesBefore);
    const rssMiB = Math.max(...during.map((sample) => sample.usage.rss)) / 2 ** 20;
    const loopMaxMs = Math.max(...during.map((sample) => sample.loop.max));
    rows.push({ target, result, rssMiB, loopMaxMs });
    process.stdout.write(
      `${target}: ${describeLoad(result)}; peak RSS ${rssMiB.toFixed(0)} MiB; longest event-loop stall ${loopMaxMs.toFixed(0)} ms\n`,
    );
  } finally {
    await api?.stop();
    postgres?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

process.stdout.write(
  '\n| target | connections | seconds | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | statuses | errors (timeouts) | peak RSS MiB | longest loop stall ms |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n',
);
for (const { target, result, rssMiB, loopMaxMs } of rows) {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  process.stdout.write(
    `| ${target} | ${result.connections} | ${result.seconds} | ${result.requests} | ${result.rps} | ${ms(result.p50)} | ` +
      `${ms(result.p90)} | ${ms(result.p99)} | ${ms(result.max)} | ${statuses} | ${result.errors} (${result.timeouts}) | ${rssMiB.toFixed(0)} | ${loopMaxMs.toFixed(0)} |\n`,
  );
}
const failed = rows.some(
  ({ result }) => result.errors > 0 || Object.keys(result.statuses).some((status) => Number(status) >= 400),
);
process.stdout.write(failed ? '\nFAILED: some requests failed.\n' : '\nOK: no request failed.\n');
process.exitCode = failed ? 1 : 0;
