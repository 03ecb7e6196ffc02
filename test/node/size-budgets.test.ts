// The checker of the size budgets in CI (scripts/size-budgets.mjs), on made-up manifests: it must fail on an
// oversized chunk or screen, and only report a target that is missed within its ceiling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain JavaScript module of the build scripts, without types
import { checkBudgets, formatRow } from '../../scripts/size-budgets.mjs';

const KB = 1024;
const limits = {
  loader: { target: 2 * KB },
  screens: {
    'inclusion-quiz': { what: 'quiz', target: 25 * KB },
    'inclusion-venue-finder': { what: 'finder', target: 40 * KB, ceiling: 45 * KB, missed: 'a reason' },
  },
  files: [
    { pattern: /^widgets\/map-/, what: 'map', budget: { target: 300 * KB } },
    { pattern: /\.js$/, what: 'other', budget: { target: 30 * KB } },
  ],
};

/** A manifest whose files have the given gzip sizes; the quiz's screen is its entry, the finder's its entry and two preloads. */
function manifest(sizes: Record<string, number>) {
  return {
    version: '0.0.0',
    loader: 'inclusion-widgets.js',
    widgets: {
      'inclusion-quiz': { entry: './widgets/quiz-a.js', preload: [] },
      'inclusion-venue-finder': {
        entry: './widgets/finder-a.js',
        preload: ['./widgets/lit-a.js', './widgets/schemas-a.js'],
      },
    },
    files: Object.fromEntries(Object.entries(sizes).map(([name, gzip]) => [name, { gzip, bytes: gzip * 3 }])),
  };
}

const fine = {
  'inclusion-widgets.js': 1.5 * KB,
  'widgets/quiz-a.js': 20 * KB,
  'widgets/finder-a.js': 30 * KB,
  'widgets/lit-a.js': 7 * KB,
  'widgets/schemas-a.js': 1 * KB,
  'widgets/map-a.js': 290 * KB,
  'manifest.json': 1,
};

describe('size budgets', () => {
  it('passes a build within every budget, counting the loader in each screen', () => {
    const { rows, ok } = checkBudgets(manifest(fine), limits);
    assert.equal(ok, true);
    const finder = rows.find((row: { what: string }) => row.what.startsWith('finder'));
    assert.equal(finder.gzip, 1.5 * KB + 30 * KB + 7 * KB + 1 * KB);
    assert.equal(finder.status, 'met');
    assert.ok(rows.every((row: { status: string }) => row.status === 'met'));
  });

  it('fails on one oversized chunk, and names it with its gap', () => {
    const { rows, ok } = checkBudgets(manifest({ ...fine, 'widgets/details-a.js': 31 * KB }), limits);
    assert.equal(ok, false);
    const over = rows.filter((row: { status: string }) => row.status === 'over');
    assert.equal(over.length, 1);
    assert.match(formatRow(over[0]), /^ {2}OVER .*widgets\/details-a\.js.*1\.0 KB over the target/);
  });

  it('fails on an oversized map chunk and an oversized loader', () => {
    assert.equal(checkBudgets(manifest({ ...fine, 'widgets/map-a.js': 301 * KB }), limits).ok, false);
    assert.equal(checkBudgets(manifest({ ...fine, 'inclusion-widgets.js': 2 * KB + 1 }), limits).ok, false);
  });

  it('fails on a screen over its target when it has no ceiling', () => {
    const { rows, ok } = checkBudgets(manifest({ ...fine, 'widgets/quiz-a.js': 24 * KB }), limits);
    assert.equal(ok, false);
    assert.match(
      formatRow(rows[1]),
      /OVER .*quiz: 2 files.*512 bytes|OVER .*quiz: 2 files.*0\.5 KB over the target/,
    );
  });

  it('reports a target missed within its ceiling, with its reason, without failing', () => {
    const { rows, ok } = checkBudgets(manifest({ ...fine, 'widgets/schemas-a.js': 5 * KB }), limits);
    assert.equal(ok, true);
    const finder = rows.find((row: { what: string }) => row.what.startsWith('finder'));
    assert.equal(finder.status, 'missed');
    assert.match(formatRow(finder), /MISSED .*3\.5 KB over the target: a reason/);
  });

  it('fails above the ceiling of a missed target', () => {
    assert.equal(checkBudgets(manifest({ ...fine, 'widgets/schemas-a.js': 7 * KB }), limits).ok, false);
  });

  it('refuses a manifest without the files of a widget it has a budget for', () => {
    const broken = manifest(fine);
    delete (broken.widgets as Record<string, unknown>)['inclusion-quiz'];
    assert.throws(() => checkBudgets(broken, limits), /no files for <inclusion-quiz>/);
  });
});
