// Runs the Node-side tests (core, content, api) with Node's own test runner, on the TypeScript sources.
import { spawnSync } from 'node:child_process';
import fg from 'fast-glob';

const patterns = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/{core,content,api}/src/**/*.test.ts', 'test/node/**/*.test.ts'];
const files = fg.sync(patterns, { ignore: ['**/node_modules/**'] }).sort();

if (files.length === 0) {
  console.error(`No Node test files match ${patterns.join(', ')}`);
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=1', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
