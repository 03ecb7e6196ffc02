// Its own file, so that its page has never loaded the map: web-test-runner runs each test file in a new page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FakeClient } from '../../../test/fake-client.js';
import './define.js';
import type { InclusionVenueFinder } from './venue-finder.js';

describe('<inclusion-venue-finder map="off">', () => {
  it('never loads the map code, even on a wide page with results', async () => {
    const fake = new FakeClient();
    const container = await fixture<HTMLDivElement>(html`<div class="wide"></div>`);
    container.style.width = '1000px';
    const element = document.createElement('inclusion-venue-finder') as InclusionVenueFinder;
    element.client = fake;
    element.setAttribute('near', '3.0635,50.6366');
    element.setAttribute('map', 'off');
    element.setAttribute('view', 'split');
    container.append(element);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.item').length > 0, 'results');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.shadowRoot!.querySelector('inclusion-map')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.layout-toggle')).to.equal(null);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => /maplibre|packages\/map\//.test(name))).to.deep.equal([]);
    expect(customElements.get('inclusion-map')).to.equal(undefined);
  });
});
