// Builds one widget the way the demo site serves it and measures what the browser fetches for it: Vite library
// mode (no preload helper around dynamic imports), minified ES modules, Lit and every dependency included, the
// gzip (-9) of each file. Used by scripts/build-demo.mjs (every widget of the demo) and by each widget's
// measure-size script. The size budgets in CI are issue 8.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} WidgetFile
 * @property {string} name path inside the output folder
 * @property {number} raw bytes
 * @property {number} gzip bytes of gzip -9
 * @property {string | undefined} when the label of the step that loads it (`undefined`: loaded later, on use)
 */

/**
 * Builds `entry` into `outDir` as `<name>.js` and hashed chunks. The first step is the entry and every chunk it
 * imports statically (what runs before the widget renders anything); each of `steps` adds the chunks holding a module
 * (a path ending) and their static imports, when the widget needs that module before the screen measured.
 *
 * @param {{ name: string, entry: string, outDir: string, firstStep: string,
 *   steps?: readonly { label: string, module: string }[], sourcemap?: boolean }} options
 * @returns {Promise<{ files: WidgetFile[], steps: string[] }>} every file written, sorted by name, and the steps in
 *   the order they load
 */
export async function buildWidget({ name, entry, outDir, firstStep, steps = [], sourcemap = false }) {
  /** @type {Map<string, string>} file name → label of the step that loads it */
  const loadedBy = new Map();
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    // Emitted files (the map's worker) found relative to the chunk that names them, wherever the folder is served.
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap,
      lib: { entry: { [name]: join(root, entry) }, formats: ['es'] },
      copyPublicDir: false,
      rollupOptions: {
        preserveEntrySignatures: 'exports-only',
        // Library mode leaves whitespace in ES output unless the output is minified explicitly.
        output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'files-by-step',
        generateBundle(_options, bundle) {
          const visit = (label, fileName) => {
            if (loadedBy.has(fileName)) return;
            loadedBy.set(fileName, label);
            for (const imported of bundle[fileName].imports) visit(label, imported);
          };
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && chunk.isEntry) visit(firstStep, chunk.fileName);
          }
          for (const { label, module } of steps) {
            for (const chunk of Object.values(bundle)) {
              const ids = chunk.type === 'chunk' ? Object.keys(chunk.modules) : [];
              if (ids.some((id) => id.replaceAll('\\', '/').endsWith(module))) visit(label, chunk.fileName);
            }
          }
        },
      },
    ],
  });
  const files = [];
  (function walk(dir) {
    for (const entryName of readdirSync(dir)) {
      const path = join(dir, entryName);
      if (statSync(path).isDirectory()) walk(path);
      else if (!entryName.endsWith('.map')) {
        const bytes = readFileSync(path);
        const fileName = relative(outDir, path).replaceAll('\\', '/');
        files.push({
          name: fileName,
          raw: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
          when: loadedBy.get(fileName),
        });
      }
    }
  })(outDir);
  files.sort((a, b) => a.name.localeCompare(b.name));
  return { files, steps: [...new Set([firstStep, ...steps.map((step) => step.label)])] };
}

/**
 * The steps of a venue finder after its list: the check of its first answers (the schemas of communes, search
 * parameters and places, with zod), which the client imports once the first answer has arrived and shown
 * (`searchLieux`' and `searchCommunes`' preview).
 */
export const venueFinderSteps = [
  { label: 'the check of the first answers', module: 'packages/core/src/schemas/commune.ts' },
  { label: 'the check of the first answers', module: 'packages/core/src/schemas/search.ts' },
  { label: 'the check of the first answers', module: 'packages/core/src/schemas/lieu.ts' },
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Prints each file with its sizes and step, then the total of each step, cumulative: `first` is measured against
 * `budget` (bytes of gzip). Returns whether the first step is within the budget.
 *
 * @param {{ files: WidgetFile[], steps: string[] }} widget what `buildWidget` returns
 * @param {{ title: string, budget: number, budgetName: string }} options
 * @returns {boolean}
 */
export function printWidgetSizes({ files, steps }, { title, budget, budgetName }) {
  console.log(title);
  for (const file of files) {
    console.log(
      `  ${file.name.padEnd(50)} ${kb(file.raw).padStart(10)} ${kb(file.gzip).padStart(10)} gzip${file.when ? `  ${file.when}` : ''}`,
    );
  }
  let count = 0;
  let raw = 0;
  let gzip = 0;
  let within = true;
  steps.forEach((label, index) => {
    for (const file of files.filter((f) => f.when === label)) {
      count += 1;
      raw += file.raw;
      gzip += file.gzip;
    }
    const verdict =
      index === 0 ? ` (${budgetName}: ${kb(budget)} gzip, ${gzip <= budget ? 'met' : 'missed'})` : '';
    if (index === 0) within = gzip <= budget;
    console.log(`  ${label}: ${count} files, ${kb(raw)}, ${kb(gzip)} gzip${verdict}`);
  });
  return within;
}
