// Issue 9, privacy: the demo site asks nothing of a third party. Builds the demo as `npm start` does
// (scripts/build-demo.mjs, shared with the other end-to-end tests: test/node/demo-site.ts), serves a copy of its pages
// with the API on 127.0.0.1 and an in-memory embedded database seeded with the committed places, opens every HTML
// page of the demo (its folders too: demo/integration/…) in Debian Chromium and takes its main journey, recording
// every request of the browser context (pages, iframes and workers) and every WebSocket. Every URL must be on the server's origin (the API, which also serves the map's
// style and tiles), or `data:`/`blob:`; no console error, no Content-Security-Policy violation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright';
import { demoPages, startDemoSite, type DemoSite } from './demo-site.js';

/** What a page did: every URL it asked for, and what went wrong in it. */
interface Visit {
  readonly urls: Set<string>;
  readonly problems: string[];
}

/** Waits until every widget of the page, and of its iframes, shows its first screen. */
async function widgetsShown(page: Page): Promise<void> {
  const tags = 'inclusion-venue-finder, inclusion-quiz, inclusion-orientation';
  const iframes = page.locator('iframe[data-inclusion-widget]');
  for (let index = 0; index < (await iframes.count()); index += 1) {
    await iframes.nth(index).scrollIntoViewIfNeeded();
  }
  for (const frame of page.frames()) {
    await frame.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every((widget) =>
          widget.shadowRoot?.querySelector('[part="item"], [part="start"], [part="question"]'),
        ),
      tags,
    );
  }
  await page.waitForLoadState('networkidle');
}

/** Each page's main journey, by its path in demo/ (`integration/parcours.html`). */
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

/**
 * The journey of a page: its own, or for the pages of demo/integration/ (one mode or case each, their journeys in
 * test/node/demo-pages.test.ts) the first screen of their widgets, or for the configurator and the partner page
 * (issue 7, their own tests elsewhere) the page left to settle.
 */
function journeyOf(file: string): ((page: Page) => Promise<void>) | undefined {
  if (journeys[file]) return journeys[file];
  if (file.startsWith('integration/')) return widgetsShown;
  if (file.startsWith('configurateur/') || file.startsWith('partenaire/')) {
    return (page) => page.waitForLoadState('networkidle');
  }
  return undefined;
}

describe('the demo site asks nothing of a third party', () => {
  let site: DemoSite;
  const visits = new Map<string, Visit>();

  before(async () => {
    site = await startDemoSite();
  });

  after(async () => {
    await site?.close();
  });

  /** Opens a page of the demo in a fresh context, takes its journey and records what it asked for. */
  async function visit(file: string): Promise<Visit> {
    const context: BrowserContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
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
      await page.goto(`${site.url}/${file}`, { waitUntil: 'networkidle' });
      await (journeyOf(file) ?? (() => Promise.resolve()))(page);
      await page.waitForLoadState('networkidle');
    } finally {
      await context.close();
    }
    visits.set(file, found);
    return found;
  }

  const pages = demoPages();

  for (const file of pages) {
    it(`${file}: every request goes to the server's origin (or data:, blob:), with no error`, async () => {
      const { urls, problems } = await visit(file);
      const origin = new URL(site.url).origin;
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
      pages.filter((file) => !journeyOf(file)),
      [],
      'pages without a journey',
    );
    assert.deepEqual([...visits.keys()].sort(), [...pages].sort());
  });
});
