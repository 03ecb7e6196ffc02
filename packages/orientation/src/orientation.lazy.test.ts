import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OrientationDefinitionInput } from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import * as fixtures from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionOrientation } from './orientation.js';

// The resource timings this file reads are kept in a buffer of 250 entries by default, which loading the test's
// modules could fill (a full buffer records nothing more): room for every later request.
performance.setResourceTimingBufferSize(100_000);

/** The modules the page has fetched so far whose path contains `part`. */
const fetched = (part: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));

describe('<inclusion-orientation> loading', () => {
  it('shows its start screen without the question screen, the end screen, the sheet or the venue finder', async () => {
    const url = new URL('/packages/content/orientations/trouver-la-bonne-aide.fr.json', location.href);
    const flow = (await (await fetch(url)).json()) as OrientationDefinitionInput;
    const fake = new FakeClient({ lieux: fixtures.lieux, communes: fixtures.communes, orientations: [flow] });
    const container = await fixture(html`<div></div>`);
    container.innerHTML = '<inclusion-orientation territory="departement:59"></inclusion-orientation>';
    const element = container.querySelector<InclusionOrientation>('inclusion-orientation')!;
    element.client = fake;
    element.storage = null;
    await waitUntil(() => element.shadowRoot?.querySelector('[part="start"]'), 'start screen');
    for (const part of ['/question.', '/end.', '/fiche.', '/venue-finder/', '/map/', 'maplibre']) {
      expect(fetched(part), part).to.deep.equal([]);
    }
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part="question"]'), 'a question');
    expect(fetched('/question.ts')).to.have.length(1);
    for (const part of ['/end.', '/fiche.', '/venue-finder/', '/map/', 'maplibre']) {
      expect(fetched(part), part).to.deep.equal([]);
    }
  });
});
