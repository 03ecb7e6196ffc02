// Measures what <inclusion-orientation> costs before its start screen shows, built as the demo site serves it
// (scripts/widget-bundle.mjs): "start screen" is the entry and its static imports, all that a flow from the API
// needs to show its start screen, which it reads from the definition as it arrives (issue 6's budget, 25 KB gzip,
// is measured on it); "before the first question" adds the definition's schema and zod, which the client imports
// during the request and the first question waits for. The chunks loaded later (the questions, the end screen with
// the orientation sheet, the venue finder, its map, `src` loading) are listed too. Exits with 1 above budget.
//
//   node packages/orientation/scripts/measure-size.mjs [entry]
//
// The build goes to a temporary folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWidget, printWidgetSizes } from '../../../scripts/widget-bundle.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = relative(root, resolve(process.argv[2] ?? join(root, 'packages/orientation/src/define.ts')));
const outDir = mkdtempSync(join(tmpdir(), 'orientation-size-'));

try {
  const widget = await buildWidget({
    name: 'orientation',
    entry,
    outDir,
    firstStep: 'start screen',
    steps: [{ label: 'before the first question', module: 'packages/core/src/schemas/content.ts' }],
  });
  const within = printWidgetSizes(widget, {
    title: `<inclusion-orientation> (${entry})`,
    budget: 25 * 1024,
    budgetName: "issue 6's budget",
  });
  if (!within) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
