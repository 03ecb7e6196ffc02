// Builds the one-script-tag embed (packages/embed) into an output folder (default demo/build/embed/):
//
//   inclusion-widgets.js       the loader, the one URL a webmaster writes (≤ 2 KB gzip: exits with 1 above)
//   widgets/<widget>-<hash>.js each widget's entry, loaded by the loader when its tag first appears
//   widgets/lit-<hash>.js      Lit, shared by every widget of the page
//   widgets/<name>-<hash>.js   what a widget loads on use (map, a place's details, the quiz's result…)
//   inclusion-widgets-all.js   the all-in-one bundle: every widget and what it loads on use, in one file (no chunks);
//                              only the map's worker stays apart (maplibre-gl-worker.mjs, loaded when a map shows)
//   inclusion-widgets-iframe.js  the host page's snippet of the iframe mode (resizes `iframe[data-inclusion-widget]`)
//   inclusion-widgets-frame.js   loaded by the API's iframe pages (`/embed/<widget>`): posts their height to the host
//   manifest.json              version, each widget's files, every file's size and SRI hash (sha384), and
//                              `allInOne` and `iframeHost`: { file, bytes, gzip, integrity } of those two files
//
// Vite builds: Lit alone, then each widget for itself with Lit external, then the loader, given each widget's entry
// and the files that entry imports at once (the loader preloads them in parallel with the entry, so a widget's
// code arrives in one round trip instead of a waterfall); then the iframe mode's two small scripts and the
// all-in-one bundle.
//
//   node scripts/build-embed.mjs [outDir] [--sourcemap]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sourcemap = args.includes('--sourcemap');
const outDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, 'demo/build/embed'));
const version = JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8')).version;
const loaderBudget = 2 * 1024;

/** The widgets a page can hold, by tag; a widget whose package is not built yet is left out. */
const widgets = Object.fromEntries(
  Object.entries({
    'inclusion-venue-finder': 'packages/venue-finder/src/define.ts',
    'inclusion-quiz': 'packages/quiz/src/define.ts',
    'inclusion-orientation': 'packages/orientation/src/define.ts',
  }).filter(([, entry]) => existsSync(join(root, entry))),
);

const shared = {
  configFile: join(root, 'vite.config.ts'),
  root,
  // Emitted files (the map's worker) found relative to the chunk that names them, wherever the folder is served.
  base: './',
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * The packages the widgets' code comes from: only their Lit imports go into the shared Lit file (the partner's
 * tools, the configurator and the React wrappers are built elsewhere and must not grow it).
 */
const widgetPackages = ['core', 'ui', 'map', 'venue-finder', 'quiz', 'orientation', 'embed'];

/**
 * Every name the widgets import from Lit's modules (`lit`, `lit/decorators.js`, `@lit/task`…), found in their
 * sources: they go into one shared file, `widgets/lit-<hash>.js`, that every widget imports, holding only those
 * names; the rest of a widget's code is built for that widget alone (tree-shaken for it, in as few files as
 * possible: one file costs less than the same code split in shared chunks — measured 23 against 27 KB gzip for the
 * quiz's start screen).
 *
 * @returns {Map<string, Set<string>>} names by module specifier
 */
function litImports() {
  /** @type {Map<string, Set<string>>} */
  const found = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const [, clause, specifier] of source.matchAll(
          /^import\s+(?!type\b)\{([^}]*)\}\s*from\s*'((?:lit|@lit\/[\w-]+)(?:\/[\w./-]*)?)';/gm,
        )) {
          const names = found.get(specifier) ?? new Set();
          for (const part of clause.split(',')) {
            const imported = part.trim().split(/\s+as\s+/)[0];
            if (imported && !imported.startsWith('type ')) names.add(imported);
          }
          found.set(specifier, names);
        }
      }
    }
  };
  for (const name of widgetPackages) walk(join(root, 'packages', name));
  return found;
}

const litNames = litImports();
const litModules = [...litNames.keys()].sort();
const litEntryId = '\0inclusion-widgets-lit';
/** @type {string | undefined} */
let litFile;
await build({
  ...shared,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap,
    lib: { entry: { lit: 'inclusion-widgets-lit' }, formats: ['es'] },
    copyPublicDir: false,
    rollupOptions: {
      preserveEntrySignatures: 'strict',
      output: { minify: true, entryFileNames: 'widgets/[name]-[hash].js' },
    },
  },
  plugins: [
    {
      name: 'lit-entry',
      resolveId: (id) => (id.endsWith('inclusion-widgets-lit') ? litEntryId : undefined),
      load: (id) =>
        id === litEntryId
          ? litModules
              .map(
                (specifier) => `export { ${[...litNames.get(specifier)].join(', ')} } from '${specifier}';`,
              )
              .join('\n')
          : undefined,
      generateBundle(_options, bundle) {
        litFile = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry)?.fileName;
      },
    },
  ],
});
if (!litFile) throw new Error('the Lit file was not built');
const litPath = `./${litFile.slice('widgets/'.length)}`;

/** @type {Record<string, { entry: string, preload: string[] }>} */
const files = {};
for (const [tag, entry] of Object.entries(widgets)) {
  await build({
    ...shared,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap,
      lib: { entry: { [tag.replace(/^inclusion-/, '')]: join(root, entry) }, formats: ['es'] },
      copyPublicDir: false,
      rollupOptions: {
        preserveEntrySignatures: 'exports-only',
        external: litModules,
        output: {
          minify: true,
          // One folder for every widget's files, so that the shared Lit file has one relative path from all.
          entryFileNames: 'widgets/[name]-[hash].js',
          // The map's chunk named as such, for the size budgets (its entry module is the map package's define.ts).
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => id.includes('/maplibre-gl/'))
              ? 'widgets/map-[hash].js'
              : 'widgets/[name]-[hash].js',
          paths: Object.fromEntries(litModules.map((specifier) => [specifier, litPath])),
        },
      },
    },
    plugins: [
      {
        name: 'widget-files',
        generateBundle(_options, bundle) {
          const entryChunk = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
          const seen = new Set([litFile]);
          (function visit(fileName) {
            for (const imported of bundle[fileName]?.imports ?? []) {
              if (!seen.has(imported)) {
                seen.add(imported);
                visit(imported);
              }
            }
          })(entryChunk.fileName);
          files[tag] = {
            entry: `./${entryChunk.fileName}`,
            preload: [...seen]
              .filter((name) => bundle[name] || name === litFile)
              .sort()
              .map((name) => `./${name}`),
          };
        },
      },
    ],
  });
}

await build({
  ...shared,
  define: { ...shared.define, __INCLUSION_WIDGETS__: JSON.stringify({ version, widgets: files }) },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: { 'inclusion-widgets': join(root, 'packages/embed/src/inclusion-widgets.ts') },
      formats: ['es'],
    },
    copyPublicDir: false,
    rollupOptions: { output: { minify: true, entryFileNames: '[name].js' } },
  },
});

// The iframe mode's two scripts: each one file, no chunk, no import.
for (const name of ['inclusion-widgets-iframe', 'inclusion-widgets-frame']) {
  await build({
    ...shared,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: { [name]: join(root, `packages/embed/src/${name}.ts`) }, formats: ['es'] },
      copyPublicDir: false,
      rollupOptions: { output: { minify: true, entryFileNames: '[name].js' } },
    },
  });
}

// The all-in-one bundle: its loader module first (the script tag's settings, script-only widgets), then every
// widget's define module, with what they load on use inlined. Lit is inside, not shared with the lazy files.
const allInOneEntryId = '\0inclusion-widgets-all';
const allInOneModule = join(root, 'packages/embed/src/inclusion-widgets-all.ts');
await build({
  ...shared,
  define: {
    ...shared.define,
    __INCLUSION_WIDGETS_ALL__: JSON.stringify({ version, tags: Object.keys(widgets) }),
  },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    sourcemap,
    lib: { entry: { 'inclusion-widgets-all': 'inclusion-widgets-all-entry' }, formats: ['es'] },
    copyPublicDir: false,
    rollupOptions: { output: { minify: true, entryFileNames: '[name].js', codeSplitting: false } },
  },
  plugins: [
    {
      name: 'all-in-one-entry',
      enforce: 'pre',
      // The embed package says it has no side effects (true of its index); this module's are the point.
      resolveId: (id) =>
        id.endsWith('inclusion-widgets-all-entry')
          ? allInOneEntryId
          : id === allInOneModule
            ? { id, moduleSideEffects: true }
            : undefined,
      load: (id) =>
        id === allInOneEntryId
          ? [allInOneModule, ...Object.values(widgets).map((entry) => join(root, entry))]
              .map((path) => `import ${JSON.stringify(path)};`)
              .join('\n')
          : undefined,
    },
  ],
});

/** @type {Record<string, { bytes: number, gzip: number, integrity: string }>} */
const manifestFiles = {};
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'manifest.json' && !name.endsWith('.map')) {
      const bytes = readFileSync(path);
      manifestFiles[relative(outDir, path).replaceAll('\\', '/')] = {
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      };
    }
  }
})(outDir);
writeFileSync(
  join(outDir, 'manifest.json'),
  `${JSON.stringify(
    {
      version,
      loader: 'inclusion-widgets.js',
      widgets: files,
      allInOne: { file: 'inclusion-widgets-all.js', ...manifestFiles['inclusion-widgets-all.js'] },
      iframeHost: { file: 'inclusion-widgets-iframe.js', ...manifestFiles['inclusion-widgets-iframe.js'] },
      files: manifestFiles,
    },
    null,
    2,
  )}\n`,
);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const loader = manifestFiles['inclusion-widgets.js'];
console.log(`embed ${version} (${relative(root, outDir) || '.'}/)`);
console.log(
  `  loader inclusion-widgets.js: ${kb(loader.bytes)}, ${kb(loader.gzip)} gzip (budget ${kb(loaderBudget)}: ${loader.gzip <= loaderBudget ? 'met' : 'MISSED'})`,
);
for (const [tag, { entry, preload }] of Object.entries(files)) {
  const names = [entry, ...preload].map((name) => name.slice(2));
  const gzip = names.reduce((sum, name) => sum + manifestFiles[name].gzip, 0);
  console.log(`  <${tag}>: ${names.length} files at once, ${kb(gzip)} gzip (+ the loader)`);
}
for (const [what, name] of [
  ['all-in-one', 'inclusion-widgets-all.js'],
  ['iframe host snippet', 'inclusion-widgets-iframe.js'],
  ['iframe page sender', 'inclusion-widgets-frame.js'],
]) {
  const file = manifestFiles[name];
  console.log(`  ${what} ${name}: ${kb(file.bytes)}, ${kb(file.gzip)} gzip`);
}
if (loader.gzip > loaderBudget) process.exitCode = 1;
