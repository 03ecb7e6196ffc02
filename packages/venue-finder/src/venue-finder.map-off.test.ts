// Its own file, so that its page has never loaded the map: web-test-runner runs each test file in a new page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FakeClient } from '../../../test/fake-client.js';
import './define.js';
import type { InclusionVenueFinder } from './venue-finder.js';

// These tests read the page's resource timings, whose buffer keeps 250 entries by default: loading the test's
// modules (≈ 250 files unbundled) could fill it, and a full buffer records nothing more, so that "never loaded"
// would pass without looking. Room for every later request:
performance.setResourceTimingBufferSize(100_000);

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

  it('shows the list without the code of details, filter panel and geolocation, then loads each on first use', async () => {
    const codeOf = (pattern: RegExp) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => pattern.test(name));
    const lazy = /details\/(define|venue-details)|filter-panel|geolocation/;
    const element = document.createElement('inclusion-venue-finder') as InclusionVenueFinder;
    element.client = new FakeClient();
    element.setAttribute('near', '3.0635,50.6366');
    element.setAttribute('map', 'off');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.item').length > 0, 'results');
    expect(codeOf(lazy), 'nothing lazy before the list').to.deep.equal([]);
    expect(customElements.get('inclusion-venue-details')).to.equal(undefined);

    element.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#filter-panel input'), 'the filter panel');
    expect(codeOf(/filter-panel/)).to.have.length(1);

    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-open]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('inclusion-venue-details'), 'the details');
    expect(customElements.get('inclusion-venue-details')).to.not.equal(undefined);
    expect(codeOf(/details\/define/)).to.have.length(1);
  });
});
