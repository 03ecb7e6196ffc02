// Fails early, with instructions, when no Chromium is installed.
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
