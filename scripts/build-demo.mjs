// Builds the venue finder for the demo site (demo/build/, not committed): one ES module entry and hashed chunks,
// the map and maplibre in their own chunks loaded only when a map is shown. The embed bundle with its loader
// and versioned URLs is issue 7; this is only what `npm start` needs to show the widget on real data.
// Prints each file's size and gzip size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'demo', 'build');

await build({
  configFile: join(root, 'vite.config.ts'),
  root,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Not library mode: it leaves whitespace in ES output.
    minify: true,
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { 'venue-finder': join(root, 'packages/venue-finder/src/define.ts') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(outDir);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${path.slice(outDir.length + 1).padEnd(48)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)} gzip`,
  );
}
