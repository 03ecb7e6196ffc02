// Runs the Node-side tests (core, content, api) with Node's own test runner, on the TypeScript sources.
//
// One `node --test` process per file, each killed after 5 minutes (the longest file takes about a minute on
// CI). A file killed that way runs once more, with a warning: PGlite's WebAssembly build can, rarely, spin
// forever inside a statement (electric-sql/pglite#1068), and a spinning process ignores timers and signals
// other than SIGKILL. Here it happened in database.test.ts, about once in ten runs of that file, always while
// migrating; it never reproduced with each statement traced. A file that fails on an internal error of the engine
// (SQLSTATE XX000; PGlite 0.5 answered "bad buffer ID: 0" once in CI, on a trigram search that passes otherwise)
// also runs once more, with a warning. Any other failure is reported as it is, without a second run. The last
// lines total the files' counts in the runner's own format, for scripts/test.mjs.
import { spawn } from 'node:child_process';
import fg from 'fast-glob';

const patterns = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/{core,content,api}/src/**/*.test.ts', 'test/node/**/*.test.ts'];
const files = fg.sync(patterns, { ignore: ['**/node_modules/**'] }).sort();
const fileTimeoutMs = Number(process.env.NODE_TEST_FILE_TIMEOUT_MS) || 5 * 60_000;

if (files.length === 0) {
  console.error(`No Node test files match ${patterns.join(', ')}`);
  process.exit(1);
}

let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current?.pid) killTree(current.pid);
    process.exit(130);
  });
}

const totals = { pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
const failedFiles = [];
const rerunFiles = [];
for (const file of files) {
  let result = await runFile(file);
  if (result.timedOut) {
    console.warn(
      `\n⚠ ${file} was still running after ${fileTimeoutMs / 60_000} minutes: killed, running it again.`,
    );
    rerunFiles.push(`${file} (timed out)`);
    result = await runFile(file);
  } else if (result.code !== 0 && result.engineFault) {
    console.warn(`\n⚠ ${file} failed on an internal error of the database engine (XX000): running it again.`);
    rerunFiles.push(`${file} (engine error XX000)`);
    result = await runFile(file);
  }
  for (const key of Object.keys(totals)) totals[key] += result.counts[key] ?? 0;
  if (result.timedOut) totals.fail += 1; // the hung test never reported
  if (result.code !== 0) failedFiles.push(result.timedOut ? `${file} (timed out twice)` : file);
}

console.log(`\nNode test files: ${files.length}`);
if (rerunFiles.length > 0) console.log(`Ran again: ${rerunFiles.join(', ')}`);
if (failedFiles.length > 0) console.log(`Failed: ${failedFiles.join(', ')}`);
for (const [key, value] of Object.entries(totals)) console.log(`# ${key} ${value}`);
process.exit(failedFiles.length > 0 ? 1 : 0);

/** Runs one file in its own `node --test`, echoing its output; kills it after `fileTimeoutMs`. */
function runFile(file) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=tap', file],
      // Its own process group, so that a kill reaches the runner's child that runs the file.
      { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
    );
    current = child;
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The test runner's child holds the spinning code: kill the whole group, not just the runner.
      killTree(child.pid);
    }, fileTimeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: timedOut ? 1 : (code ?? 1),
        timedOut,
        // PostgreSQL's "internal error" class: never our SQL's fault (seen: PGlite's "bad buffer ID: 0").
        engineFault: /^\s*code: 'XX000'$/m.test(output),
        counts: countsOf(output),
      });
    });
  });
}

/** The `# pass N`-style totals a TAP run prints last. */
function countsOf(output) {
  const counts = {};
  for (const match of output.matchAll(/^# (pass|fail|cancelled|skipped|todo) (\d+)$/gm)) {
    counts[match[1]] = Number(match[2]);
  }
  return counts;
}

function killTree(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}
