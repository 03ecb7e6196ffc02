// `npm test`: lint, type-check, size budgets, unit tests (Node) and browser tests (Chromium), in that order.
// Every step runs even after a failure, so one run shows every problem; the exit code is non-zero
// if any step failed. The last line totals the tests of both runners.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  // The manifest first: Storybook's preview, which the type-check covers, imports it.
  { name: 'custom-elements manifest', command: 'npm', args: ['run', '--silent', 'analyze'] },
  { name: 'type-check', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  // The embed build checked against its size budgets (scripts/size-budgets.mjs): fails above a ceiling.
  { name: 'size budgets (embed build)', command: 'node', args: ['scripts/check-size.mjs'] },
  { name: 'unit tests (Node)', command: 'npm', args: ['run', '--silent', 'test:unit'], counts: nodeCounts },
  {
    name: 'browser tests (Chromium)',
    command: 'npm',
    args: ['run', '--silent', 'test:browser'],
    counts: wtrCounts,
  },
];

const results = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const { code, output } = await run(step.command, step.args);
  const counts = step.counts?.(output);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const { name, ok, seconds } of results) {
  console.log(`  ${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)`);
}
const ok = results.every((result) => result.ok);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function nodeCounts(output) {
  const pass = lastNumber(output, /^[ℹ#] pass (\d+)$/gm);
  const fail = lastNumber(output, /^[ℹ#] fail (\d+)$/gm);
  return pass === undefined ? undefined : { passed: pass, failed: fail ?? 0 };
}

/**
 * web-test-runner redraws one progress line per group ("13/13 test files | 175 passed, 0 failed"); the last
 * consecutive run of those lines is the final state of every group: sum them.
 */
function wtrCounts(output) {
  const lines = output.split(/\r?\n/);
  const pattern = /(\d+) passed, (\d+) failed/;
  let end = lines.length - 1;
  while (end >= 0 && !pattern.test(lines[end])) end -= 1;
  if (end < 0) return undefined;
  let passed = 0;
  let failed = 0;
  for (let index = end; index >= 0 && pattern.test(lines[index]); index -= 1) {
    const [, pass, fail] = pattern.exec(lines[index]);
    passed += Number(pass);
    failed += Number(fail);
  }
  return { passed, failed };
}

function lastNumber(text, pattern) {
  const matches = [...text.matchAll(pattern)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : undefined;
}
