/**
 * RGAA 4.1 page criteria (8.1 to 8.6, 8.2 with the Nu Html Checker) for the whole pages this project ships, as
 * opposed to the widgets that live in a partner's page:
 * - the iframe pages `GET /embed/<widget>` (mode 3), built by `embedPage` / `notFoundPage` of the API, in French
 *   and English, with hostile attribute values;
 * - the demo site's pages (configurator, partner page, integration examples), read as files: they are what
 *   `npm start` serves.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { embedPage, notFoundPage } from '../../packages/api/src/embed/page.js';
import { embedWidgets } from '../../packages/api/src/embed/widgets.js';

interface CheckerMessage {
  readonly type: string;
  readonly subType?: string;
  readonly message: string;
  readonly extract?: string;
}

const locales = ['fr', 'en'] as const;

const options = (locale: 'fr' | 'en') => ({
  locale,
  scriptUrl: '/build/embed/inclusion-widgets.js',
  frameScriptUrl: '/build/embed/inclusion-widgets-frame.js',
  api: 'https://api.example.fr',
});

/** Every file of demo/ that `npm start` serves as a page. */
const demoPages = [
  'demo/index.html',
  'demo/quiz.html',
  'demo/orientation.html',
  'demo/configurateur/index.html',
  'demo/partenaire/index.html',
  'demo/integration/index.html',
  'demo/integration/element-lieux.html',
  'demo/integration/element-quiz.html',
  'demo/integration/element-orientation.html',
  'demo/integration/script-lieux.html',
  'demo/integration/script-quiz.html',
  'demo/integration/script-orientation.html',
  'demo/integration/iframe-lieux.html',
  'demo/integration/iframe-quiz.html',
  'demo/integration/iframe-orientation.html',
  'demo/integration/parcours.html',
  'demo/integration/css-hostile.html',
  'demo/integration/csp-stricte.html',
  'demo/integration/double-chargement.html',
];

async function errorsOf(name: string, html: string): Promise<string[]> {
  const results = await executeServerCommand<
    { name: string; messages: CheckerMessage[] }[],
    { documents: { name: string; html: string }[] }
  >('validate-html', { documents: [{ name, html }] });
  if (!results) throw new Error('the validate-html command is not installed (web-test-runner.config.mjs)');
  return results[0]!.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.message} [${message.extract ?? ''}]`);
}

/**
 * What RGAA 8.1 and 8.3 to 8.6 ask of a page, read from its source: a doctype first, a `lang` on `html` that is
 * `expectedLang`, a non-empty title (8.5) that says what the page is (8.6: `titleIncludes`), and a viewport that
 * lets people zoom (10.4: no `user-scalable=no`, no `maximum-scale` below 2).
 */
function checkPage(html: string, expectedLang: string, titleIncludes?: string): void {
  expect(/^\s*<!doctype html>/i.test(html), '8.1: the doctype comes first').to.equal(true);
  const page = new DOMParser().parseFromString(html, 'text/html');
  expect(page.documentElement.getAttribute('lang'), '8.3/8.4: lang on html').to.equal(expectedLang);
  const title = page.title.trim();
  expect(title.length, '8.5: a title').to.be.greaterThan(0);
  if (titleIncludes) expect(title, '8.6: the title says what the page is').to.contain(titleIncludes);
  const viewport = page.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
  expect(viewport, '10.4: zoom allowed').not.to.match(/user-scalable\s*=\s*(no|0)/i);
  const maximum = /maximum-scale\s*=\s*([\d.]+)/i.exec(viewport);
  if (maximum) expect(Number(maximum[1]), '10.4: zoom allowed').to.be.at.least(2);
}

describe('RGAA 8: the pages this project ships', function () {
  this.timeout(120_000);

  describe('the iframe pages (GET /embed/<widget>)', () => {
    for (const [name, widget] of Object.entries(embedWidgets)) {
      for (const locale of locales) {
        it(`${name} (${locale}): doctype, lang, a title naming the widget, zoom allowed, valid markup`, async () => {
          const hostile = widget.attributes.includes('territory')
            ? [['territory', '"><script>alert(1)</script>']]
            : [];
          const html = embedPage(widget, hostile as [string, string][], options(locale));
          checkPage(html, locale, widget.title[locale]);
          const page = new DOMParser().parseFromString(html, 'text/html');
          expect(page.querySelectorAll('main').length, 'one main landmark (12.6)').to.equal(1);
          expect(page.querySelector(widget.tag), 'the widget in it').to.not.equal(null);
          expect(page.querySelector('body script'), 'no script made from the query').to.equal(null);
          expect(await errorsOf(`embed ${name} ${locale}`, html)).to.deep.equal([]);
        });
      }
    }

    for (const locale of locales) {
      it(`the page for an unknown widget (${locale}): a level-1 heading, valid markup`, async () => {
        const html = notFoundPage('<b>carte</b>', Object.keys(embedWidgets), locale);
        checkPage(html, locale);
        const page = new DOMParser().parseFromString(html, 'text/html');
        expect(page.querySelector('h1')?.textContent?.trim().length).to.be.greaterThan(0);
        expect(page.querySelector('b'), 'the name is text, not markup').to.equal(null);
        expect(await errorsOf(`embed 404 ${locale}`, html)).to.deep.equal([]);
      });
    }
  });

  describe('the demo site’s pages', () => {
    for (const path of demoPages) {
      it(`${path}: doctype, lang, title, zoom allowed, valid markup, one h1, a skip link`, async () => {
        const response = await fetch(`/${path}`);
        expect(response.ok, `${path} is served`).to.equal(true);
        const html = await response.text();
        checkPage(html, 'fr');
        const page = new DOMParser().parseFromString(html, 'text/html');
        expect(page.querySelectorAll('h1').length, 'one h1').to.equal(1);
        expect(page.querySelectorAll('main').length, 'one main landmark (12.6)').to.equal(1);
        const first = page.body.querySelector('a[href], button, input, select, textarea, [tabindex]');
        expect(first?.getAttribute('href'), '12.7: the first thing Tab reaches goes to the content').to.equal(
          '#contenu',
        );
        expect(page.querySelector('main')?.id, '12.7: …which is the main landmark').to.equal('contenu');
        expect(await errorsOf(path, html)).to.deep.equal([]);
      });
    }
  });

  it('the check can fail: a page without doctype, lang or title is refused', () => {
    expect(() => checkPage('<html><head></head><body></body></html>', 'fr')).to.throw();
    expect(() =>
      checkPage(
        '<!doctype html><html lang="fr"><head><title>x</title><meta name="viewport" content="width=device-width, user-scalable=no"></head></html>',
        'fr',
      ),
    ).to.throw();
  });
});
