// The size budgets of the embed build (issue 8) and their check, read from the build's manifest.json
// (scripts/build-embed.mjs): each widget's first screen — the loader, the widget's entry and every file it imports
// at once (the manifest's `widgets`, which the loader preloads; the venue finder's list needs no other, its answers'
// check loading after it) — and every other file of the build, gzip -9.
//
// A budget has a `target` (the goal); a budget missed today also has a `ceiling`, the size it may not grow past,
// with the reason it is missed. Above the target the check reports MISSED with the gap; above the ceiling (or above
// the target when there is no ceiling) it fails. Lower a ceiling whenever a change makes room; remove it when the
// target is met. A file only `measured` (the all-in-one bundle, which holds the map) is reported with its size and
// never fails.

const KB = 1024;

/**
 * @typedef {object} Budget
 * @property {number} target bytes of gzip
 * @property {number} [ceiling] bytes of gzip, for a budget missed today
 * @property {string} [missed] why the target is missed today, and where that is followed
 * @property {true} [measured] no limit: the size is only reported (`target` is then 0)
 */

/** @type {{ loader: Budget, screens: Record<string, Budget & { what: string }>, files: { pattern: RegExp, what: string, budget: Budget }[] }} */
export const budgets = {
  loader: { target: 2 * KB },
  screens: {
    'inclusion-quiz': {
      what: 'the quiz, start screen (with the loader)',
      target: 25 * KB,
    },
    'inclusion-orientation': {
      what: 'the orientation, start screen (with the loader)',
      target: 25 * KB,
    },
    'inclusion-venue-finder': {
      what: 'the venue finder, before the list (with the loader)',
      target: 40 * KB,
    },
  },
  // First match wins: every file of the build has a budget.
  files: [
    {
      pattern: /^inclusion-widgets-all\.js$/,
      what: 'the all-in-one bundle, every widget and the map in one file: measured and reported, no budget',
      budget: { target: 0, measured: true },
    },
    {
      pattern: /^widgets\/map-[\w-]+\.js$/,
      what: 'the map chunk (maplibre-gl), only when a map is shown',
      budget: { target: 310 * KB },
    },
    {
      pattern: /worker[\w.-]*\.m?js$/,
      what: "the map's worker",
      budget: { target: 150 * KB },
    },
    {
      pattern: /^widgets\/lit-[\w-]+\.js$/,
      what: 'Lit, shared by the widgets of a page',
      budget: { target: 9 * KB },
    },
    { pattern: /\.m?js$/, what: 'any other file of the build', budget: { target: 30 * KB } },
  ],
};

/**
 * @typedef {object} BudgetRow
 * @property {string} what
 * @property {number} gzip bytes
 * @property {Budget} budget
 * @property {'met' | 'missed' | 'over' | 'measured'} status `over`: above the ceiling, or above the target without a
 *   ceiling; `measured`: a size reported without a budget
 */

/**
 * Checks a manifest against budgets: one row per screen, then one per file of the build.
 *
 * @param {{ loader: string, widgets: Record<string, { entry: string, preload: string[] }>, files: Record<string, { gzip: number }> }} manifest
 * @param {typeof budgets} [limits]
 * @returns {{ rows: BudgetRow[], ok: boolean }} `ok`: nothing over its ceiling
 */
export function checkBudgets(manifest, limits = budgets) {
  /** @type {BudgetRow[]} */
  const rows = [];
  const sizeOf = (name) => {
    const file = manifest.files[name.replace(/^\.\//, '')];
    if (!file) throw new Error(`manifest.json lists ${name} but has no size for it`);
    return file.gzip;
  };
  const row = (what, gzip, budget) => {
    const status = budget.measured
      ? 'measured'
      : gzip <= budget.target
        ? 'met'
        : budget.ceiling !== undefined && gzip <= budget.ceiling
          ? 'missed'
          : 'over';
    rows.push({ what, gzip, budget, status });
  };

  row(`the loader, ${manifest.loader}`, sizeOf(manifest.loader), limits.loader);
  for (const [tag, budget] of Object.entries(limits.screens)) {
    const widget = manifest.widgets[tag];
    if (!widget) throw new Error(`manifest.json has no files for <${tag}>`);
    const files = [widget.entry, ...widget.preload].map((name) => name.replace(/^\.\//, ''));
    const names = new Set([manifest.loader, ...files]);
    row(
      `${budget.what}: ${names.size} files`,
      [...names].reduce((sum, name) => sum + sizeOf(name), 0),
      budget,
    );
  }
  for (const [name, { gzip }] of Object.entries(manifest.files)) {
    if (name === manifest.loader || !/\.m?js$/.test(name)) continue;
    const rule = limits.files.find(({ pattern }) => pattern.test(name));
    if (!rule) throw new Error(`no size budget matches ${name}`);
    row(`${name} (${rule.what})`, gzip, rule.budget);
  }
  return { rows, ok: rows.every((entry) => entry.status !== 'over') };
}

const kb = (bytes) => (Math.abs(bytes) < 100 ? `${bytes} bytes` : `${(bytes / KB).toFixed(1)} KB`);

/**
 * One line per row: the size, the budget, and for a missed or exceeded budget its gap (and why it is missed).
 *
 * @param {BudgetRow} row
 * @returns {string}
 */
export function formatRow({ what, gzip, budget, status }) {
  if (status === 'measured') return `  measured ${kb(gzip).padStart(8)}  ${what}`;
  const limit = `target ${kb(budget.target)}${budget.ceiling === undefined ? '' : `, ceiling ${kb(budget.ceiling)}`}`;
  if (status === 'met') return `  met     ${kb(gzip).padStart(9)}  ${what} (${limit})`;
  const gap = `${kb(gzip - budget.target)} over the target`;
  if (status === 'missed')
    return `  MISSED  ${kb(gzip).padStart(9)}  ${what} (${limit}; ${gap}: ${budget.missed ?? 'no reason given'})`;
  const over = budget.ceiling === undefined ? gap : `${kb(gzip - budget.ceiling)} over the ceiling`;
  return `  OVER    ${kb(gzip).padStart(9)}  ${what} (${limit}; ${over})`;
}
