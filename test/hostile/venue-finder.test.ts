import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { InvalidResponseError, formatIssues, lieuReadSchema, type LieuDetail } from '@inclusion-widgets/core';
import { FakeClient } from '../fake-client.js';
import * as fixtures from '../fixtures/index.js';
import {
  deepText,
  expectNoHorizontalScroll,
  expectNoScriptRan,
  expectNothingPlanted,
  expectOverridesIsolated,
  hostileLieu,
  hostileLieuDetail,
  hostilePayloads,
  longText,
  quotedUrl,
  refusedContacts,
  refusedSlug,
  rtlOverride,
  shownQuotedUrl,
} from '../fixtures/hostile.js';
import '../../packages/map/src/define.js';
import '../../packages/venue-finder/src/define.js';
import '../../packages/venue-finder/src/details/define.js';
import type { InclusionMap } from '../../packages/map/src/map.js';
import type { InclusionVenueFinder } from '../../packages/venue-finder/src/venue-finder.js';

const lille = '3.0635,50.6366';

const rootOf = (element: Element) => element.shadowRoot!;

/** A finder (list only) fed with `lieux`, its list shown. */
async function finderWith(fake: FakeClient): Promise<InclusionVenueFinder> {
  const element = await fixture<InclusionVenueFinder>(
    html`<inclusion-venue-finder .client=${fake} near=${lille} map="off"></inclusion-venue-finder>`,
  );
  await waitUntil(() => rootOf(element).querySelector('.item, [part="problem"]'), 'the list');
  await element.updateComplete;
  return element;
}

/** Opens the first place of the list and waits for its details. */
async function openFirst(element: InclusionVenueFinder): Promise<Element> {
  rootOf(element).querySelector<HTMLButtonElement>('.item-title button')!.click();
  await waitUntil(
    () => rootOf(element).querySelector('inclusion-venue-details, [part="problem"]'),
    'the details',
  );
  const details = rootOf(element).querySelector('inclusion-venue-details');
  if (details) await details.updateComplete;
  return details ?? element;
}

/** Every check of a widget fed with hostile data (`payload`: the one shown, to count its overrides). */
async function expectSafe(element: Element, payload = ''): Promise<void> {
  await expectNoScriptRan();
  expectNothingPlanted(element);
  const overrides = expectOverridesIsolated(element);
  if (payload.includes(rtlOverride)) expect(overrides, 'right-to-left overrides shown').to.be.greaterThan(0);
}

describe('hostile place data in <inclusion-venue-finder>', function () {
  // Many renders of long pages, on a shared machine.
  this.timeout(60_000);
  beforeEach(() => delete window.__pwned);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    delete window.__pwned;
  });

  for (const payload of hostilePayloads) {
    it(`shows ${payload.name} as text in every field of the list and the details`, async () => {
      const fake = new FakeClient({ lieux: [hostileLieu(payload.value)], communes: fixtures.communes });
      const element = await finderWith(fake);
      const item = rootOf(element).querySelector('.item')!;
      expect(item.querySelector('.item-title')!.textContent!.trim()).to.equal(payload.value.trim());
      expect(item.querySelector('.address')!.textContent).to.equal(
        `${payload.value}, 59000 ${payload.value}`,
      );
      await expectSafe(element, payload.value);
      await expect(element).to.be.accessible();

      const details = await openFirst(element);
      const text = deepText(details);
      // name, summary (≤ 280), address and complement, commune, description, parent, labels, source, id, hours
      // (the details trim each field, which drops the byte order mark at the end of one payload)
      const fields = text.split(payload.value.trim()).length - 1;
      expect(fields, 'the payload shown in each text field').to.be.at.least(8);
      await expectSafe(element, payload.value);
      await expect(element).to.be.accessible();
    });
  }

  it('shows HTML entities as the characters they are written with, never decoded', async () => {
    const entities = hostilePayloads.find((payload) => payload.name === 'HTML entities')!.value;
    const element = await finderWith(new FakeClient({ lieux: [hostileLieu(entities)] }));
    const name = rootOf(element).querySelector('.item-title button')!;
    expect(name.textContent!.trim()).to.equal('&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot; &#60;i&#62;');
    expect(name.querySelector('b, i')).to.equal(null);
    const details = await openFirst(element);
    expect(rootOf(details).querySelector('.heading')!.textContent!.trim()).to.equal(entities);
  });

  it('isolates a right-to-left override in the list and the details, so that it reorders nothing after it', async () => {
    const rtl = hostilePayloads.find((payload) => payload.value.includes(rtlOverride))!.value;
    const element = await finderWith(new FakeClient({ lieux: [hostileLieu(rtl)] }));
    expect(expectOverridesIsolated(element), 'overrides in the list').to.be.at.least(3);
    const details = await openFirst(element);
    expect(expectOverridesIsolated(details), 'overrides in the details').to.be.at.least(8);
  });

  it('keeps zero-width joiners and emoji with skin tones as they are', async () => {
    for (const name of ['zero-width joiners and spaces', 'emoji with skin-tone modifiers']) {
      const value = hostilePayloads.find((payload) => payload.name === name)!.value;
      const element = await finderWith(new FakeClient({ lieux: [hostileLieu(value)] }));
      expect(rootOf(element).querySelector('.item-title button')!.textContent!.trim()).to.equal(value.trim());
    }
  });

  it('does not scroll sideways at 320 px with a 10,000-character name, in the list and the details', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await finderWith(new FakeClient({ lieux: [hostileLieu(longText)] }));
    expect(rootOf(element).querySelector('.item-title button')!.textContent!.trim()).to.have.length(10_000);
    expectNoHorizontalScroll();
    await openFirst(element);
    expectNoHorizontalScroll();
  });

  it('links only the http(s) web site of a place, never its javascript:, data:, vbscript: or disguised links', async () => {
    const element = await finderWith(new FakeClient({ lieux: [hostileLieu('Lieu (exemple)')] }));
    const details = await openFirst(element);
    const root = rootOf(details);
    const websites = [...root.querySelectorAll<HTMLAnchorElement>('a.website')];
    expect(websites.map((link) => link.getAttribute('href'))).to.deep.equal([shownQuotedUrl]);
    expect(websites[0]!.querySelector('script')).to.equal(null);
    expect(root.querySelector('a.booking'), 'a data: booking link').to.equal(null);
    expect(root.querySelector('a.acces-libre'), 'a javascript: Accès Libre link').to.equal(null);
    expect(root.querySelector('a.phone')!.getAttribute('href')).to.equal('tel:+33300000101');
    expect(root.querySelector('a.email')!.getAttribute('href')).to.equal('mailto:contact@example.org');
    expect(quotedUrl).to.not.equal(shownQuotedUrl);
    await expectSafe(element);
  });

  it('shows the error, and nothing of the place, when its phone, e-mail or a slug is refused by the schema', async () => {
    for (const refused of [refusedContacts, { services: [refusedSlug] }]) {
      const parsed = lieuReadSchema.safeParse({ ...hostileLieu('Lieu refusé (exemple)'), ...refused });
      expect(parsed.success, JSON.stringify(refused)).to.equal(false);
      const issues = parsed.error!.issues;
      const fake = new FakeClient({ lieux: [hostileLieu('Lieu refusé (exemple)')] });
      // What the client does with an answer its schema refuses.
      fake.failNext(new InvalidResponseError({ url: '/v1/lieux', issues, lines: formatIssues(issues) }));
      const element = await finderWith(fake);
      const problem = rootOf(element).querySelector('[part="problem"]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(rootOf(element).querySelector('.item')).to.equal(null);
      expect(deepText(element)).to.not.contain('onerror');
      expect(deepText(element)).to.not.contain('javascript:');
      await expectSafe(element);
      await expect(element).to.be.accessible();
    }
  });

  it('shows the hostile list read before its check (the preview) as text too', async () => {
    const payload = hostilePayloads[1]!.value;
    const fake = new FakeClient({ lieux: [hostileLieu(payload)] });
    const held = fake.delayNext();
    const element = await fixture<InclusionVenueFinder>(
      html`<inclusion-venue-finder .client=${fake} near=${lille} map="off"></inclusion-venue-finder>`,
    );
    (await held.started).preview!();
    await waitUntil(() => rootOf(element).querySelector('.item'), 'the preview');
    expect(rootOf(element).querySelector('.item-title')!.textContent!.trim()).to.equal(payload);
    await expectSafe(element);
    held.release();
  });

  for (const payload of hostilePayloads) {
    it(`shows ${payload.name} in the comments of the weekly hours and in the raw hours as text`, async () => {
      for (const horairesValides of [true, false]) {
        const lieu: LieuDetail = hostileLieuDetail(payload.value, { horairesValides });
        const details = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<inclusion-venue-details
            .lieu=${lieu}
            .now=${new Date('2024-04-01T08:00:00Z')}
          ></inclusion-venue-details>`,
        );
        await details.updateComplete;
        const where = horairesValides ? '.hours-table .period' : '.raw-hours .data';
        const shown = rootOf(details).querySelector(where)!.textContent!;
        expect(shown, where).to.contain(payload.value.trim());
        await expectSafe(details);
      }
    });
  }
});

describe('hostile place data in <inclusion-map>', function () {
  this.timeout(60_000);
  beforeEach(() => delete window.__pwned);

  it('names each marker with the place’s name as text', async () => {
    const lieux = hostilePayloads.map((payload, index) => ({
      ...hostileLieu(payload.value, `hostile-${index}`),
      latitude: 50.6 + index * 0.004,
      longitude: 3.03 + index * 0.004,
    }));
    const fake = new FakeClient({ lieux });
    const element = await fixture<InclusionMap>(
      html`<inclusion-map
        .client=${fake}
        .focusArea=${{ lon: 3.06, lat: 50.63, radiusM: 10_000 }}
        style="height: 400px"
      ></inclusion-map>`,
    );
    await oneEvent(element, 'inclusion-map-load');
    const labels = [...rootOf(element).querySelectorAll('button.point .label')].map(
      (label) => label.textContent,
    );
    for (const payload of hostilePayloads) expect(labels, payload.name).to.include(payload.value);
    await expectSafe(element);
    await expect(element).to.be.accessible();
  });
});
