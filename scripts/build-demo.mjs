// Builds the widgets of the demo site (demo/build/<widget>/, not committed), as `npm start` serves them: one ES
// module entry per widget and hashed chunks, what is needed only on use (map, a place's details, the filter panel,
// geolocation, the quiz's review and result…) in chunks loaded then. Prints what each widget loads before its first
// screen (scripts/widget-bundle.mjs); a missed budget is reported, not fatal: the demo must start anyway.
//
// Also builds the one-script-tag embed (scripts/build-embed.mjs) into demo/build/embed/, in a child process that
// runs beside the widgets' builds, and a copy of it announcing another version in demo/build/embed-autre-version/
// (the page that loads the widgets twice, demo/integration/double-chargement.html).
//
//   node scripts/build-demo.mjs [outDir]   (default demo/build)
//
// Every output goes under `buildDir` (the end-to-end tests of test/node/ build into a folder of their own).
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWidget, printWidgetSizes, venueFinderSteps } from './widget-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = resolve(process.argv[2] ?? join(root, 'demo/build'));

/** The embed build's output, printed when it ends (after the widgets' own figures). */
const embedBuilt = new Promise((resolveBuild, rejectBuild) => {
  const child = spawn(process.execPath, [join(root, 'scripts/build-embed.mjs'), join(buildDir, 'embed')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.on('error', rejectBuild);
  child.on('close', (code) =>
    code === 0
      ? resolveBuild(output)
      : rejectBuild(new Error(`build-embed.mjs exited with ${code}:\n${output}`)),
  );
});

const venueFinder = await buildWidget({
  name: 'venue-finder',
  entry: 'packages/venue-finder/src/define.ts',
  outDir: join(buildDir, 'venue-finder'),
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
  outDir: join(buildDir, 'quiz'),
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
  outDir: join(buildDir, 'orientation'),
  firstStep: 'start screen',
  steps: [{ label: 'before the first question', module: 'packages/core/src/schemas/content.ts' }],
});
printWidgetSizes(orientation, {
  title: '<inclusion-orientation> (demo/build/orientation/)',
  budget: 25 * 1024,
  budgetName: "issue 6's budget",
});

process.stdout.write(await embedBuilt);
// Two versions of the embed on one page (two CMS blocks, one not updated): the same files, under another path,
// with another version number in the loader. The page works with the first one loaded and warns once.
const otherVersion = join(buildDir, 'embed-autre-version');
rmSync(otherVersion, { recursive: true, force: true });
cpSync(join(buildDir, 'embed'), otherVersion, { recursive: true });
const otherLoader = join(otherVersion, 'inclusion-widgets.js');
const version = JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8')).version;
const loaderSource = readFileSync(otherLoader, 'utf8');
const versioned = /version:([`"'])([^`"']+)\1/;
if (loaderSource.match(versioned)?.[2] !== version)
  throw new Error(`no version ${version} found in ${otherLoader}`);
writeFileSync(otherLoader, loaderSource.replace(versioned, `version:"${version}-autre"`));
console.log(
  `embed, another version (${version}-autre) for the double-load page: demo/build/embed-autre-version/`,
);

// The partner page (/partenaire/, issue 7): <inclusion-partner-stats>, for the partners' staff; not embedded on
// citizens' pages, so no budget of its own (the venue finder's is shown for scale).
const partner = await buildWidget({
  name: 'partner',
  entry: 'packages/partner/src/define.ts',
  outDir: join(buildDir, 'partner'),
  firstStep: 'sign-in form',
  steps: [{ label: 'with the statistics', module: 'packages/core/src/schemas/evenement.ts' }],
});
printWidgetSizes(partner, {
  title: '<inclusion-partner-stats> (demo/build/partner/)',
  budget: 40 * 1024,
  budgetName: 'for scale, the venue finder’s budget',
});

// The configurator (/configurateur/, issue 7): <inclusion-configurator>, for webmasters; not embedded on citizens'
// pages, so no budget of its own (the venue finder's is shown for scale). The preview loads each widget on use.
const configurator = await buildWidget({
  name: 'configurateur',
  entry: 'packages/configurator/src/define.ts',
  outDir: join(buildDir, 'configurator'),
  firstStep: 'the form and its snippet',
});
printWidgetSizes(configurator, {
  title: '<inclusion-configurator> (demo/build/configurator/)',
  budget: 40 * 1024,
  budgetName: 'for scale, the venue finder’s budget',
});
