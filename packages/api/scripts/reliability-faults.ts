// `npm run reliability:faults`: two faults, on 127.0.0.1 only, bounded in time. Figures go to docs/reliability.md.
//
// 1. PostgreSQL stopped and restarted under load. A throwaway cluster (temporary directory, free port; the shared
//    development server is never touched) serves the API; autocannon loads it with the mixed requests while a
//    probe asks for a new search every 100 ms. After --before seconds the cluster is stopped (`pg_ctl stop -m
//    fast`), --down seconds later started again. Checked: while it is down every answer is a 200 (answer cache,
//    quiz) or a 503 application/problem+json with Retry-After, never a 500, never a hang (no timeout); once
//    PostgreSQL accepts connections again, the API answers the probe with 200 within 5 s, without a restart.
// 2. PGlite killed with `kill -9` in the middle of an import, --kills times: the CLI import of a file of new places
//    (`inclusion-api import`), and the HTTP import (`POST /v1/admin/import`) into a running server. Each time the
//    process is killed while its transaction writes (PGlite's write-ahead log is seen growing), then the server
//    starts again on the same directory (the lock file left by the killed process must not stop it). Checked:
//    the server starts and answers, and the file's places are all there or none is.
//
//   npm run reliability:faults -- [--only postgres|pglite] [--kills 4] [--connections 50]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random, syntheticLieux } from '../src/bench/synthetic.js';
import { LOCK_FILE_NAME } from '../src/data-dir-lock.js';
import { openDatabase } from '../src/database.js';
import { analyseImport } from '../src/import/import.js';
import { standardV1CsvHeader, standardV1CsvRow } from '../src/import/standard-v1.js';
import { startApi } from './lib/api-process.js';
import type { ApiProcess } from './lib/api-process.js';
import { describeLoad, ms, runLoad } from './lib/load.js';
import type { ResponseEvent } from './lib/load.js';
import { machine, prepareServer, utcNow } from './lib/prepare.js';
import { mixedRequests, readCommunes } from './lib/query-mix.js';
import { createThrowawayPostgres } from './lib/throwaway-postgres.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    connections: { type: 'string', default: '50' },
    before: { type: 'string', default: '10' },
    down: { type: 'string', default: '10' },
    after: { type: 'string', default: '15' },
    kills: { type: 'string', default: '4' },
    places: { type: 'string', default: '20000' },
  },
});
const connections = Number(values.connections);
const [before, down, after] = [Number(values.before), Number(values.down), Number(values.after)];
const kills = Math.min(20, Number(values.kills));
const places = Math.min(200_000, Number(values.places));
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const communes = readCommunes();
const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));
let failures = 0;
const check = (ok: boolean, what: string): void => {
  process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) failures += 1;
};

process.stdout.write(`Reliability faults, ${utcNow()}, ${await machine()}\n`);

if (values.only !== 'pglite') await postgresOutage();
if (values.only !== 'postgres') await pgliteKills();
process.stdout.write(failures ? `\nFAILED: ${failures} checks failed.\n` : '\nOK: every check passed.\n');
process.exitCode = failures ? 1 : 0;

/** One probe request: a search never asked before (so never in the answer cache). */
interface Probe {
  at: number;
  status: number;
  ms: number;
  type: string;
  retryAfter: string | null;
  problemStatus?: number;
  error?: string;
}

async function postgresOutage(): Promise<void> {
  process.stdout.write(
    `\n1. PostgreSQL stopped for ${down} s under ${connections} connections (after ${before} s, then ${after} s more)\n`,
  );
  const postgres = await createThrowawayPostgres();
  let api: ApiProcess | undefined;
  try {
    await prepareServer(postgres.url);
    api = await startApi({ env: { DATABASE_URL: postgres.url } });
    const url = api.url;
    const paths = mixedRequests(communes, 300_000, 23).map((request) => request.path);
    const start = performance.now();
    const since = () => performance.now() - start;
    const events: ResponseEvent[] = [];
    const load = runLoad({
      url,
      paths,
      connections,
      duration: before + down + after,
      onResponse: (event) => events.push(event),
    });

    // The probe: a new search every 100 ms, with its status, type, Retry-After and time.
    const probes: Probe[] = [];
    let probing = true;
    const next = random(5);
    const probeLoop = (async () => {
      while (probing) {
        const at = since();
        const lat = (43 + next() * 6).toFixed(5);
        const lon = (-1 + next() * 7).toFixed(5);
        const probe: Probe = { at, status: 0, ms: 0, type: '', retryAfter: null };
        try {
          const response = await fetch(`${url}/v1/lieux?lat=${lat}&lon=${lon}&rayon=15000`, {
            signal: AbortSignal.timeout(10_000),
          });
          probe.status = response.status;
          probe.type = response.headers.get('Content-Type') ?? '';
          probe.retryAfter = response.headers.get('Retry-After');
          const body = (await response.json()) as { status?: number };
          if (response.status !== 200) probe.problemStatus = body.status ?? 0;
        } catch (error) {
          probe.error = error instanceof Error ? error.name : String(error);
        }
        probe.ms = since() - at;
        probes.push(probe);
        await sleep(Math.max(0, 100 - probe.ms));
      }
    })();

    await sleep(before * 1000);
    const stopAt = since();
    postgres.stop();
    const stoppedAt = since();
    const healthDown = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }).catch(
      (error: unknown) => new Response(JSON.stringify({ error: String(error) }), { status: 599 }),
    );
    const healthDownBody = (await healthDown.json()) as { status?: number };
    await sleep(down * 1000 - (since() - stopAt));
    const startAt = since();
    postgres.start(); // returns once PostgreSQL accepts connections
    const readyAt = since();
    let healthUpAt = Number.NaN;
    for (let i = 0; i < 100; i++) {
      const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }).catch(
        () => undefined,
      );
      if (health?.status === 200) {
        healthUpAt = since();
        break;
      }
      await sleep(50);
    }
    const result = await load;
    probing = false;
    await probeLoop;

    const during = probes.filter((probe) => probe.at >= stoppedAt && probe.at + probe.ms <= startAt);
    const firstOk = probes.find((probe) => probe.at >= readyAt && probe.status === 200);
    const afterOk = probes.filter((probe) => firstOk && probe.at >= firstOk.at);
    const recoverySeconds = firstOk ? (firstOk.at + firstOk.ms - readyAt) / 1000 : Number.NaN;
    const outage = events.filter((event) => event.at >= stoppedAt && event.at <= startAt);
    const outageStatuses: Record<string, number> = {};
    for (const event of outage) outageStatuses[event.status] = (outageStatuses[event.status] ?? 0) + 1;
    const outageMax = Math.max(0, ...outage.map((event) => event.ms));
    const probeMax = Math.max(0, ...during.map((probe) => probe.ms));

    process.stdout.write(
      `  load: ${describeLoad(result)}\n` +
        `  stopped at ${(stoppedAt / 1000).toFixed(1)} s (pg_ctl took ${ms(stoppedAt - stopAt)} ms), started at ` +
        `${(startAt / 1000).toFixed(1)} s, accepting connections at ${(readyAt / 1000).toFixed(1)} s\n` +
        `  while down, load answers: ${JSON.stringify(outageStatuses)}, slowest ${ms(outageMax)} ms\n` +
        `  while down, probe answers: ${during.length} (${during.filter((probe) => probe.status === 503).length} × 503), slowest ${ms(probeMax)} ms\n` +
        `  /health while down: ${healthDown.status} ${healthDown.headers.get('Content-Type')} Retry-After ${healthDown.headers.get('Retry-After')}\n` +
        `  first probe 200 ${ms(recoverySeconds * 1000)} ms after PostgreSQL accepted connections; /health 200 after ${ms(healthUpAt - readyAt)} ms\n`,
    );
    check(
      result.errors === 0,
      `no request failed or timed out under load (errors ${result.errors}, timeouts ${result.timeouts})`,
    );
    check(!Object.keys(result.statuses).some((status) => status === '500'), 'no 500 at any time');
    check(
      Object.keys(outageStatuses).every((status) => status === '200' || status === '503'),
      `while down, only 200 (cached or no database) and 503: ${JSON.stringify(outageStatuses)}`,
    );
    check(
      during.length > 0 &&
        during.every(
          (probe) =>
            probe.status === 503 &&
            probe.type === 'application/problem+json' &&
            probe.problemStatus === 503 &&
            probe.retryAfter === '5',
        ),
      'every probe while down got 503 application/problem+json with Retry-After: 5',
    );
    check(
      healthDown.status === 503 &&
        healthDown.headers.get('Content-Type') === 'application/problem+json' &&
        healthDownBody.status === 503,
      '/health answered 503 problem+json while down',
    );
    check(recoverySeconds <= 5, `recovered within 5 s (${recoverySeconds.toFixed(2)} s), without a restart`);
    check(
      afterOk.every((probe) => probe.status === 200),
      'every probe after recovery answered 200',
    );
    check(api.child.exitCode === null, 'the API process kept running');
    if (failures > 0) process.stdout.write(`  the API's output:\n${api.output().slice(-5_000)}\n`);
  } finally {
    await api?.stop();
    postgres.dispose();
  }
}

/** The names, sizes and modification times of PGlite's write-ahead log files: they change while a transaction writes. */
function walSignature(dataDir: string): string {
  const wal = join(dataDir, 'pg_wal');
  if (!existsSync(wal)) return '';
  return readdirSync(wal)
    .map((name) => {
      const stat = statSync(join(wal, name), { throwIfNoEntry: false });
      return stat?.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
    })
    .join(',');
}

/** A file to import, and what a whole import of it writes (synthetic rows the importer rejects are reported, not written). */
interface ImportFile {
  file: string;
  valid: number;
  firstId: string;
  lastId: string;
}

/** A standard v1 CSV of `places` new places whose ids start with `prefix`, checked as the import checks it. */
function importFile(dir: string, prefix: string, seed: number): ImportFile {
  const lines = [standardV1CsvHeader()];
  let index = 0;
  for (const batch of syntheticLieux(communes, places, { seed, batchSize: 5_000 })) {
    for (const lieu of batch) lines.push(standardV1CsvRow({ ...lieu, id: `${prefix}${index++}` }));
  }
  const text = lines.join('');
  const file = join(dir, `${prefix}lieux.csv`);
  writeFileSync(file, text);
  const { lieux, report } = analyseImport(text, { format: 'standard-v1' });
  return { file, valid: report.valid, firstId: lieux[0]?.id ?? '', lastId: lieux.at(-1)?.id ?? '' };
}

/**
 * Resolves with the milliseconds until the write-ahead log keeps moving (10 changes in a row, 20 ms apart: the
 * import's transaction writes; opening the database moves it once or twice), or until `exited` resolves.
 */
async function steadyWriting(dataDir: string, exited: Promise<unknown>): Promise<number> {
  let finished = false;
  void exited.then(() => (finished = true));
  const start = performance.now();
  let previous = walSignature(dataDir);
  let moves = 0;
  while (!finished && moves < 10 && performance.now() - start < 300_000) {
    await sleep(20);
    const now = walSignature(dataDir);
    moves = now === previous ? 0 : moves + 1;
    previous = now;
  }
  return performance.now() - start;
}

async function countWithPrefix(dataDir: string, prefix: string): Promise<{ mine: number; all: number }> {
  const database = await openDatabase({ dataDir });
  try {
    const { rows } = await database.query<{ mine: number; all: number }>(
      'SELECT count(*) FILTER (WHERE id LIKE $1) AS mine, count(*) AS all FROM lieux',
      [`${prefix}%`],
    );
    return rows[0] ?? { mine: -1, all: -1 };
  } finally {
    await database.close();
  }
}

async function pgliteKills(): Promise<void> {
  process.stdout.write(
    `\n2. PGlite killed with kill -9 during imports of ${places} places, ${kills} times\n`,
  );
  const work = mkdtempSync(join(tmpdir(), 'inclusion-reliability-kill-'));
  const dataDir = join(work, 'pglite');
  const adminToken = 'reliability-faults';
  try {
    // First start: communes and the committed places, as `npm start` does.
    const first = await startApi({ env: { PGLITE_DATA_DIR: dataDir } });
    await first.stop();
    let expected = (await countWithPrefix(dataDir, 'none-')).all;
    process.stdout.write(`  ${dataDir}: ${expected} places after the first start\n`);

    // A control: the same import to its end, timed, so that the kills below land inside its transaction.
    const controlImport = importFile(work, 'control-', 99);
    const controlFile = controlImport.file;
    const controlStart = performance.now();
    const control = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        'src/cli.ts',
        'import',
        controlFile,
        '--format',
        'standard-v1',
      ],
      {
        cwd: packageDir,
        env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: 'ignore',
      },
    );
    const controlExit = new Promise<number | null>((resolve) => control.once('exit', resolve));
    const writingFrom = await steadyWriting(dataDir, controlExit);
    const controlCode = await controlExit;
    const importMs = performance.now() - controlStart;
    const controlCount = await countWithPrefix(dataDir, 'control-');
    expected += controlCount.mine;
    process.stdout.write(
      `  control import, not killed: exit ${controlCode}, ${controlCount.mine} places written in ${ms(importMs)} ms ` +
        `(the log writes steadily from ${ms(writingFrom)} ms); ${controlImport.valid} rows of ${places} valid\n`,
    );
    check(
      controlCode !== null && controlCount.mine === controlImport.valid,
      'control: a whole import writes every valid row (exit 1: some synthetic rows are rejected, as reported)',
    );
    rmSync(controlFile, { force: true });

    for (let trial = 0; trial < kills; trial += 1) {
      const via = trial % 2 === 0 ? 'cli' : 'http';
      const prefix = `kill9-${trial}-`;
      const { file, valid, firstId, lastId } = importFile(work, prefix, 100 + trial);
      let victim: { pid: number; exited: Promise<unknown>; kill(): void };
      let server: ApiProcess | undefined;
      if (via === 'cli') {
        const child = spawn(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', 'src/cli.ts', 'import', file, '--format', 'standard-v1'],
          {
            cwd: packageDir,
            env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' },
            stdio: 'ignore',
          },
        );
        const exited = new Promise((resolve) => child.once('exit', resolve));
        victim = { pid: child.pid ?? 0, exited, kill: () => child.kill('SIGKILL') };
        await sleep(0);
      } else {
        server = await startApi({ env: { PGLITE_DATA_DIR: dataDir, ADMIN_TOKEN: adminToken } });
        const running = server;
        const body = new Blob([await import('node:fs/promises').then((fs) => fs.readFile(file))]);
        const answered = fetch(`${running.url}/v1/admin/import?format=standard-v1`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'text/csv' },
          body,
        }).catch(() => undefined);
        // For the waits below, the import is over when the server answers.
        victim = {
          pid: running.pid,
          exited: Promise.race([running.exited, answered]),
          kill: () => running.child.kill('SIGKILL'),
        };
      }
      // Once the transaction writes, wait a random part of what the control's writing took, then kill.
      let finished = false;
      void victim.exited.then(() => (finished = true));
      const writingAfter = await steadyWriting(dataDir, victim.exited);
      const delay = Math.floor((0.05 + 0.85 * random(trial + 1)()) * Math.max(500, importMs - writingFrom));
      await sleep(delay);
      const killedMidway = !finished;
      victim.kill();
      await (server ? server.exited : victim.exited);
      const stale = existsSync(join(dataDir, LOCK_FILE_NAME));

      const restartStart = performance.now();
      let restarted: ApiProcess | undefined;
      let startError = '';
      try {
        restarted = await startApi({ env: { PGLITE_DATA_DIR: dataDir } });
      } catch (error) {
        startError = error instanceof Error ? error.message.slice(0, 500) : String(error);
      }
      const restartMs = performance.now() - restartStart;
      let firstFound = 0;
      let lastFound = 0;
      if (restarted) {
        firstFound = (await fetch(`${restarted.url}/v1/lieux/${firstId}`)).status;
        lastFound = (await fetch(`${restarted.url}/v1/lieux/${lastId}`)).status;
        await restarted.stop();
      }
      const counts = await countWithPrefix(dataDir, prefix);
      const allOrNothing = counts.mine === 0 || counts.mine === valid;
      if (counts.mine === valid) expected += valid;
      process.stdout.write(
        `  trial ${trial + 1} (${via}): killed ${killedMidway ? `${ms(writingAfter + delay)} ms after it started, ${delay} ms into its writing` : 'after the import had finished'}; ` +
          `lock file left: ${stale}; restart ${restarted ? `answered /health in ${ms(restartMs)} ms` : `FAILED: ${startError}`}; ` +
          `places of the file: ${counts.mine} of its ${valid} valid rows (first ${firstFound}, last ${lastFound}); all places ${counts.all}\n`,
      );
      check(restarted !== undefined, `trial ${trial + 1}: the server started again on the same directory`);
      check(allOrNothing, `trial ${trial + 1}: the import is all or nothing (${counts.mine} of ${valid})`);
      check(
        (firstFound === 200) === (lastFound === 200) && (counts.mine === valid) === (firstFound === 200),
        `trial ${trial + 1}: the API agrees (first and last place of the file ${firstFound}/${lastFound})`,
      );
      check(counts.all === expected, `trial ${trial + 1}: no other place lost or added (${counts.all})`);
      if (!killedMidway)
        process.stdout.write('  (this trial did not kill mid-import: the file was too small)\n');
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
