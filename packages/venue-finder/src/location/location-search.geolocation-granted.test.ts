import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { define } from '@inclusion-widgets/ui';
import { FakeClient } from '../../../../test/fake-client.js';
import { InclusionLocationChangeEvent } from './events.js';
import { InclusionLocationSearch } from './location-search.js';

define('inclusion-location-search', InclusionLocationSearch, '0.0.0-test');

/**
 * The position Playwright's browser context gives in the `geolocation-granted` group of
 * web-test-runner.config.mjs, where the permission is granted.
 */
const granted = { latitude: 50.6366, longitude: 3.0635 };

// Runs in the `geolocation-granted` group only. A file list given on the command line puts this file in the
// default group too, where the permission is not granted: it is skipped there rather than failing.
describe('<inclusion-location-search> with the geolocation permission granted', () => {
  before(async function () {
    const { state } = await navigator.permissions.query({ name: 'geolocation' });
    if (state !== 'granted') this.skip();
  });

  it('fires inclusion-location-change with the position after a click on “Autour de moi”', async () => {
    const fake = new FakeClient();
    const el = await fixture<InclusionLocationSearch>(
      html`<inclusion-location-search .client=${fake} .radiusKm=${5}></inclusion-location-search>`,
    );
    const shadow = el.shadowRoot!;
    const button = shadow.querySelector<HTMLButtonElement>('[part=locate-button]')!;
    const changed = oneEvent<InclusionLocationChangeEvent>(el, InclusionLocationChangeEvent.eventName);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled'), 'pending').to.equal('true');
    expect(shadow.querySelector('[part=geolocation-message]')!.textContent?.trim()).to.equal(
      'Recherche de votre position… Si votre navigateur vous le demande, acceptez.',
    );
    const event = await changed;
    expect(event.location).to.deep.equal({ kind: 'point', lon: granted.longitude, lat: granted.latitude });
    expect(event.radiusKm).to.equal(5);
    expect(el.value).to.deep.equal(event.location);
    await el.updateComplete;
    expect(shadow.querySelector('input')!.value).to.equal('Autour de moi');
    expect(shadow.querySelector('[part=geolocation-message]')!.textContent?.trim()).to.equal(
      'Position trouvée.',
    );
    expect(fake.calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
