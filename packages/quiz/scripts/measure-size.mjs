// Measures what <inclusion-quiz> costs before its start screen shows: Vite library mode as
// scripts/build-demo.mjs builds the venue finder (minified ES modules, Lit and every dependency included), then the
// gzip (-9) of each file.
//
// - "first render": the entry and every chunk it imports statically, summed (each is a separate request): the code
//   that runs before the widget can render anything. Issue 5's budget (25 KB gzip) is measured on this.
// - "before the start screen": the same plus the chunk of the quiz definition's schema (and its static imports),
//   which the client imports on the first `getQuiz` to validate the definition before the start screen can show.
// - The chunks loaded later (review, result with scoring and chart, read-aloud, `src` loading) are listed too.
//
//   node packages/quiz/scripts/measure-size.mjs [entry]
//
// The build goes to a temporary folder, removed afterwards.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = resolve(process.argv[2] ?? join(root, 'packages/quiz/src/define.ts'));
const outDir = mkdtempSync(join(tmpdir(), 'quiz-size-'));
/** Budget of issue 5 for the first render, in bytes of gzip. */
const budget = 25 * 1024;

/** The files the entry loads before it runs: itself and its static imports, transitively. */
const firstRender = new Set();
/** The files of the definition's schema, loaded with the first `getQuiz`, not already in `firstRender`. */
const definitionSchema = new Set();

try {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { quiz: entry }, formats: ['es'] },
      copyPublicDir: false,
      rollupOptions: {
        preserveEntrySignatures: 'exports-only',
        output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'files-of-the-first-render',
        generateBundle(_options, bundle) {
          const visit = (set, fileName) => {
            if (firstRender.has(fileName) || set.has(fileName)) return;
            set.add(fileName);
            for (const imported of bundle[fileName].imports) visit(set, imported);
          };
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && chunk.isEntry) visit(firstRender, chunk.fileName);
          }
          for (const chunk of Object.values(bundle)) {
            const ids = chunk.type === 'chunk' ? Object.keys(chunk.modules) : [];
            if (ids.some((id) => id.replaceAll('\\', '/').endsWith('packages/core/src/schemas/content.ts'))) {
              visit(definitionSchema, chunk.fileName);
            }
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
  let raw = 0;
  let gzip = 0;
  let schemaGzip = 0;
  for (const path of files.sort()) {
    const bytes = readFileSync(path);
    const size = gzipSync(bytes, { level: 9 }).length;
    const name = relative(outDir, path);
    const first = firstRender.has(name);
    const schema = definitionSchema.has(name);
    if (first) {
      raw += bytes.length;
      gzip += size;
    }
    if (schema) schemaGzip += size;
    const when = first ? '  first render' : schema ? '  with the first getQuiz' : '';
    console.log(`${name.padEnd(44)} ${kb(bytes.length).padStart(10)} ${kb(size).padStart(10)} gzip${when}`);
  }
  console.log(
    `first render: ${firstRender.size} files, ${kb(raw)}, ${kb(gzip)} gzip (budget ${kb(budget)} gzip: ${gzip <= budget ? 'met' : 'missed'})`,
  );
  console.log(
    `before the start screen (quiz=, with the definition's schema): ${firstRender.size + definitionSchema.size} files, ${kb(gzip + schemaGzip)} gzip`,
  );
  if (gzip > budget) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
