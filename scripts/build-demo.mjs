// Builds the venue finder for the demo site (demo/build/, not committed): one ES module entry and hashed chunks,
// the map, maplibre, a place's details, the filter panel and the geolocation code in chunks loaded only when
// used. The embed bundle with its loader and versioned URLs is issue 7; this is only what `npm start` needs to
// show the widget on real data.
//
// Prints each file's size and gzip size, then what the browser fetches before the list can show: the entry and
// every chunk it imports statically (gzip of each file, summed: each is a separate request).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'demo', 'build');
const entry = join(root, 'packages/venue-finder/src/define.ts');

/** The files the entry loads before it runs: itself and its static imports, transitively. */
const beforeList = new Set();

await build({
  configFile: join(root, 'vite.config.ts'),
  root,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Library mode: Vite adds no preload helper to dynamic imports (1.3 KB gzip in the entry otherwise).
    lib: { entry: { 'venue-finder': entry }, formats: ['es'] },
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
      name: 'files-before-the-list',
      generateBundle(_options, bundle) {
        const visit = (fileName) => {
          if (beforeList.has(fileName)) return;
          beforeList.add(fileName);
          for (const imported of bundle[fileName].imports) visit(imported);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
        }
      },
    },
  ],
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(outDir);
let listRaw = 0;
let listGzip = 0;
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const name = relative(outDir, path);
  const first = beforeList.has(name);
  if (first) {
    listRaw += bytes.length;
    listGzip += gzip;
  }
  console.log(
    `${name.padEnd(52)} ${kb(bytes.length).padStart(10)} ${kb(gzip).padStart(10)} gzip${first ? '  before the list' : ''}`,
  );
}
console.log(
  `before the list: ${beforeList.size} files, ${kb(listRaw)}, ${kb(listGzip)} gzip (issue 4's budget: 40 KB gzip)`,
);
