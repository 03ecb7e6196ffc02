/**
 * Checks of RGAA criteria that axe sees only in part, on every screen of the venue finder, the quiz and the
 * orientation: images (1.1, 1.2), tables (5.4, 5.6, 5.7), links (6.2, 13.2), language (8.3, 8.7), headings
 * (9.1), information kept without styles (10.2, 10.3) and the text/background pair on a dark host page (3.2,
 * 10.5).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  allScreens,
  configuratorScreens,
  finderScreens,
  orientationScreens,
  quizScreens,
} from './scenarios.js';
import {
  backgroundBehind,
  contrast,
  deepElements,
  describe as describeElement,
  isRendered,
  isVisuallyHidden,
  parseColor,
} from './helpers.js';

before(async () => setViewport({ width: 1024, height: 768 }));

/** The widgets that another one may embed; their headings must sit under the host widget's. */
const embeddedWidgets = new Set(['inclusion-venue-finder', 'inclusion-quiz', 'inclusion-orientation']);

/** The accessible name a link or image would get from its own markup (enough for these widgets' markup). */
function ownName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as ShadowRoot | Document;
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('structure (RGAA 1, 5, 6, 8, 9, 10.2)', () => {
  for (const screen of allScreens) {
    it(`${screen.name}: images have a text alternative or are hidden, links are named and say when they open a window`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = await screen.open(container);
      const problems: string[] = [];
      for (const item of deepElements(element)) {
        if (item.localName === 'img' && !item.hasAttribute('alt'))
          problems.push(`${describeElement(item)}: no alt`);
        if (item.localName === 'svg' && !item.closest('svg:not(:scope)')) {
          const hidden = item.closest('[aria-hidden="true"]') !== null;
          const named = item.getAttribute('role') === 'img' && ownName(item) !== '';
          if (!hidden && !named) problems.push(`${describeElement(item)}: an svg neither hidden nor named`);
        }
        if (item.localName === 'a' && item.hasAttribute('href') && isRendered(item)) {
          if (ownName(item) === '') problems.push(`${describeElement(item)}: a link without a name`);
          if (
            item.getAttribute('target') === '_blank' &&
            !/nouvelle fenêtre|new window/i.test(ownName(item))
          ) {
            problems.push(`${describeElement(item)}: opens a window without saying so`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it(`${screen.name}: headings go down one level at a time, an embedded widget's under the heading before it, data tables have a caption and scoped headers`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = await screen.open(container);
      const problems: string[] = [];
      const all = deepElements(element);
      const isHeading = (item: Element) => /^h[1-6]$/.test(item.localName) && isRendered(item);
      const levelOf = (item: Element) => Number(item.localName[1]);
      const levels = all.filter(isHeading).map(levelOf);
      for (let index = 1; index < levels.length; index += 1) {
        if (levels[index]! > levels[index - 1]! + 1)
          problems.push(`heading h${levels[index]} after h${levels[index - 1]}`);
      }
      // A widget embedded in another (the finder on the orientation's end screen) sits under the heading before
      // it: its own headings deeper, so that the headings after it are not taken as its sections.
      for (const [index, widget] of all.entries()) {
        if (!embeddedWidgets.has(widget.localName)) continue;
        const section = all.slice(0, index).filter(isHeading).at(-1);
        const inside = deepElements(widget).filter(isHeading).map(levelOf);
        if (section && inside.length > 0 && Math.min(...inside) <= levelOf(section)) {
          problems.push(
            `<${widget.localName}>: heading h${Math.min(...inside)} not under the h${levelOf(section)} before it`,
          );
        }
      }
      for (const table of deepElements(element).filter((item) => item.localName === 'table')) {
        if (!table.querySelector(':scope > caption')?.textContent?.trim())
          problems.push('a table without caption');
        for (const header of table.querySelectorAll('th')) {
          if (!['col', 'row', 'colgroup', 'rowgroup'].includes(header.getAttribute('scope') ?? '')) {
            problems.push(`${describeElement(header)}: a header without scope`);
          }
        }
      }
      if (screen.headings !== false) expect(levels.length, 'headings').to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
    });

    it(`${screen.name}: no information in CSS generated content (kept without styles)`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = await screen.open(container);
      const generated: string[] = [];
      for (const item of deepElements(element)) {
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(item, pseudo).content;
          // `none`, `normal` and `""` draw nothing; a drawn shape (a marker's dot) has `""` too.
          if (!['none', 'normal', '""', "''"].includes(content)) {
            generated.push(`${describeElement(item)}${pseudo}: ${content}`);
          }
        }
      }
      expect(generated).to.deep.equal([]);
    });
  }

  for (const screen of [
    finderScreens[0]!,
    quizScreens[0]!,
    orientationScreens[0]!,
    configuratorScreens[0]!,
  ]) {
    it(`${screen.name}: speaks French with lang="fr" inside a page in another language`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="de"><div></div></div>`);
      const element = await screen.open(page.firstElementChild as HTMLElement);
      const base = element.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.closest('[lang]')?.getAttribute('lang')).to.equal('fr');
    });

    it(`${screen.name}: its text stays readable (4.5:1) on a dark host page`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="background: #111111; color: #eeeeee; padding: 8px"><div></div></div>`,
      );
      const element = await screen.open(page.firstElementChild as HTMLElement);
      const problems: string[] = [];
      for (const item of deepElements(element)) {
        if (!isRendered(item) || isVisuallyHidden(item)) continue;
        if (
          ![...item.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
        )
          continue;
        const color = parseColor(getComputedStyle(item).color);
        if (!color) continue;
        const ratio = contrast(color, backgroundBehind(item));
        if (ratio < 4.5) problems.push(`${describeElement(item)}: ${ratio.toFixed(2)}:1`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
