import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { FakeClient } from '../../../test/fake-client.js';
import { headingLevels, headingSkips, itIgnoresBadHeadingLevels } from '../../../test/heading-levels.js';
import './define.js';
import type { InclusionVenueFinder } from './venue-finder.js';

const lille = '3.0635,50.6366';

/** The element's shadow root. */
const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** The finder around Lille with its list shown (no map). */
async function finder(headingLevel?: string): Promise<InclusionVenueFinder> {
  const element = await fixture<InclusionVenueFinder>(
    html`<inclusion-venue-finder
      .client=${new FakeClient()}
      near=${lille}
      map="off"
      heading-level=${headingLevel ?? nothing}
    ></inclusion-venue-finder>`,
  );
  await waitUntil(() => rootOf(element).querySelector('.item-title'), 'the list');
  await element.updateComplete;
  return element;
}

/** Opens the first place of the list and waits for its details. */
async function openFirstPlace(element: InclusionVenueFinder): Promise<HTMLElement> {
  rootOf(element).querySelector<HTMLButtonElement>('.item-title button')!.click();
  await waitUntil(() => rootOf(element).querySelector('inclusion-venue-details'), 'details shown');
  const details = rootOf(element).querySelector('inclusion-venue-details')!;
  await details.updateComplete;
  await waitUntil(() => details.shadowRoot!.querySelector('.heading'), 'the place’s name');
  return details;
}

/** Opens the filter panel and waits for its code and checkboxes. */
async function openFilters(element: InclusionVenueFinder): Promise<HTMLElement> {
  rootOf(element).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
  await waitUntil(() => rootOf(element).querySelector('input[type="checkbox"]'), 'the filter panel');
  await element.updateComplete;
  return rootOf(element).querySelector<HTMLElement>('[part="filters"]')!;
}

describe('<inclusion-venue-finder> heading-level', () => {
  it('keeps today’s outline without the attribute: title h2, places h3, a place h2 with h3 sections', async () => {
    const element = await finder();
    expect(rootOf(element).querySelector('#title')?.localName).to.equal('h2');
    const list = headingLevels(element);
    expect(list[0]).to.equal(2);
    expect(new Set(list.slice(1))).to.deep.equal(new Set([3]));
    const details = await openFirstPlace(element);
    expect(details.shadowRoot!.querySelector('.heading')?.localName).to.equal('h2');
    const levels = headingLevels(element);
    expect(new Set(levels)).to.deep.equal(new Set([2, 3]));
    expect(headingSkips(levels)).to.deep.equal([]);
  });

  it('moves every heading with heading-level="4": title h4, places h5, a place h4 with h5 sections, the filter panel under the title', async () => {
    const element = await finder('4');
    expect(rootOf(element).querySelector('#title')?.localName).to.equal('h4');
    expect(rootOf(element).querySelector('[part="base"]')?.getAttribute('aria-labelledby')).to.equal('title');
    const names = [...rootOf(element).querySelectorAll('.item-title')].map((item) => item.localName);
    expect(names.length).to.be.greaterThan(1);
    expect(new Set(names)).to.deep.equal(new Set(['h5']));

    const panel = await openFilters(element);
    const withPanel = headingLevels(element);
    expect(withPanel[0]).to.equal(4);
    expect(Math.min(...withPanel)).to.equal(4);
    expect(headingSkips(withPanel)).to.deep.equal([]);
    for (const heading of panel.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      expect(Number(heading.localName[1]), 'a heading of the filter panel').to.be.greaterThan(4);
    await expect(element).to.be.accessible();

    const details = await openFirstPlace(element);
    const detailsRoot = details.shadowRoot!;
    expect(detailsRoot.querySelector('.heading')?.localName).to.equal('h4');
    const sections = [...detailsRoot.querySelectorAll('section > :is(h3, h4, h5, h6).subheading')].map(
      (item) => item.localName,
    );
    expect(sections.length).to.be.greaterThan(1);
    expect(new Set(sections)).to.deep.equal(new Set(['h5']));
    const levels = headingLevels(element);
    expect(Math.min(...levels)).to.equal(4);
    expect(headingSkips(levels)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('stops at h6 with heading-level="6": the places and a place’s sections stay h6, nothing skipped', async () => {
    const element = await finder('6');
    expect(new Set(headingLevels(element))).to.deep.equal(new Set([6]));
    const details = await openFirstPlace(element);
    expect(details.shadowRoot!.querySelector('.heading')?.localName).to.equal('h6');
    expect(new Set(headingLevels(element))).to.deep.equal(new Set([6]));
  });

  itIgnoresBadHeadingLevels(
    'inclusion-venue-finder',
    (value) => finder(value),
    (element) => {
      expect(rootOf(element).querySelector('#title')?.localName).to.equal('h2');
      expect(rootOf(element).querySelector('.item-title')?.localName).to.equal('h3');
    },
  );
});
