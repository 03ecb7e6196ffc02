// Shared Vite configuration: resolves workspace packages from their TypeScript sources
// (the `source` export condition), for Storybook now and for the embed bundle (issue 7).
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
});
