// The size budgets in CI (issue 8): builds the embed (scripts/build-embed.mjs) into a temporary folder, or reads
// the build already in the folder given, and checks its manifest against scripts/size-budgets.mjs. Prints every
// screen and file with its budget; exits with 1 when one is over its ceiling (or over its target, when it has no
// ceiling). Part of `npm test`.
//
//   node scripts/check-size.mjs [embedDir]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudgets, formatRow } from './size-budgets.mjs';

const given = process.argv[2];
const dir = given ?? mkdtempSync(join(tmpdir(), 'embed-size-'));
try {
  if (!given) {
    const build = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('build-embed.mjs', import.meta.url)), dir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (build.status !== 0) {
      console.error('size budgets: the embed build failed');
      process.exit(1);
    }
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const { rows, ok } = checkBudgets(manifest);
  console.log(`Size budgets of the embed build ${manifest.version} (gzip -9; docs/performance.md)`);
  for (const row of rows) console.log(formatRow(row));
  const missed = rows.filter((row) => row.status === 'missed').length;
  console.log(
    ok
      ? `size budgets: nothing over its ceiling (${missed} target(s) missed, named above)`
      : 'size budgets: FAILED, over a ceiling or a target (see OVER above)',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
