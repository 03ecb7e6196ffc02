// Custom-elements manifest generated from the JSDoc of the widgets (read by Storybook and the READMEs).
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/{core,api,content}/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
