// Lint: typescript-eslint (type-aware), eslint-plugin-lit and eslint-plugin-wc on browser code.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      '.pglite/**',
      'demo/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a same-name type.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties.' },
      ],
    },
  },
  {
    files: [
      'packages/{ui,map,venue-finder,quiz,orientation,embed,partner,configurator}/src/**/*.ts',
      'stories/**/*.ts',
    ],
    ...lit.configs['flat/recommended'],
  },
  {
    files: [
      'packages/{ui,map,venue-finder,quiz,orientation,embed,partner,configurator}/src/**/*.ts',
      'stories/**/*.ts',
    ],
    ...wc.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...wc.configs['flat/recommended'].rules,
      // Widgets log through the ui logger, which prefixes the tag name.
      'no-console': 'error',
    },
  },
  {
    // Browser code must not pull classic zod (23–95 KB gz); zod/mini is about 5 KB.
    files: ['packages/{core,ui,map,venue-finder,quiz,orientation,embed,partner,configurator}/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Browser code uses 'zod/mini'." }] },
      ],
    },
  },
  {
    files: ['packages/ui/src/logger.ts', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // @open-wc/testing types chai's Assertion as a thenable, so every `expect(…).to.equal(…)` would be
    // reported as a floating promise. Async assertions in these files are awaited by convention.
    files: [
      'packages/{ui,map,venue-finder,quiz,orientation,embed,react,partner,configurator}/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
