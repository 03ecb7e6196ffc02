// The demo site as `npm start` serves it, for the end-to-end tests of test/node/: the widgets and the embed built by
// scripts/build-demo.mjs (into a cache folder shared by the test files of one run: the second file reuses the build
// while no source changed), a copy of the pages of demo/ (every folder but build/), the API on 127.0.0.1 with an
// in-memory embedded database seeded with the committed places, and Debian Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { createApp } from '../../packages/api/src/app.js';
import { ensureCommunes } from '../../packages/api/src/communes/load.js';
import { openDatabase, type Database } from '../../packages/api/src/database.js';
import { createLogger } from '../../packages/api/src/logger.js';
import { migrate } from '../../packages/api/src/migrate.js';
import { seedIfEmpty } from '../../packages/api/src/seed.js';
import { listen, type RunningServer } from '../../packages/api/src/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const demoDir = join(root, 'demo');

interface ChromiumPath {
  chromiumPath(): string | undefined;
  chromiumArgs: readonly string[];
}

/** A running demo site. */
export interface DemoSite {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly browser: Browser;
  /** Stops the browser, the server and the database, and removes the copy of the pages. */
  close(): Promise<void>;
}

/** Every HTML page of the demo, relative to demo/ with `/` separators (`index.html`, `integration/parcours.html`). */
export function demoPages(): string[] {
  const pages: string[] = [];
  (function walk(dir: string) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(demoDir, 'build')) walk(path);
      } else if (entry.name.endsWith('.html')) pages.push(relative(demoDir, path).replaceAll('\\', '/'));
    }
  })(demoDir);
  return pages.sort();
}

/** What the build depends on: every source, script and lock file, by path, size and modification time. */
function buildKey(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name !== 'node_modules' && name !== 'dist' && !name.startsWith('.')) visit(join(path, name));
      }
    } else hash.update(`${relative(root, path)} ${stat.size} ${stat.mtimeMs}\n`);
  };
  for (const path of ['packages', 'scripts', 'vite.config.ts', 'package-lock.json']) visit(join(root, path));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The demo's build (`scripts/build-demo.mjs <folder>`), in `<tmp>/inclusion-widgets-demo-build/<key>/`: built once
 * per state of the sources, older builds removed.
 */
async function demoBuild(): Promise<string> {
  const cache = join(tmpdir(), 'inclusion-widgets-demo-build');
  const key = buildKey();
  const folder = join(cache, key);
  if (existsSync(join(folder, 'done'))) return join(folder, 'build');
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build-demo.mjs'), join(folder, 'build')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`build-demo.mjs exited with ${code}:\n${output}`)),
    );
  });
  writeFileSync(join(folder, 'done'), `${new Date().toISOString()}\n`);
  return join(folder, 'build');
}

/**
 * Builds (or reuses the build of) the demo, serves a copy of its pages with the API on 127.0.0.1 and an in-memory
 * database seeded with the committed places, and starts Chromium. The build, the database and the browser get
 * ready together (the seed takes most of the time).
 */
export async function startDemoSite(): Promise<DemoSite> {
  const site = mkdtempSync(join(tmpdir(), 'inclusion-widgets-demo-'));
  const logger = createLogger({ level: 'silent' });
  let database: Database | undefined;
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
    rmSync(site, { recursive: true, force: true });
  };
  try {
    const built = (async () => {
      cpSync(demoDir, site, { recursive: true, filter: (source) => source !== join(demoDir, 'build') });
      symlinkSync(await demoBuild(), join(site, 'build'), 'dir');
    })();
    const seeded = (async () => {
      database = await openDatabase({ dataDir: 'memory://' });
      await migrate(database);
      await ensureCommunes(database);
      await seedIfEmpty(database, logger, { seed: 'true' });
    })();
    const launched = (async () => {
      browser = await launchChromium();
    })();
    await Promise.all([built, seeded, launched]);
    server = await listen(createApp({ database: database!, logger, version: 'test', staticDir: site }), {
      port: 0,
      host: '127.0.0.1',
    });
    return { url: server.url, browser: browser!, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Debian's Chromium with the flags of every run here (scripts/chromium-path.mjs), and `extraArgs`. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const { chromiumArgs, chromiumPath } = (await import(
    pathToFileURL(join(root, 'scripts/chromium-path.mjs')).href
  )) as ChromiumPath;
  const executablePath = chromiumPath();
  assert.ok(executablePath, 'no Chromium: sudo apt-get install -y chromium (or set CHROME_PATH)');
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs] });
}

/** What went wrong on a page: console errors, uncaught exceptions and CSP violations, from every frame. */
export interface Watched {
  readonly page: Page;
  readonly problems: string[];
  /** Every console warning, from every frame. */
  readonly warnings: string[];
}

/**
 * Opens a page in `context`, recording its console errors and warnings, uncaught exceptions, and Content-Security-
 * Policy violations (the `securitypolicyviolation` events of the page and of its frames, logged as errors).
 */
export async function watchPage(context: BrowserContext): Promise<Watched> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    } else if (message.type() === 'warning' && !/GL Driver Message|WebGL/.test(message.text())) {
      warnings.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems, warnings };
}
