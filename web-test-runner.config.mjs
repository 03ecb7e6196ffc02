// Browser tests: real Chromium (Debian's, never a downloaded one) driven by Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { reactPlugin } from './packages/react/web-test-runner.plugin.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { accessibilityTreePlugin } from './test/a11y/accessibility-tree-plugin.mjs';
import { htmlValidatorPlugin } from './test/a11y/html-validator-plugin.mjs';

const browserPackages = '{ui,map,venue-finder,quiz,orientation,embed,partner,react,configurator}';
// Tests that need the geolocation permission run in their own group, whose browser context grants it.
const geolocationGrantedTests = `packages/${browserPackages}/src/**/*.geolocation-granted.test.ts`;

const launchOptions = {
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--no-first-run'],
};

export default {
  files: [
    `packages/${browserPackages}/src/**/*.test.ts`,
    'test/**/*.test.ts',
    '!test/node/**',
    `!${geolocationGrantedTests}`,
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' }),
    // `a11y-live-regions`: the live regions of Chromium's accessibility tree, for test/a11y.
    accessibilityTreePlugin(),
    // React and react-dom (CommonJS) served as ES modules, for packages/react's tests.
    reactPlugin(),
    // `validate-html`: the Nu Html Checker (RGAA 8.2), for test/a11y/validity.test.ts.
    htmlValidatorPlugin(),
  ],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions })],
  groups: [
    {
      // Only its own files (a group without `files` would run the whole suite a second time). Without the
      // permission, as in the default group, Playwright's Chromium denies geolocation.
      name: 'geolocation-granted',
      files: geolocationGrantedTests,
      browsers: [
        playwrightLauncher({
          product: 'chromium',
          launchOptions,
          createBrowserContext: ({ browser }) =>
            browser.newContext({
              permissions: ['geolocation'],
              geolocation: { latitude: 50.6366, longitude: 3.0635 },
            }),
        }),
      ],
    },
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
