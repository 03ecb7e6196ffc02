// Shared Vite configuration: resolves workspace packages from their TypeScript sources (the `source` export
// condition), for Storybook, the demo's widgets and the embed bundle; in builds, trims the widgets' CSS.
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * Lit's `css` literals ship as written: the minifier keeps strings. In builds, this drops their comments and the
 * indentation at the start of their lines (both meant for the reader), which every widget's first screen carries
 * otherwise (≈ 0.3 KB gzip for the quiz's). Only `css\`…\`` literals of the workspace's TypeScript are touched.
 */
function trimCssLiterals(): Plugin {
  return {
    name: 'inclusion-trim-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const trimmed = code.replace(/\bcss`((?:\\[\s\S]|[^`\\])*)`/g, (_, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\n[ \t]+/g, '\n')
          .replace(/\n{2,}/g, '\n');
        return `css\`${css}\``;
      });
      return trimmed === code ? undefined : { code: trimmed, map: null };
    },
  };
}

export default defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
  plugins: [trimCssLiterals()],
});
