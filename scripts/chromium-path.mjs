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

/**
 * The flags every run of Debian's Chromium here takes (tests, benchmarks): no sandbox (containers), no GPU but WebGL
 * drawn by SwiftShader (the map), and none of the browser's own network traffic (updates, sync).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
