// The React wrappers (packages/react/src/index.ts) are generated from the custom-elements manifest: regenerating
// them from a fresh manifest of the current sources must give the committed file, so that a widget's new
// attribute or event never goes missing from them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
// @ts-expect-error: a JavaScript script without declarations.
import { eventPropName, generateReact, outputPath } from '../../scripts/generate-react.mjs';

const root = join(import.meta.dirname, '../..');

test('packages/react/src/index.ts is what scripts/generate-react.mjs makes of a fresh manifest', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'inclusion-cem-'));
  try {
    // The project's configuration, writing into the temporary folder (a path relative to the working directory,
    // as the analyzer takes it) and leaving package.json's `customElements` alone.
    const config = join(folder, 'cem.config.mjs');
    await writeFile(
      config,
      `import base from ${JSON.stringify(pathToFileURL(join(root, 'custom-elements-manifest.config.mjs')).href)};\n` +
        `export default { ...base, outdir: ${JSON.stringify(relative(root, folder))}, packagejson: false };\n`,
    );
    const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    await promisify(execFile)(process.execPath, [analyzer, 'analyze', '--config', config], { cwd: root });
    const manifest = JSON.parse(await readFile(join(folder, 'custom-elements.json'), 'utf8'));
    const generated: string = await generateReact(manifest);
    const committed = await readFile(outputPath, 'utf8');
    assert.equal(
      committed,
      generated,
      'packages/react/src/index.ts is out of date: run `npm run analyze && node scripts/generate-react.mjs`',
    );
    for (const name of ['onInclusionSearch', 'onInclusionVenueSelect', 'onInclusionQuizComplete']) {
      assert.match(committed, new RegExp(`\\b${name}:`), `${name} is a prop`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('event names become React props', () => {
  assert.equal(eventPropName('inclusion-search'), 'onInclusionSearch');
  assert.equal(eventPropName('inclusion-orientation-complete'), 'onInclusionOrientationComplete');
});
