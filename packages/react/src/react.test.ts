import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { InclusionQuizCompleteEvent } from '@inclusion-widgets/quiz';
import type {
  InclusionSearchEvent,
  InclusionVenueFinder as VenueFinderElement,
} from '@inclusion-widgets/venue-finder';
import type { InclusionConfigErrorEvent } from '@inclusion-widgets/ui';
import { FakeClient } from '../../../test/fake-client.js';
import { InclusionOrientation, InclusionQuiz, InclusionVenueFinder } from './index.js';

/** Renders `element` with React into a fresh container and waits for React's commit. */
async function render(element: React.ReactElement): Promise<{ container: HTMLElement; root: Root }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = createRoot(container);
  root.render(element);
  await waitUntil(() => container.firstElementChild, 'React rendered the element');
  return { container, root };
}

describe('@inclusion-widgets/react', () => {
  const roots: Root[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) root.unmount();
  });

  it('creates <inclusion-venue-finder> with its attributes and client, and a search reaches onInclusionSearch', async () => {
    const searches: InclusionSearchEvent[] = [];
    const ref = React.createRef<VenueFinderElement>();
    const fake = new FakeClient();
    const { container, root } = await render(
      React.createElement(InclusionVenueFinder, {
        ref,
        client: fake,
        territory: 'departement:59',
        near: '3.0635,50.6366',
        'radius-km': '5',
        'open-now': true,
        'hide-filters': false,
        map: 'off',
        color: '#ffff00',
        lang: 'en',
        className: 'partner-finder',
        onInclusionSearch: (event) => searches.push(event),
      }),
    );
    roots.push(root);
    const element = container.querySelector('inclusion-venue-finder')!;
    expect(element).to.be.instanceOf(customElements.get('inclusion-venue-finder')!);
    expect(ref.current).to.equal(element);
    expect(element.getAttribute('territory')).to.equal('departement:59');
    expect(element.getAttribute('radius-km')).to.equal('5');
    expect(element.getAttribute('open-now')).to.equal('');
    expect(element.hasAttribute('hide-filters')).to.equal(false);
    expect(element.getAttribute('lang')).to.equal('en');
    expect(element.className).to.equal('partner-finder');
    expect(element.client, 'client is set as a property').to.equal(fake);
    await waitUntil(() => searches.length > 0, 'an inclusion-search event reached the handler');
    expect(searches[0]).to.be.instanceOf(Event);
    expect(searches[0]!.type).to.equal('inclusion-search');
    expect(element.style.getPropertyValue('--inclusion-color-primary')).to.equal('#7b7a00');
    await expect(element).to.be.accessible();
  });

  it('follows prop changes: an attribute changed or removed, a handler replaced', async () => {
    const first: Event[] = [];
    const second: Event[] = [];
    const props = (extra: Record<string, unknown>) =>
      React.createElement(InclusionQuiz, { client: new FakeClient(), ...extra });
    const { container, root } = await render(
      props({
        quiz: 'quiz-exemple',
        partner: 'ville-de-lille',
        onInclusionConfigError: (e: Event) => first.push(e),
      }),
    );
    roots.push(root);
    const element = container.querySelector('inclusion-quiz')!;
    expect(
      element.getAttribute('quiz'),
      '`quiz`, a read-only member of the element, is written as an attribute',
    ).to.equal('quiz-exemple');
    root.render(
      props({ quiz: 'quiz-exemple', color: 'bleu', onInclusionConfigError: (e: Event) => second.push(e) }),
    );
    await waitUntil(() => second.length > 0, 'the new handler got inclusion-config-error');
    expect(first).to.have.length(0);
    expect(element.hasAttribute('partner')).to.equal(false);
    expect((second[0] as InclusionConfigErrorEvent).issues[0]?.attribute).to.equal('color');
  });

  it('passes the quiz and orientation events as typed props', async () => {
    const completions: InclusionQuizCompleteEvent[] = [];
    const { container, root } = await render(
      React.createElement(
        'div',
        null,
        React.createElement(InclusionQuiz, {
          client: new FakeClient(),
          quiz: 'quiz-exemple',
          onInclusionQuizComplete: (event) => completions.push(event),
        }),
        React.createElement(InclusionOrientation, {
          client: new FakeClient(),
          flow: 'trouver-la-bonne-aide',
        }),
      ),
    );
    roots.push(root);
    const orientation = container.querySelector('inclusion-orientation')!;
    expect(orientation.getAttribute('flow')).to.equal('trouver-la-bonne-aide');
    const quiz = container.querySelector('inclusion-quiz')!;
    quiz.dispatchEvent(new Event('inclusion-quiz-complete', { bubbles: true, composed: true }));
    expect(completions).to.have.length(1);
  });
});
