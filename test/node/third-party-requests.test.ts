// Issue 9, privacy: the demo site asks nothing of a third party. Builds the demo's widgets as `npm start` does
// (scripts/build-demo.mjs, here into a temporary folder with a copy of the pages), serves it with the API on
// 127.0.0.1 and an in-memory embedded database seeded with the committed places, opens every HTML page of the demo
// in Debian Chromium and takes its main journey, recording every request of the browser context (pages and
// workers) and every WebSocket. Every URL must be on the server's origin (the API, which also serves the map's
// style and tiles), or `data:`/`blob:`; no console error, no Content-Security-Policy violation.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
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
const demoDir = join(root, 'demo');

interface WidgetBundle {
  buildWidget(options: { name: string; entry: string; outDir: string; firstStep: string }): Promise<unknown>;
}
interface ChromiumPath {
  chromiumPath(): string | undefined;
  chromiumArgs: readonly string[];
}

/** The widgets of the demo, as scripts/build-demo.mjs builds them (`demo/build/<name>/<name>.js`). */
const demoWidgets = [
  { name: 'venue-finder', entry: 'packages/venue-finder/src/define.ts' },
  { name: 'quiz', entry: 'packages/quiz/src/define.ts' },
  { name: 'orientation', entry: 'packages/orientation/src/define.ts' },
];

/** What a page did: every URL it asked for, and what went wrong in it. */
interface Visit {
  readonly urls: Set<string>;
  readonly problems: string[];
}

/** Each page's main journey; a page of the demo without one is opened and left to settle. */
const journeys: Record<string, (page: Page) => Promise<void>> = {
  'index.html': async (page) => {
    const finder = page.locator('inclusion-venue-finder');
    const field = finder.getByRole('combobox', { name: /Votre commune/ });
    await field.pressSequentially('Lille', { delay: 30 });
    await finder
      .getByRole('option', { name: /^Lille/ })
      .first()
      .click();
    await finder.locator('[part="item"]').first().waitFor();
    const showMap = finder.getByRole('button', { name: 'Afficher la carte' });
    if (await showMap.isVisible()) await showMap.click();
    await finder.locator('inclusion-map canvas').waitFor();
    await page.waitForLoadState('networkidle');
  },
  'quiz.html': async (page) => {
    const quiz = page.locator('inclusion-quiz');
    await quiz.getByRole('button', { name: 'Commencer' }).click();
    await answerFirstQuestion(page, quiz);
  },
  'orientation.html': async (page) => {
    const orientation = page.locator('inclusion-orientation').first();
    await orientation.getByRole('button', { name: 'Commencer' }).click();
    await answerFirstQuestion(page, orientation);
  },
};

/** Picks the first answer of the question shown and goes on to the next screen. */
async function answerFirstQuestion(page: Page, widget: ReturnType<Page['locator']>): Promise<void> {
  const question = widget.locator('[part="question"] legend').first();
  const first = (await question.textContent())?.trim();
  await widget.locator('.choice input').first().check();
  await widget.locator('[part="question"] button[type="submit"]').click();
  await page.waitForFunction(
    ([tag, before]) => {
      const element = document.querySelector(tag!);
      const legend = element?.shadowRoot?.querySelector('[part="question"] legend, [part="end"]');
      return legend !== null && legend !== undefined && legend.textContent?.trim() !== before;
    },
    [await widget.evaluate((element) => element.localName), first] as const,
  );
  await page.waitForLoadState('networkidle');
}

describe('the demo site asks nothing of a third party', () => {
  let site: string;
  let database: Database;
  let server: RunningServer;
  let browser: Browser;
  const visits = new Map<string, Visit>();

  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'third-party-requests-'));
    const logger = createLogger({ level: 'silent' });
    // The build, the database and the browser get ready together (the seed takes most of the time).
    const built = (async () => {
      for (const file of readdirSync(demoDir, { withFileTypes: true })) {
        if (file.isFile()) copyFileSync(join(demoDir, file.name), join(site, file.name));
      }
      const { buildWidget } = (await import(
        pathToFileURL(join(root, 'scripts/widget-bundle.mjs')).href
      )) as WidgetBundle;
      for (const { name, entry } of demoWidgets) {
        await buildWidget({ name, entry, outDir: join(site, 'build', name), firstStep: 'first' });
      }
    })();
    const seeded = (async () => {
      database = await openDatabase({ dataDir: 'memory://' });
      await migrate(database);
      await ensureCommunes(database);
      await seedIfEmpty(database, logger, { seed: 'true' });
    })();
    const launched = (async () => {
      const { chromiumArgs, chromiumPath } = (await import(
        pathToFileURL(join(root, 'scripts/chromium-path.mjs')).href
      )) as ChromiumPath;
      const executablePath = chromiumPath();
      assert.ok(executablePath, 'no Chromium: sudo apt-get install -y chromium (or set CHROME_PATH)');
      browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
    })();
    await Promise.all([built, seeded, launched]);
    server = await listen(createApp({ database, logger, version: 'test', staticDir: site }), {
      port: 0,
      host: '127.0.0.1',
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  /** Opens a page of the demo in a fresh context, takes its journey and records what it asked for. */
  async function visit(file: string): Promise<Visit> {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const found: Visit = { urls: new Set(), problems: [] };
    context.on('request', (request) => found.urls.add(request.url()));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    try {
      const page = await context.newPage();
      page.on('websocket', (socket) => found.urls.add(socket.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
          found.problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => found.problems.push(`uncaught: ${error.message}`));
      await page.goto(`${server.url}/${file}`, { waitUntil: 'networkidle' });
      await (journeys[file] ?? (() => Promise.resolve()))(page);
      await page.waitForLoadState('networkidle');
    } finally {
      await context.close();
    }
    visits.set(file, found);
    return found;
  }

  const pages = readdirSync(demoDir).filter((file) => file.endsWith('.html'));

  for (const file of pages) {
    it(`${file}: every request goes to the server's origin (or data:, blob:), with no error`, async () => {
      const { urls, problems } = await visit(file);
      const origin = new URL(server.url).origin;
      const foreign = [...urls].filter((url) => {
        const { protocol } = new URL(url);
        return protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin;
      });
      assert.deepEqual(foreign, [], `requests to third parties from ${file}:\n${foreign.join('\n')}`);
      assert.ok(urls.size > 1, `${file} made its requests (${[...urls].join(', ')})`);
      assert.deepEqual(problems, [], `console errors or CSP violations on ${file}`);
    });
  }

  it('has a journey for every page of the demo', () => {
    assert.deepEqual(
      pages.filter((file) => !journeys[file]),
      [],
      'pages without a journey',
    );
    assert.deepEqual([...visits.keys()].sort(), [...pages].sort());
  });
});
