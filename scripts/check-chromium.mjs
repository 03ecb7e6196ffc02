// Fails early, with instructions, when no Chromium (or no Java, for the HTML validator) is installed.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      'Install Debian’s Chromium:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}

// The Nu Html Checker of test/a11y/validity.test.ts (RGAA 8.2) runs on Java.
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    [
      'No Java found for the HTML validity checks (the Nu Html Checker, test/a11y/validity.test.ts).',
      'Install Debian’s:  sudo apt-get update && sudo apt-get install -y default-jre-headless',
    ].join('\n'),
  );
  process.exit(1);
}
