// React in web-test-runner. `react` and `react-dom` ship CommonJS only (with `process.env.NODE_ENV` checks), which
// a browser cannot import. This plugin serves them as ES modules: one esbuild bundle holding React and
// `react-dom/client` (one copy of React, as hooks need), and a small module per import path re-exporting from it
// with named exports. Used by packages/react/src/*.test.ts through web-test-runner.config.mjs.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const prefix = '/__inclusion-react__/';

/** The import paths served, with the module each one re-exports. */
const entries = {
  react: { file: 'react.js', name: 'React' },
  'react-dom/client': { file: 'react-dom-client.js', name: 'ReactDOMClient' },
  'react-dom': { file: 'react-dom.js', name: 'ReactDOM' },
};

/** The vendor bundle, built once per run. */
let vendor;

async function buildVendor() {
  const result = await build({
    stdin: {
      contents: Object.entries(entries)
        .map(([source, { name }]) => `export * as ${name} from ${JSON.stringify(source)};`)
        .join('\n'),
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The keys of a CommonJS module, read in a child process (React's development build touches the console,
 * which web-test-runner replaces in its own process). */
function keysOf(source) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(source)}))))`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, encoding: 'utf8' }),
  );
}

/** `export default` and one named export per key of the CommonJS module, from the vendor bundle. */
function reexport(source, name) {
  const keys = keysOf(source).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { ${name} as namespace } from './vendor.js';`,
    'const module = namespace.default ?? namespace;',
    'export default module;',
    `export const { ${keys.join(', ')} } = module;`,
  ].join('\n');
}

/** The web-test-runner (dev server) plugin. */
export function reactPlugin() {
  return {
    name: 'inclusion-react-esm',
    resolveImport({ source }) {
      const entry = entries[source];
      return entry ? `${prefix}${entry.file}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const file = context.path.slice(prefix.length);
      if (file === 'vendor.js') {
        vendor ??= buildVendor();
        return { body: await vendor, type: 'js' };
      }
      const found = Object.entries(entries).find(([, entry]) => entry.file === file);
      return found ? { body: reexport(found[0], found[1].name), type: 'js' } : undefined;
    },
  };
}
