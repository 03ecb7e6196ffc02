import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpError, type LieuInput } from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import * as fixtures from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionSearchEvent, InclusionVenueSelectEvent } from './events.js';
import type { InclusionVenueFinder } from './venue-finder.js';

const lille = '3.0635,50.6366';

/** The element's shadow root. */
const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** The names of the listed places, in order. */
function listedNames(element: HTMLElement): string[] {
  return [...rootOf(element).querySelectorAll('.item-title button')].map((button) =>
    button.textContent!.trim(),
  );
}

/** The text of the live region. */
function status(element: HTMLElement): string {
  return rootOf(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

async function settled(element: InclusionVenueFinder): Promise<void> {
  await element.updateComplete;
  await waitUntil(
    () => !status(element).includes('Recherche') && !status(element).includes('Looking'),
    'search settles',
  );
  await element.updateComplete;
}

/** `count` places around Lille's centre, 300 m apart going north, each with the procedures service. */
function placesAroundLille(count: number): LieuInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `lieu-${String(index).padStart(2, '0')}`,
    pivot: '12345678900012',
    nom: `Lieu ${index}`,
    commune: 'Lille',
    code_postal: '59000',
    code_insee: '59350',
    adresse: `${index} rue de la Paix`,
    latitude: 50.6366 + index * 0.0027,
    longitude: 3.0635,
    date_maj: '2024-04-02',
    services: ['aide-aux-demarches-administratives'],
    frais_a_charge: ['gratuit'],
  }));
}

describe('<inclusion-venue-finder>', () => {
  it('starts with the search and a hint, accessible, and says it is ready', async () => {
    const fake = new FakeClient();
    const container = await fixture(html`<div></div>`);
    const element = document.createElement('inclusion-venue-finder');
    element.client = fake;
    const ready = oneEvent(element, 'inclusion-ready');
    container.append(element);
    await ready;
    const root = rootOf(element);
    expect(root.querySelector('h2')?.textContent).to.equal('Trouver un lieu d’aide au numérique');
    expect(root.querySelector('inclusion-location-search')).to.exist;
    expect(root.querySelector('.hint')?.textContent).to.contain('Écrivez le nom de votre commune');
    expect(fake.calls.filter((call) => call.method === 'searchLieux')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows a loading state, then the nearest places with distance, address, hours and services', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        radius-km="20"
        map="off"
      ></inclusion-venue-finder>`,
    );
    await held.started;
    await element.updateComplete;
    expect(status(element)).to.equal('Recherche des lieux…');
    await expect(element).to.be.accessible();

    const searched = oneEvent(element, 'inclusion-search');
    held.release();
    const event = (await searched) as unknown as InclusionSearchEvent;
    await settled(element);
    expect(event.count).to.equal(3);
    expect(event.query).to.include({ lat: 50.6366, lon: 3.0635, rayon: 20_000 });
    expect(listedNames(element)).to.deep.equal([
      'Espace numérique du centre (exemple)',
      'France Services Lille-Sud (exemple)',
      'Médiathèque de quartier (exemple)',
    ]);
    expect(status(element)).to.match(/^3 lieux trouvés à moins de 20\skm de vous$/);
    const first = rootOf(element).querySelector('.item')!;
    expect(first.querySelector('.distance')?.textContent).to.match(/^à \d/);
    expect(first.querySelector('.address')?.textContent).to.contain('Lille');
    expect(first.querySelector('.opening')?.textContent?.trim()).to.not.equal('');
    expect(first.querySelectorAll('.badge').length).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('shows the list as soon as the page arrives, before its check, then keeps it once checked', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        radius-km="20"
        map="off"
      ></inclusion-venue-finder>`,
    );
    const call = await held.started;
    expect(call.preview, 'the finder asks for a preview').to.be.a('function');
    let searched = false;
    element.addEventListener('inclusion-search', () => (searched = true));
    call.preview!(); // the page has arrived; its check has not loaded yet
    await element.updateComplete;
    const names = [
      'Espace numérique du centre (exemple)',
      'France Services Lille-Sud (exemple)',
      'Médiathèque de quartier (exemple)',
    ];
    expect(listedNames(element)).to.deep.equal(names);
    expect(status(element)).to.match(/^3 lieux trouvés à moins de 20\skm de vous$/);
    expect(rootOf(element).querySelector('.show-more'), 'no "show more" before the check').to.equal(null);
    expect(searched, 'the page is told of the search once checked').to.equal(false);
    await expect(element).to.be.accessible();

    const first = rootOf(element).querySelector<HTMLButtonElement>('.item-title button')!;
    first.focus();
    held.release();
    await settled(element);
    await waitUntil(() => searched, 'inclusion-search once checked');
    expect(listedNames(element)).to.deep.equal(names);
    expect(rootOf(element).activeElement, 'the focus stays on the same place').to.equal(first);
  });

  it('shows the error, not the preview, when the checked page is refused', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} near=${lille} map="off"></inclusion-venue-finder>`,
    );
    const call = await held.started;
    call.preview!();
    await element.updateComplete;
    expect(listedNames(element)).to.have.length.greaterThan(0);
    held.fail(new HttpError({ url: '/v1/lieux', status: 503 }));
    await waitUntil(() => listedNames(element).length === 0, 'the preview goes');
    expect(rootOf(element).textContent).to.match(/Réessayer/);
    await expect(element).to.be.accessible();
  });

  it('loads more places on request and puts the focus on the first new one', async () => {
    const fake = new FakeClient({ lieux: placesAroundLille(25), communes: fixtures.communes });
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        radius-km="50"
        map="off"
      ></inclusion-venue-finder>`,
    );
    await settled(element);
    expect(listedNames(element)).to.have.length(10);
    const more = rootOf(element).querySelector<HTMLButtonElement>('.show-more')!;
    more.click();
    await waitUntil(() => listedNames(element).length === 20, 'second page');
    await element.updateComplete;
    expect(rootOf(element).activeElement?.textContent?.trim()).to.equal('Lieu 10');
    expect(status(element)).to.equal('20 lieux affichés sur 25');
  });

  it('shows an empty state that widens the distance or removes the filters', async () => {
    const fake = new FakeClient();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        radius-km="2"
        map="off"
        services="loisirs-et-creations-numeriques"
      ></inclusion-venue-finder>`,
    );
    await settled(element);
    const root = rootOf(element);
    expect(root.querySelector('.empty')?.textContent).to.contain(
      'Aucun lieu ne correspond à votre recherche.',
    );
    expect(status(element)).to.equal('Aucun lieu ne correspond à votre recherche.');
    await expect(element).to.be.accessible();
    const widen = [...root.querySelectorAll<HTMLButtonElement>('.empty button')].find((button) =>
      /5\skm/.test(button.textContent!),
    )!;
    widen.click();
    await settled(element);
    const remove = [...root.querySelectorAll<HTMLButtonElement>('.empty button')].find((button) =>
      button.textContent!.includes('Retirer les filtres'),
    )!;
    remove.click();
    await settled(element);
    expect(listedNames(element).length).to.be.greaterThan(0);
  });

  it('shows an error with a retry when the API is down, then the places when it is back', async () => {
    const fake = new FakeClient();
    fake.failNext(new HttpError({ url: '/v1/lieux', status: 503 }));
    const element = document.createElement('inclusion-venue-finder');
    element.client = fake;
    element.setAttribute('near', lille);
    element.setAttribute('map', 'off');
    const failed = oneEvent(element, 'inclusion-error');
    (await fixture(html`<div></div>`)).append(element);
    await failed;
    await element.updateComplete;
    const problem = rootOf(element).querySelector('[part="problem"]')!;
    expect(problem.textContent).to.contain('Le service a un problème en ce moment.');
    await expect(element).to.be.accessible();
    problem.querySelector('button')!.click();
    await settled(element);
    expect(listedNames(element).length).to.be.greaterThan(0);
  });

  it('opens a place in details, tells the page, and comes back to the same place with the focus on it', async () => {
    const fake = new FakeClient();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} near=${lille} map="off"></inclusion-venue-finder>`,
    );
    await settled(element);
    const button = rootOf(element).querySelector<HTMLButtonElement>(
      '[data-open="exemple-lille-france-services"]',
    )!;
    const selected = oneEvent(element, 'inclusion-venue-select');
    button.click();
    expect(((await selected) as unknown as InclusionVenueSelectEvent).id).to.equal(
      'exemple-lille-france-services',
    );
    await waitUntil(() => rootOf(element).querySelector('inclusion-venue-details'), 'details shown');
    const details = rootOf(element).querySelector('inclusion-venue-details')!;
    await details.updateComplete;
    expect(details.shadowRoot!.textContent).to.contain('France Services Lille-Sud (exemple)');
    expect(rootOf(element).querySelector<HTMLElement>('.list-pane > div')!.hidden).to.equal(true);
    await expect(element).to.be.accessible();

    details.dispatchEvent(new Event('inclusion-details-back', { bubbles: true, composed: true }));
    await element.updateComplete;
    await aTimeout(0);
    expect(rootOf(element).querySelector('inclusion-venue-details')).to.equal(null);
    expect(rootOf(element).activeElement?.getAttribute('data-open')).to.equal(
      'exemple-lille-france-services',
    );
  });

  it('shows hostile text as text and drops links that are not http(s)', async () => {
    const hostile: LieuInput = {
      ...placesAroundLille(1)[0]!,
      id: 'hostile',
      nom: '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">',
      presentation_resume: '<b>gras</b> <a href="javascript:alert(1)">clic</a>',
      site_web: ['javascript:window.hacked = true', 'data:text/html,<script>alert(1)</script>'],
      prise_rdv: 'javascript:window.hacked = true',
    };
    const fake = new FakeClient({ lieux: [hostile], communes: fixtures.communes });
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} near=${lille}></inclusion-venue-finder>`,
    );
    await settled(element);
    expect(listedNames(element)).to.deep.equal([hostile.nom]);
    rootOf(element).querySelector<HTMLButtonElement>('[data-open="hostile"]')!.click();
    await waitUntil(() => rootOf(element).querySelector('inclusion-venue-details'), 'details shown');
    const details = rootOf(element).querySelector('inclusion-venue-details')!;
    await details.updateComplete;
    const detailsRoot = details.shadowRoot!;
    expect(detailsRoot.textContent).to.contain('<script>window.hacked = true</script>');
    expect(detailsRoot.querySelectorAll('script, img, b')).to.have.length(0);
    for (const link of detailsRoot.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^(https?:|tel:|mailto:)/);
    }
    expect((window as Window & { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('works on without a bad filter attribute and names it; a bad territory stops it with a message', async () => {
    const fake = new FakeClient();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        services="nope aide-aux-demarches-administratives"
      ></inclusion-venue-finder>`,
    );
    await settled(element);
    expect(rootOf(element).querySelector('[part="config-notice"]')?.textContent).to.contain('services');
    const withService = fake.lieux.filter((lieu) =>
      lieu.services.includes('aide-aux-demarches-administratives'),
    );
    expect(listedNames(element)).to.include('France Services Lille-Sud (exemple)');
    expect(listedNames(element).every((name) => withService.some((lieu) => lieu.nom === name))).to.equal(
      true,
    );
    await expect(element).to.be.accessible();

    const broken = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} territory="59"></inclusion-venue-finder>`,
    );
    expect(rootOf(broken).querySelector('[part="config-error"]')?.textContent).to.contain('territory');
  });

  it('keeps the search in the page address with sync-url and opens a shared place', async () => {
    const before = location.href;
    try {
      const fake = new FakeClient();
      const element = await fixture<InclusionVenueFinder>(
        html`<inclusion-venue-finder
          .client=${fake}
          near=${lille}
          sync-url
          open-now
        ></inclusion-venue-finder>`,
      );
      await settled(element);
      const url = new URL(location.href);
      expect(url.searchParams.get('lieux-pres')).to.equal('3.06,50.64');
      expect(url.searchParams.get('lieux-ouvert')).to.equal('1');

      history.replaceState(null, '', `${location.pathname}?lieux-lieu=exemple-roubaix-mediatheque`);
      const shared = await fixture<InclusionVenueFinder>(
        html`<inclusion-venue-finder .client=${fake}></inclusion-venue-finder>`,
      );
      await waitUntil(() => rootOf(shared).querySelector('inclusion-venue-details'), 'shared place opens');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('takes a keyboard-only journey: Lille, a service filter, a place, and back to it', async () => {
    const fake = new FakeClient();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} map="off"></inclusion-venue-finder>`,
    );
    const search = rootOf(element).querySelector('inclusion-location-search')!;
    await search.updateComplete;
    search.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'Lille' });
    await waitUntil(() => search.shadowRoot!.querySelector('[role="option"]'), 'suggestions');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(listedNames(element).length).to.be.greaterThan(1);

    // Tab from the field to the filters button, through the search's own controls.
    for (let step = 0; step < 6; step += 1) {
      if (rootOf(element).activeElement?.classList.contains('filters-toggle')) break;
      await sendKeys({ press: 'Tab' });
    }
    expect(rootOf(element).activeElement?.classList.contains('filters-toggle')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    // The panel's code loads when it first opens.
    await waitUntil(
      () => rootOf(element).querySelector('#filter-services-aide-aux-demarches-administratives'),
      'the filter panel is shown',
    );
    await sendKeys({ press: 'Tab' });
    expect(rootOf(element).activeElement?.id).to.equal('filter-services-aide-aux-demarches-administratives');
    await sendKeys({ press: 'Space' });
    await settled(element);
    expect(listedNames(element)).to.include('France Services Lille-Sud (exemple)');
    expect(listedNames(element)).to.not.include('Médiathèque de quartier (exemple)');

    const open = rootOf(element).querySelector<HTMLButtonElement>(
      '[data-open="exemple-lille-france-services"]',
    )!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rootOf(element).querySelector('inclusion-venue-details'), 'details shown');
    const details = rootOf(element).querySelector('inclusion-venue-details')!;
    await details.updateComplete;
    const back = [...details.shadowRoot!.querySelectorAll('button')].find((button) =>
      /liste/i.test(button.textContent ?? ''),
    )!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !rootOf(element).querySelector('inclusion-venue-details'), 'back to the list');
    await aTimeout(0);
    expect(rootOf(element).activeElement?.getAttribute('data-open')).to.equal(
      'exemple-lille-france-services',
    );
  });

  it('speaks English with lang="en"', async () => {
    const fake = new FakeClient();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder
        .client=${fake}
        near=${lille}
        lang="en"
        map="off"
      ></inclusion-venue-finder>`,
    );
    await settled(element);
    expect(rootOf(element).querySelector('h2')?.textContent).to.equal(
      'Find a place that helps with digital tools',
    );
    expect(status(element)).to.match(/^\d+ places found within 10 km of you$/);
  });
});
