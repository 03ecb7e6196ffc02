import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import type { OrientationDefinitionInput } from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import { headingSkips, itIgnoresBadHeadingLevels } from '../../../test/heading-levels.js';
import * as fixtures from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionOrientation } from './orientation.js';

/** The default orientation, as shipped (served by the test runner from the repository). */
const url = new URL('/packages/content/orientations/trouver-la-bonne-aide.fr.json', location.href);
const flow = (await (await fetch(url)).json()) as OrientationDefinitionInput;

const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** A shown heading: its level, its id (the finder's, the end screen's) or `title` for a screen's title. */
interface Heading {
  readonly level: number;
  readonly id: string;
  readonly inFinder: boolean;
}

/** The shown headings in reading order, through the shadow roots inside (the venue finder's). */
function outline(element: HTMLElement): Heading[] {
  const headings: Heading[] = [];
  const visit = (root: ParentNode, inFinder: boolean): void => {
    for (const item of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(item.localName) && item.getClientRects().length > 0) {
        const id = item.hasAttribute('data-heading') ? 'screen-title' : item.id || item.className;
        headings.push({ level: Number(item.localName[1]), id, inFinder });
      }
      if (item.shadowRoot) visit(item.shadowRoot, inFinder || item.localName === 'inclusion-venue-finder');
    }
  };
  visit(rootOf(element), false);
  return headings;
}

const title = (element: HTMLElement) => rootOf(element).querySelector<HTMLElement>('[data-heading]');

function click(element: HTMLElement, name: string): void {
  const button = [...rootOf(element).querySelectorAll<HTMLButtonElement>('button')].find(
    (item) => item.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button ${name} in ${rootOf(element).textContent}`);
  button.click();
}

async function orientation(headingLevel?: string): Promise<InclusionOrientation> {
  const element = await fixture<InclusionOrientation>(
    html`<inclusion-orientation
      .client=${new FakeClient({ lieux: fixtures.lieux, communes: fixtures.communes, orientations: [flow] })}
      .storage=${null}
      territory="departement:59"
      heading-level=${headingLevel ?? nothing}
    ></inclusion-orientation>`,
  );
  await waitUntil(() => rootOf(element).querySelector('[part="start"]'), 'the start screen');
  await element.updateComplete;
  return element;
}

/**
 * The outline of every screen: the start, the first question, then the end once the places are listed, with the
 * orientation sheet open when `fiche`.
 */
async function screens(element: InclusionOrientation, fiche = false): Promise<Record<string, Heading[]>> {
  const result: Record<string, Heading[]> = { start: outline(element) };
  click(element, 'Commencer');
  for (const [index, [question, ...choices]] of fixtures.urgentPath.entries()) {
    await waitUntil(
      () => rootOf(element).querySelector<HTMLInputElement>('.choice input')?.name === question,
      `the question ${question}`,
    );
    await element.updateComplete;
    await waitUntil(() => rootOf(element).activeElement === title(element), 'focus on the question');
    if (index === 0) {
      result.question = outline(element);
      expect(title(element)?.closest('legend'), 'the question’s title is its legend').to.exist;
    }
    for (const id of choices) {
      rootOf(element).querySelector<HTMLInputElement>(`.choice input[value="${id}"]`)!.click();
      await element.updateComplete;
    }
    rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
  }
  await waitUntil(
    () => rootOf(element).querySelector('[part="end"] inclusion-venue-finder'),
    'the end screen',
  );
  const finder = rootOf(element).querySelector('inclusion-venue-finder')!;
  await waitUntil(() => finder.shadowRoot?.querySelector('.item-title'), 'the places');
  if (fiche) {
    click(element, 'Préparer une fiche d’orientation');
    await waitUntil(() => rootOf(element).querySelector('#fiche-title'), 'the sheet');
  }
  await element.updateComplete;
  result.end = outline(element);
  return result;
}

/** The levels of the end screen's headings, by id. */
function endLevels(headings: readonly Heading[]): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const { id, level, inFinder } of headings) levels[inFinder ? `finder ${id}` : id] ??= level;
  return levels;
}

/** Every heading of the finder deeper than the last heading before it (structure.test.ts's check). */
function finderUnderItsSection(headings: readonly Heading[]): boolean {
  const first = headings.findIndex((item) => item.inFinder);
  const before = headings[first - 1]!;
  return headings.filter((item) => item.inFinder).every((item) => item.level > before.level);
}

describe('<inclusion-orientation> heading-level', () => {
  it('keeps today’s outline without the attribute: titles h2, the end’s sections h3, the finder h4 and its places h5', async () => {
    const element = await orientation();
    const levels = await screens(element);
    expect(levels.start!.map((item) => item.level)).to.deep.equal([2]);
    expect(levels.question!.map((item) => item.level)).to.deep.equal([2]);
    expect(endLevels(levels.end!)).to.include({
      'screen-title': 2,
      'end-places': 3,
      'finder title': 4,
      'finder item-title': 5,
      'end-answers': 3,
    });
    expect(headingSkips(levels.end!.map(({ level }) => level))).to.deep.equal([]);
    expect(finderUnderItsSection(levels.end!)).to.equal(true);
  });

  for (const level of [3, 4]) {
    it(`moves every heading with heading-level="${level}" (the sheet too): titles h${level}, sections h${level + 1}, the finder h${level + 2}`, async () => {
      const element = await orientation(String(level));
      expect(title(element)?.localName).to.equal(`h${level}`);
      expect(title(element)?.getAttribute('tabindex')).to.equal('-1');
      const levels = await screens(element, true);
      expect(levels.start!.map((item) => item.level)).to.deep.equal([level]);
      expect(levels.question!.map((item) => item.level)).to.deep.equal([level]);
      expect(endLevels(levels.end!)).to.include({
        'screen-title': level,
        'end-places': level + 1,
        'finder title': level + 2,
        'finder item-title': Math.min(level + 3, 6),
        'end-answers': level + 1,
        'fiche-title': level + 1,
        'fiche-sheet-title': level + 2,
      });
      expect(rootOf(element).querySelector('inclusion-venue-finder')?.getAttribute('heading-level')).to.equal(
        String(level + 2),
      );
      expect(headingSkips(levels.end!.map(({ level }) => level))).to.deep.equal([]);
      expect(finderUnderItsSection(levels.end!)).to.equal(true);
      if (level === 4) await expect(element).to.be.accessible();
    });
  }

  it('stops at h6 with heading-level="6": the title, the sections and the finder h6', async () => {
    const element = await orientation('6');
    const levels = await screens(element);
    expect(new Set(Object.values(levels).flatMap((items) => items.map((item) => item.level)))).to.deep.equal(
      new Set([6]),
    );
    expect(rootOf(element).querySelector('inclusion-venue-finder')?.getAttribute('heading-level')).to.equal(
      '6',
    );
  });

  itIgnoresBadHeadingLevels(
    'inclusion-orientation',
    (value) => orientation(value),
    (element) => {
      expect(title(element)?.localName).to.equal('h2');
    },
  );
});
