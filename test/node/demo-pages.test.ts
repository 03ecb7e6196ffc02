// Issue 7: the demo pages of demo/integration/, each embedding the widgets as a webmaster would (the embed build,
// /build/embed/), in real Chromium against the API on an embedded database (test/node/demo-site.ts). On each page:
// the widgets render (their shadow root has content), no console error, no uncaught exception, no Content-Security-
// Policy violation, and the page's own elements keep their styles (computed with the widgets and again with the
// embed's files blocked). Then what each special page is for: hostile CMS CSS leaves the widgets as on a plain page
// and working; the script loaded twice and in two versions works, defines each widget once and warns once; each
// iframe takes its content's height and follows it; the quiz's result goes on to the orientation, which ends on
// places; a strict CSP of the page itself lets everything work, map included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Locator, Page } from 'playwright';
import {
  demoPages,
  launchChromium,
  startDemoSite,
  watchPage,
  type DemoSite,
  type Watched,
} from './demo-site.js';

const widgetTags = ['inclusion-venue-finder', 'inclusion-quiz', 'inclusion-orientation'] as const;

type Styles = Record<string, Record<string, string>>;

/** What differs between two sets of computed styles, one line per element and property. */
function differences(actual: Styles, expected: Styles): string[] {
  const lines: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    for (const property of new Set([
      ...Object.keys(expected[name] ?? {}),
      ...Object.keys(actual[name] ?? {}),
    ])) {
      const [a, b] = [actual[name]?.[property], expected[name]?.[property]];
      if (a !== b) lines.push(`${name} ${property}: ${b} → ${a}`);
    }
  }
  return lines;
}

/** The pages under test: every page of demo/integration/. */
const pages = demoPages().filter((file) => file.startsWith('integration/'));

/** Host elements' properties that a widget must never change. */
const hostProperties = [
  'display',
  'position',
  'float',
  'box-sizing',
  'margin-top',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'text-align',
  'text-transform',
  'letter-spacing',
  'list-style-type',
  'max-width',
] as const;

/**
 * A widget's own properties that a host page's CSS must not change. Not `font-family`: the widgets inherit the
 * page's font by design (`--inclusion-font-family`, default `inherit`).
 */
const widgetProperties = [
  'display',
  'box-sizing',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'text-align',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'white-space',
  'cursor',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'min-height',
  'float',
] as const;

describe('the demo pages of each embedding mode', () => {
  let site: DemoSite;

  before(async () => {
    site = await startDemoSite();
  });

  after(async () => {
    await site?.close();
  });

  /** A fresh context, 1280 × 900, each page on its own (no saved progress, no cache). */
  async function open(file: string, options: { blockEmbed?: boolean } = {}): Promise<Watched> {
    const context: BrowserContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (options.blockEmbed) {
      await context.route(/\/build\/embed[^/]*\/|\/embed\//, (route) => route.abort());
    }
    const watched = await watchPage(context);
    await watched.page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
    return watched;
  }

  /** The frames that hold widgets: the page's, or its iframes' on an iframe page. */
  async function widgetFrames(page: Page): Promise<Frame[]> {
    const iframes = page.locator('iframe[data-inclusion-widget]');
    const count = await iframes.count();
    if (count === 0) return [page.mainFrame()];
    const frames: Frame[] = [];
    for (let index = 0; index < count; index += 1) {
      const iframe = iframes.nth(index);
      await iframe.scrollIntoViewIfNeeded();
      const frame = await (await iframe.elementHandle())!.contentFrame();
      assert.ok(frame, 'the iframe has a document');
      frames.push(frame);
    }
    return frames;
  }

  /**
   * Waits until every widget of `frame` shows its first screen; returns their tags. A timeout names the page's
   * `problems` so far (a blocked script, a CSP violation).
   */
  async function widgetsRendered(frame: Frame, problems: readonly string[] = []): Promise<string[]> {
    await frame
      .waitForFunction(
        (tags) => {
          const widgets = [...document.querySelectorAll(tags.join(','))];
          return (
            widgets.length > 0 &&
            widgets.every((widget) =>
              widget.shadowRoot?.querySelector(
                '[part="item"], [part="start"], [part="question"], [part="config-error"], [part="problem"]',
              ),
            )
          );
        },
        [...widgetTags],
        { timeout: 20_000 },
      )
      .catch(async (error: Error) => {
        const states = await frame.evaluate(
          (tags) =>
            [...document.querySelectorAll(tags.join(','))].map(
              (widget) =>
                `<${widget.localName}> ${widget.matches(':defined') ? 'defined' : 'not defined'}, parts: ${[
                  ...(widget.shadowRoot?.querySelectorAll('[part]') ?? []),
                ]
                  .map((element) => element.getAttribute('part'))
                  .join(' ')}`,
            ),
          [...widgetTags],
        );
        throw new Error([error.message, ...states, ...problems].join('\n'));
      });
    return frame.evaluate(
      (tags) => {
        return [...document.querySelectorAll(tags.join(','))].map((widget) => {
          const root = widget.shadowRoot!;
          if (root.querySelector('[part="config-error"], [part="problem"]')) {
            throw new Error(
              `<${widget.localName}> shows an error: ${root.textContent?.trim().slice(0, 200)}`,
            );
          }
          if ((root.textContent ?? '').trim().length < 20) throw new Error(`<${widget.localName}> is empty`);
          return widget.localName;
        });
      },
      [...widgetTags],
    );
  }

  /** The computed `hostProperties` of every element of the page's body that belongs to the page. */
  function hostStyles(page: Page): Promise<Styles> {
    return page.evaluate(
      ([properties, tags]) => {
        const styles: Record<string, Record<string, string>> = {};
        const own = [...document.body.querySelectorAll('*')].filter(
          (element) =>
            !(tags as readonly string[]).includes(element.localName) &&
            !['script', 'iframe', 'link', 'style'].includes(element.localName) &&
            !element.closest(tags.join(',')),
        );
        own.forEach((element, index) => {
          const style = getComputedStyle(element);
          const name = `${index} ${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
          styles[name] = Object.fromEntries(
            properties.map((property) => [property, style.getPropertyValue(property)]),
          );
        });
        styles['document'] = {
          adoptedStyleSheets: String(document.adoptedStyleSheets.length),
          styleSheets: String(document.styleSheets.length),
          styleElements: String(document.querySelectorAll('style').length),
        };
        return styles;
      },
      [[...hostProperties], [...widgetTags]] as const,
    );
  }

  for (const file of pages) {
    it(`${file}: the widgets render, with no console error or CSP violation, and the page keeps its styles`, async () => {
      const { page, problems } = await open(file);
      try {
        // The index lists the pages and holds no widget.
        if (file !== 'integration/index.html') {
          const rendered: string[] = [];
          for (const frame of await widgetFrames(page))
            rendered.push(...(await widgetsRendered(frame, problems)));
          assert.ok(rendered.length > 0, 'widgets rendered');
        }
        await page.waitForLoadState('networkidle');
        const withWidgets = await hostStyles(page);
        const plain = await open(file, { blockEmbed: true });
        try {
          await plain.page.waitForLoadState('networkidle');
          assert.deepEqual(
            withWidgets,
            await hostStyles(plain.page),
            'the page’s own elements kept their styles',
          );
        } finally {
          await plain.page.context().close();
        }
        assert.deepEqual(problems, [], `console errors or CSP violations on ${file}`);
      } finally {
        await page.context().close();
      }
    });
  }

  /** The computed `widgetProperties` of a widget's host, base, first button, heading and paragraph. */
  function widgetStyles(page: Page, tag: string): Promise<Styles> {
    return page.evaluate(
      ([tag, properties]) => {
        const host = document.querySelector(tag)!;
        const root = host.shadowRoot!;
        const elements = {
          host,
          base: root.querySelector('[part="base"]'),
          button: root.querySelector('button'),
          heading: root.querySelector('h2, h3'),
          paragraph: root.querySelector('p'),
          field: root.querySelector('input, select'),
          list: root.querySelector('ul, ol'),
          item: root.querySelector('li'),
        };
        return Object.fromEntries(
          Object.entries(elements)
            .filter(([, element]) => element)
            .map(([name, element]) => {
              const style = getComputedStyle(element!);
              return [
                name,
                Object.fromEntries(
                  properties.map((property) => [property, style.getPropertyValue(property)]),
                ),
              ];
            }),
        );
      },
      [tag, [...widgetProperties]] as const,
    );
  }

  it('integration/css-hostile.html: the widgets look as on a page without the CMS’s CSS, and work', async () => {
    const hostile = await open('integration/css-hostile.html');
    try {
      await widgetsRendered(hostile.page.mainFrame());
      for (const [tag, plainPage] of [
        ['inclusion-quiz', 'integration/element-quiz.html'],
        ['inclusion-venue-finder', 'integration/element-lieux.html'],
        ['inclusion-orientation', 'integration/element-orientation.html'],
      ] as const) {
        const plain = await open(plainPage);
        try {
          await widgetsRendered(plain.page.mainFrame());
          assert.deepEqual(
            differences(await widgetStyles(hostile.page, tag), await widgetStyles(plain.page, tag)),
            [],
            `<${tag}> under the CMS's CSS`,
          );
        } finally {
          await plain.page.context().close();
        }
      }
      // The page's own button took the CMS's styles: the CSS did reach the page.
      const button = await hostile.page.locator('#bouton-du-site').evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.backgroundColor, style.fontSize];
      });
      assert.deepEqual(button, ['rgb(255, 0, 0)', '30px']);
      // And the widgets work: the quiz's first question, the orientation's first question.
      for (const tag of ['inclusion-quiz', 'inclusion-orientation']) {
        const widget = hostile.page.locator(tag);
        await widget.getByRole('button', { name: 'Commencer', exact: true }).click();
        await widget.locator('[part="question"] legend').first().waitFor();
      }
      await hostile.page.locator('inclusion-venue-finder [part="item"]').first().waitFor();
      assert.deepEqual(hostile.problems, []);
    } finally {
      await hostile.page.context().close();
    }
  });

  it('integration/double-chargement.html: two script tags and another version: each widget defined once, one warning', async () => {
    const { page, problems, warnings } = await open('integration/double-chargement.html');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      assert.deepEqual((await widgetsRendered(page.mainFrame())).sort(), [...widgetTags].sort());
      await page.waitForLoadState('networkidle');
      const loaders = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script[src*="inclusion-widgets.js"]').length,
        defined: ['inclusion-venue-finder', 'inclusion-quiz', 'inclusion-orientation'].map(
          (tag) => typeof customElements.get(tag),
        ),
      }));
      assert.equal(loaders.scripts, 3);
      assert.deepEqual(loaders.defined, ['function', 'function', 'function']);
      const loadedTwice = warnings.filter((text) => text.includes('loaded twice'));
      assert.equal(loadedTwice.length, 1, `one warning: ${warnings.join('\n')}`);
      assert.match(loadedTwice[0]!, /0\.1\.0-autre/);
      assert.deepEqual(
        requests.filter((path) => path.startsWith('/build/embed-autre-version/widgets/')),
        [],
        'the second version loaded no widget',
      );
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });

  for (const file of pages.filter((name) => name.startsWith('integration/iframe-'))) {
    it(`${file}: the iframe has a title, takes its content's height and follows it`, async () => {
      const { page, problems } = await open(file);
      try {
        const iframe = page.locator('iframe[data-inclusion-widget]');
        assert.ok((await iframe.getAttribute('title'))?.trim(), 'a title');
        const [frame] = await widgetFrames(page);
        await widgetsRendered(frame!);
        /** Waits until the iframe is as high as its document (± 4 px), other than `not` px; returns that height. */
        const fitted = async (not: number) => {
          const handle = await iframe.elementHandle();
          await page.waitForFunction(
            ([element, not]) => {
              const iframe = element as HTMLIFrameElement;
              const inner = iframe.contentDocument?.documentElement.scrollHeight ?? 0;
              const outer = iframe.getBoundingClientRect().height;
              return inner > 0 && Math.abs(outer - not) > 4 && Math.abs(outer - inner) <= 4;
            },
            [handle, not] as const,
            { timeout: 10_000 },
          );
          return iframe.evaluate((element) => element.getBoundingClientRect().height);
        };
        const first = await fitted(800);
        // The next screen has another height: the iframe follows.
        const widget = frame!.locator(widgetTags.join(','));
        if (file.endsWith('lieux.html')) {
          await widget.locator('[part="item"] button[data-open]').first().click();
        } else {
          await widget.getByRole('button', { name: 'Commencer', exact: true }).click();
          await widget.locator('[part="question"] legend').first().waitFor();
        }
        await fitted(first);
        assert.deepEqual(problems, []);
      } finally {
        await page.context().close();
      }
    });
  }

  /**
   * Answers the questions of `widget` until `done` shows: each question's answer from `choices` (its input's name
   * → value), else its first choice, else (`skip`) none; the review's "Voir mon résultat". Returns the questions
   * asked.
   */
  async function answerUntil(
    page: Page,
    widget: Locator,
    done: string,
    options: { choices?: Record<string, string>; skip?: boolean } = {},
  ): Promise<string[]> {
    const asked: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      await widget
        .locator(`[part="question"] .choice input, [part="review"], ${done}`)
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(async (error: Error) => {
          const screen = await widget.evaluate((host) => host.shadowRoot?.textContent?.replace(/\s+/g, ' '));
          throw new Error(`${error.message}\nquestions so far: ${asked.join(', ')}\nscreen: ${screen}`);
        });
      if (await widget.locator(done).count()) return asked;
      if (await widget.locator('[part="review"]').count()) {
        await widget.getByRole('button', { name: 'Voir mon résultat', exact: true }).click();
        continue;
      }
      const input = widget.locator('[part="question"] .choice input');
      const name = (await input.first().getAttribute('name'))!;
      asked.push(name);
      const wanted = options.choices?.[name];
      if (wanted) await input.and(widget.locator(`[value="${wanted}"]`)).check();
      else if (
        !options.skip ||
        (await widget.getByRole('button', { name: 'Suivant', exact: true }).count())
      ) {
        await input.first().check();
      }
      const legend = await widget.locator('[part="question"] legend').first().textContent();
      await widget.locator('[part="question"] button[type="submit"]').click();
      await page.waitForFunction(
        ([host, before]) => {
          const root = (host as Element).shadowRoot!;
          const legend = root.querySelector('[part="question"] legend');
          return !legend || legend.textContent !== before;
        },
        [await widget.elementHandle(), legend] as const,
      );
    }
    throw new Error(`${done} never showed`);
  }

  it('integration/parcours.html: the quiz’s result goes on to the orientation, which ends on nearby places', async () => {
    const { page, problems } = await open('integration/parcours.html');
    try {
      await widgetsRendered(page.mainFrame());
      const quiz = page.locator('inclusion-quiz');
      await quiz.getByRole('button', { name: 'Commencer', exact: true }).click();
      await answerUntil(page, quiz, '[part="result"]');
      await quiz.getByRole('button', { name: 'Continuer pour trouver la bonne aide' }).click();
      const orientation = page.locator('inclusion-orientation#orientation');
      await orientation.getByText('Nous utiliserons aussi le résultat de votre questionnaire').waitFor();
      await orientation.getByRole('button', { name: 'Commencer', exact: true }).click();
      const asked = await answerUntil(page, orientation, '[part="end"]', {
        choices: { qui: 'moi', 'demarche-urgente': 'non' },
        skip: true,
      });
      assert.ok(asked.includes('objectif'), `the orientation asked its questions: ${asked.join(', ')}`);
      // The quiz answered the skills questions: they were not asked.
      assert.deepEqual(
        asked.filter((name) => name.startsWith('aise-')),
        [],
        'skills questions asked again',
      );
      const finder = orientation.locator('inclusion-venue-finder');
      await finder.locator('[part="item"], [part="status"]').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });

  /**
   * Opens a partner's page on another origin than the service (`localhost` against the server's `127.0.0.1`) under
   * the CSP recipe of docs/integration.md (section 6), holding `body` (`${api}` replaced by the service's address),
   * runs `check` and returns the page's problems.
   */
  async function onPartnerSite(body: string, check: (page: Page) => Promise<void>): Promise<string[]> {
    const api = site.url;
    const partner = api.replace('127.0.0.1', 'localhost');
    assert.notEqual(partner, api);
    const csp = [
      "default-src 'none'",
      `script-src 'self' ${api}`,
      "style-src 'self'",
      `connect-src 'self' ${api}`,
      `img-src 'self' data: ${api}`,
      `worker-src blob: ${api}`,
      `frame-src ${api}`,
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; ');
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Belcastel-sur-Lys</title>
      <link rel="icon" href="data:,"></head><body><main>${body.replaceAll('${api}', api)}</main></body></html>`;
    // Both origins are on this machine: Chromium's local network access checks would stop the partner's page from
    // loading from 127.0.0.1, which a real partner site and a real service (both public) never meet.
    const browser = await launchChromium(['--disable-features=LocalNetworkAccessChecks']);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.route(`${partner}/aide-au-numerique`, (route) =>
        route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': csp }, body: html }),
      );
      const { page, problems } = await watchPage(context);
      await page.goto(`${partner}/aide-au-numerique`, { waitUntil: 'load' });
      await check(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      return problems;
    } finally {
      await browser.close();
    }
  }

  it('a partner site on another origin, under the CSP recipe of docs/integration.md: the three modes work', async () => {
    const problems = await onPartnerSite(
      `<script type="module" src="\${api}/build/embed/inclusion-widgets.js" data-api="\${api}"></script>
      <inclusion-venue-finder near="3.0635,50.6366" view="list"></inclusion-venue-finder>
      <inclusion-quiz quiz="competences-numeriques"></inclusion-quiz>
      <script type="module" src="\${api}/build/embed/inclusion-widgets.js" data-api="\${api}" data-widget="orientation"></script>
      <iframe src="\${api}/embed/quiz?quiz=competences-numeriques" title="Faire le point sur mes compétences numériques"
        data-inclusion-widget height="800"></iframe>
      <script type="module" src="\${api}/build/embed/inclusion-widgets-iframe.js"></script>`,
      async (page) => {
        assert.deepEqual((await widgetsRendered(page.mainFrame())).sort(), [
          'inclusion-orientation',
          'inclusion-quiz',
          'inclusion-venue-finder',
        ]);
        const [frame] = (await widgetFrames(page)).filter((candidate) => candidate !== page.mainFrame());
        await widgetsRendered(frame!);
        // The iframe is on another origin: its height changed from the 800 px it had.
        await page.waitForFunction(
          () => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - 800) > 4,
        );
      },
    );
    assert.deepEqual(problems, []);
  });

  it('a partner site on another origin, under the CSP recipe of docs/integration.md: the map shows', async () => {
    const problems = await onPartnerSite(
      `<script type="module" src="\${api}/build/embed/inclusion-widgets.js" data-api="\${api}"></script>
      <inclusion-venue-finder near="3.0635,50.6366" map="on"></inclusion-venue-finder>`,
      async (page) => {
        await widgetsRendered(page.mainFrame());
        await page.locator('inclusion-venue-finder inclusion-map canvas').waitFor();
      },
    );
    assert.deepEqual(problems, []);
  });

  it('integration/csp-stricte.html: under the page’s own strict CSP, the map shows with no violation', async () => {
    const { page, problems } = await open('integration/csp-stricte.html');
    try {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp ?? '', /default-src 'none'/);
      assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/);
      await widgetsRendered(page.mainFrame());
      const map = page.locator('inclusion-venue-finder inclusion-map');
      await map.locator('canvas').waitFor();
      // The map's worker started and drew the places: its style loaded without error.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });
});
