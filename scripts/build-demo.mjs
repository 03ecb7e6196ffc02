// Builds the widgets of the demo site (demo/build/<widget>/, not committed), as `npm start` serves them: one ES
// module entry per widget and hashed chunks, what is needed only on use (map, a place's details, the filter panel,
// geolocation, the quiz's review and result…) in chunks loaded then. The embed bundle with its loader and
// versioned URLs is issue 7. Prints what each widget loads before its first screen (scripts/widget-bundle.mjs);
// a missed budget is reported, not fatal: the demo must start anyway.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWidget, printWidgetSizes, venueFinderSteps } from './widget-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const venueFinder = await buildWidget({
  name: 'venue-finder',
  entry: 'packages/venue-finder/src/define.ts',
  outDir: join(root, 'demo/build/venue-finder'),
  firstStep: 'before the list',
  // The list shows from its first answer read by hand; the check of the answers loads after it.
  steps: venueFinderSteps,
});
printWidgetSizes(venueFinder, {
  title: '<inclusion-venue-finder> (demo/build/venue-finder/)',
  budget: 40 * 1024,
  budgetName: "issue 4's budget",
});

const quiz = await buildWidget({
  name: 'quiz',
  entry: 'packages/quiz/src/define.ts',
  outDir: join(root, 'demo/build/quiz'),
  firstStep: 'start screen',
  steps: [{ label: 'before the first question', module: 'packages/core/src/schemas/content.ts' }],
});
printWidgetSizes(quiz, {
  title: '<inclusion-quiz> (demo/build/quiz/)',
  budget: 25 * 1024,
  budgetName: "issue 5's budget",
});

const orientation = await buildWidget({
  name: 'orientation',
  entry: 'packages/orientation/src/define.ts',
  outDir: join(root, 'demo/build/orientation'),
  firstStep: 'start screen',
  steps: [{ label: 'before the first question', module: 'packages/core/src/schemas/content.ts' }],
});
printWidgetSizes(orientation, {
  title: '<inclusion-orientation> (demo/build/orientation/)',
  budget: 25 * 1024,
  budgetName: "issue 6's budget",
});
