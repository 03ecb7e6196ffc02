// Where to find a Chromium that this machine installed itself (no downloaded browsers here).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The first Chromium executable found, or `undefined`. */
export function chromiumPath() {
  return candidates.find((path) => path && existsSync(path));
}
