import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { NetworkError } from '@inclusion-widgets/core';
import { define } from '@inclusion-widgets/ui';
import { FakeClient, type FakeCall } from '../../../../test/fake-client.js';
import { InclusionLocationChangeEvent, type SearchLocation } from './events.js';
import { InclusionLocationSearch, searchDelay, searchTermOf } from './location-search.js';

define('inclusion-location-search', InclusionLocationSearch, '0.0.0-test');

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-location-search': InclusionLocationSearch;
  }
}

const lille = new FakeClient().communes.find((commune) => commune.nom === 'Lille')!;
const atLille: SearchLocation = { kind: 'commune', commune: lille };

async function render(fake = new FakeClient()): Promise<InclusionLocationSearch> {
  return fixture<InclusionLocationSearch>(
    html`<inclusion-location-search .client=${fake}></inclusion-location-search>`,
  );
}

const part = <E extends Element = HTMLElement>(el: InclusionLocationSearch, selector: string): E =>
  el.shadowRoot!.querySelector<E>(selector)!;
const input = (el: InclusionLocationSearch) => part<HTMLInputElement>(el, 'input');
const options = (el: InclusionLocationSearch) => [...el.shadowRoot!.querySelectorAll('[role=option]')];
const optionTexts = (el: InclusionLocationSearch) => options(el).map(textOf);
const liveRegion = (el: InclusionLocationSearch) => textOf(part(el, '.visually-hidden[role=status]'));

/** The text of an element, with whitespace collapsed as a screen reader would read it. */
const textOf = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Lets a settled API call reach the element, and the element render it. */
async function settle(el: InclusionLocationSearch): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
}

/** Types `text` in the field, holds the API call it makes, answers it, and waits for the rendering. */
async function typeAndAnswer(el: InclusionLocationSearch, fake: FakeClient, text: string): Promise<FakeCall> {
  const held = fake.delayNext();
  input(el).focus();
  await sendKeys({ type: text });
  const call = await held.started;
  held.release();
  await settle(el);
  return call;
}

async function press(el: InclusionLocationSearch, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** The state of the combobox a screen reader sees. */
function comboboxState(el: InclusionLocationSearch) {
  const field = input(el);
  const active = field.getAttribute('aria-activedescendant');
  return {
    expanded: field.getAttribute('aria-expanded'),
    active: active === null ? null : textOf(el.shadowRoot!.getElementById(active)),
    selected: options(el)
      .filter((option) => option.getAttribute('aria-selected') === 'true')
      .map((option) => option.id),
  };
}

/** The next `inclusion-location-change` event of `el`. */
const nextChange = (el: InclusionLocationSearch) =>
  oneEvent<InclusionLocationChangeEvent>(el, InclusionLocationChangeEvent.eventName);

/** Records the `inclusion-location-change` events of `el`. */
function recordChanges(el: InclusionLocationSearch): InclusionLocationChangeEvent[] {
  const events: InclusionLocationChangeEvent[] = [];
  el.addEventListener('inclusion-location-change', (event) => events.push(event));
  return events;
}

describe('<inclusion-location-search>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('shows a labelled field, the “Autour de moi” button and the distance, and is accessible when idle', async () => {
    const el = await render();
    const field = input(el);
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Votre commune ou code postal');
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    const listbox = el.shadowRoot!.getElementById(field.getAttribute('aria-controls')!);
    expect(listbox?.getAttribute('role')).to.equal('listbox');
    expect(textOf(part(el, '[part=locate-button]'))).to.equal('Autour de moi');
    const select = part<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['2', '5', '10', '20', '50']);
    expect(select.value).to.equal('10');
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Distance maximale');
    await expect(el).to.be.accessible();
  });

  it('suggests communes for “lil”, and a keyboard-only pick of Lille fires inclusion-location-change', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const events = recordChanges(el);
    const call = await typeAndAnswer(el, fake, 'lil');
    expect(call.args).to.deep.equal(['lil']);
    expect(optionTexts(el)).to.deep.equal(['Lille (59000, 59160…) — 59']);
    expect(comboboxState(el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
    expect(liveRegion(el)).to.equal('1 commune proposée');
    await expect(el).to.be.accessible();

    await press(el, 'ArrowDown');
    expect(comboboxState(el)).to.deep.equal({
      expanded: 'true',
      active: 'Lille (59000, 59160…) — 59',
      selected: ['option-0'],
    });
    await expect(el).to.be.accessible();

    const changed = nextChange(el);
    await press(el, 'Enter');
    const event = await changed;
    expect(event).to.be.instanceOf(InclusionLocationChangeEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.location).to.deep.equal({ kind: 'commune', commune: lille });
    expect(event.radiusKm).to.equal(10);
    expect(events).to.have.length(1);
    expect(el.value).to.deep.equal({ kind: 'commune', commune: lille });
    expect(input(el).value).to.equal('Lille');
    expect(comboboxState(el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('shows the suggestions as soon as they arrive, before their check, and keeps the option in focus once checked', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const held = fake.delayNext();
    input(el).focus();
    await sendKeys({ type: 'lil' });
    const call = await held.started;
    call.preview!(); // the answer has arrived; its check has not loaded yet
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Lille (59000, 59160…) — 59']);
    expect(liveRegion(el)).to.match(/commune/);
    await press(el, 'ArrowDown');
    const { active } = comboboxState(el);
    expect(active).to.not.equal(null);
    await expect(el).to.be.accessible();
    held.release();
    await settle(el);
    expect(comboboxState(el).active, 'same option in focus').to.equal(active);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('moves through the options with Down and Up, wrapping at both ends; Home and End go back to the field', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    await typeAndAnswer(el, fake, 'ou');
    expect(optionTexts(el)).to.deep.equal(['Roubaix (59100) — 59', 'Tourcoing (59200) — 59']);
    const active = () => comboboxState(el).active;

    await press(el, 'ArrowDown');
    expect(active()).to.equal('Roubaix (59100) — 59');
    await press(el, 'ArrowDown');
    expect(active()).to.equal('Tourcoing (59200) — 59');
    expect(comboboxState(el).selected).to.deep.equal(['option-1']);
    await press(el, 'ArrowDown');
    expect(active(), 'Down wraps from the last option to the first').to.equal('Roubaix (59100) — 59');
    await press(el, 'ArrowUp');
    expect(active(), 'Up wraps from the first option to the last').to.equal('Tourcoing (59200) — 59');

    await press(el, 'Home');
    expect(comboboxState(el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
    expect(input(el).selectionStart).to.equal(0);
    await press(el, 'ArrowUp');
    expect(active(), 'Up from the field goes to the last option').to.equal('Tourcoing (59200) — 59');
    await press(el, 'End');
    expect(active()).to.equal(null);
    expect(input(el).selectionStart).to.equal(2);
  });

  it('closes the list on Escape, then clears the field on a second Escape', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const events = recordChanges(el);
    await typeAndAnswer(el, fake, 'ou');
    await press(el, 'ArrowDown');

    await press(el, 'Escape');
    expect(comboboxState(el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
    expect(input(el).value).to.equal('ou');

    await press(el, 'ArrowDown');
    expect(comboboxState(el).active, 'Down opens the list again').to.equal('Roubaix (59100) — 59');
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(comboboxState(el).expanded).to.equal('false');
    expect(events).to.have.length(0);
  });

  it('shows the chosen commune again when the field is cleared and left', async () => {
    const el = await fixture<InclusionLocationSearch>(
      html`<inclusion-location-search
        .client=${new FakeClient()}
        .value=${atLille}
      ></inclusion-location-search>`,
    );
    const events = recordChanges(el);
    input(el).focus();
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    await press(el, 'Tab');
    expect(input(el).value).to.equal('Lille');
    expect(el.value).to.equal(atLille);
    expect(events).to.have.length(0);
  });

  it('selects the chosen location when the field gets the focus, so that typing replaces it', async () => {
    const fake = new FakeClient();
    const el = await fixture<InclusionLocationSearch>(
      html`<inclusion-location-search .client=${fake} .value=${atLille}></inclusion-location-search>`,
    );
    input(el).focus();
    expect([input(el).selectionStart, input(el).selectionEnd]).to.deep.equal([0, 'Lille'.length]);
    await sendKeys({ type: 'rou' });
    await settle(el);
    expect(input(el).value).to.equal('rou');
    input(el).blur();
    input(el).focus();
    expect(input(el).selectionEnd, 'a text being typed is not selected again').to.equal(
      input(el).selectionStart,
    );
  });

  it('leaves the field on Tab without picking', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const events = recordChanges(el);
    await typeAndAnswer(el, fake, 'lil');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(events).to.have.length(0);
    expect(el.value).to.equal(undefined);
    expect(input(el).value).to.equal('lil');
    expect(comboboxState(el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part=locate-button]'));
  });

  it('picks a commune with a mouse click or a tap, keeping the focus in the field', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    await typeAndAnswer(el, fake, 'ou');
    const tourcoing = options(el)[1]!.getBoundingClientRect();
    const changed = nextChange(el);
    await sendMouse({
      type: 'click',
      position: [Math.round(tourcoing.x + 10), Math.round(tourcoing.y + tourcoing.height / 2)],
    });
    const event = await changed;
    expect(event.location?.kind === 'commune' && event.location.commune.nom).to.equal('Tourcoing');
    expect(input(el).value).to.equal('Tourcoing');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('shows the option with the visual focus in forced colours mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const fake = new FakeClient();
      const el = await render(fake);
      await typeAndAnswer(el, fake, 'ou');
      await press(el, 'ArrowDown');
      const [active, other] = options(el).map((option) => getComputedStyle(option));
      expect(active?.backgroundColor).to.not.equal(other?.backgroundColor);
      // Else the text backplates drawn in Canvas colour hide the HighlightText.
      expect(active?.getPropertyValue('forced-color-adjust')).to.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('gives each option a target of at least 44 px and fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const fake = new FakeClient();
      const el = await render(fake);
      await typeAndAnswer(el, fake, 'ou');
      const targets = [input(el), part(el, '[part=locate-button]'), part(el, 'select'), ...options(el)];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.localName).to.be.at.least(44);
        expect(box.right, target.localName).to.be.at.most(320);
      }
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('finds a commune by its postcode, showing that postcode first', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const call = await typeAndAnswer(el, fake, '59 160');
    expect(call.args).to.deep.equal(['59160']);
    expect(optionTexts(el)).to.deep.equal(['Lille (59160, 59000…) — 59']);
    const changed = nextChange(el);
    await press(el, 'Enter');
    expect((await changed).location).to.deep.equal({ kind: 'commune', commune: lille });
  });

  it('asks nothing for one letter or a partial postcode', async () => {
    expect([searchTermOf('l'), searchTermOf(' 590 '), searchTermOf('590001')]).to.deep.equal(['', '', '']);
    expect([searchTermOf(' li '), searchTermOf('59 000')]).to.deep.equal(['li', '59000']);
    const fake = new FakeClient();
    const el = await render(fake);
    input(el).focus();
    await sendKeys({ type: '5900' });
    await aTimeout(searchDelay * 2);
    expect(fake.calls).to.deep.equal([]);
    expect(comboboxState(el).expanded).to.equal('false');
  });

  it('ignores a stale answer: the first call held, the second answered first', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const first = fake.delayNext();
    const second = fake.delayNext();
    input(el).focus();
    await sendKeys({ type: 'rou' });
    const firstCall = await first.started;
    expect(firstCall.args).to.deep.equal(['rou']);

    await sendKeys({ press: 'Control+A' });
    await sendKeys({ type: 'tou' });
    const secondCall = await second.started;
    expect(secondCall.args).to.deep.equal(['tou']);
    expect(firstCall.signal?.aborted, 'the first call is aborted').to.equal(true);

    second.release();
    await settle(el);
    expect(optionTexts(el)).to.deep.equal(['Tourcoing (59200) — 59']);
    first.release();
    await settle(el);
    expect(optionTexts(el)).to.deep.equal(['Tourcoing (59200) — 59']);
    expect(liveRegion(el)).to.equal('1 commune proposée');
  });

  it('shows an API failure in the form with a retry, then the suggestions', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    fake.failNext(new NetworkError({ url: '/v1/communes?q=lil', cause: new Error('offline') }));
    await typeAndAnswer(el, fake, 'lil');
    const problem = part(el, '[part=problem]');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.contain('Le service ne répond pas');
    expect(comboboxState(el).expanded).to.equal('false');
    await expect(el).to.be.accessible();

    const held = fake.delayNext();
    part(el, '[part=retry-button]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'the focus goes back to the field').to.equal(input(el));
    expect((await held.started).args).to.deep.equal(['lil']);
    held.release();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=problem]')).to.equal(null);
    expect(optionTexts(el)).to.deep.equal(['Lille (59000, 59160…) — 59']);
  });

  it('announces how many communes are proposed, or that none was found', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    await typeAndAnswer(el, fake, 'ou');
    expect(liveRegion(el)).to.equal('2 communes proposées');
    await sendKeys({ press: 'Control+A' });
    await typeAndAnswer(el, fake, 'zzz');
    expect(liveRegion(el)).to.equal('Aucune commune trouvée');
    expect(textOf(part(el, '.message'))).to.equal(
      'Aucune commune trouvée. Vérifiez l’orthographe, ou tapez le code postal.',
    );
    expect(comboboxState(el).expanded).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('tells how to allow the position when the browser denies it, and never asks on load', async () => {
    const original = Object.getOwnPropertyDescriptor(Geolocation.prototype, 'getCurrentPosition')!;
    let asked = 0;
    Object.defineProperty(Geolocation.prototype, 'getCurrentPosition', {
      ...original,
      value(this: Geolocation, ...args: Parameters<Geolocation['getCurrentPosition']>) {
        asked++;
        return (original.value as Geolocation['getCurrentPosition']).apply(this, args);
      },
    });
    try {
      const el = await render();
      const events = recordChanges(el);
      await aTimeout(50);
      expect(asked, 'no position asked on load').to.equal(0);

      const button = part<HTMLButtonElement>(el, '[part=locate-button]');
      button.click();
      // The geolocation code loads on this first click.
      await waitUntil(() => asked === 1, 'the position is asked once, on click');
      expect(asked).to.equal(1);
      const message = part(el, '[part=geolocation-message]');
      expect(message.getAttribute('role')).to.equal('status');
      await waitUntil(() => textOf(message).includes('autoris'), 'the denied message appears');
      expect(textOf(message)).to.equal(
        'Vous n’avez pas autorisé ce site à voir votre position. Pour l’autoriser, touchez le cadenas à côté de ' +
          'l’adresse du site, puis « Autorisations » ou « Position ». Vous pouvez aussi taper le nom de votre commune.',
      );
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(events).to.have.length(0);
      expect(el.value).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(Geolocation.prototype, 'getCurrentPosition', original);
    }
  });

  it('offers the finder’s own distance as an extra choice, and fires when the citizen changes it', async () => {
    const fake = new FakeClient();
    const el = await fixture<InclusionLocationSearch>(
      html`<inclusion-location-search
        .client=${fake}
        .radiusKm=${15}
        .value=${atLille}
      ></inclusion-location-search>`,
    );
    const select = part<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal([
      '2 km',
      '5 km',
      '10 km',
      '15 km',
      '20 km',
      '50 km',
    ]);
    expect(select.value).to.equal('15');

    select.focus();
    const changed = nextChange(el);
    await sendKeys({ press: 'ArrowDown' });
    const event = await changed;
    expect(event.radiusKm).to.equal(20);
    expect(event.location).to.deep.equal({ kind: 'commune', commune: lille });
    expect(el.radiusKm).to.equal(20);
  });

  it('shows the location set by code in the field, and fires nothing for it', async () => {
    const fake = new FakeClient();
    const el = await render(fake);
    const events = recordChanges(el);
    el.value = { kind: 'commune', commune: lille };
    el.radiusKm = 5;
    await el.updateComplete;
    expect(input(el).value).to.equal('Lille');
    expect(part<HTMLSelectElement>(el, 'select').value).to.equal('5');
    el.value = { kind: 'point', lon: 3.06, lat: 50.63 };
    await el.updateComplete;
    expect(input(el).value).to.equal('Autour de moi');
    el.value = { kind: 'point', lon: 3.06, lat: 50.63, label: 'Mairie de Lille' };
    await el.updateComplete;
    expect(input(el).value).to.equal('Mairie de Lille');
    el.value = undefined;
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(events).to.have.length(0);
    expect(fake.calls).to.deep.equal([]);
  });

  it('turns every control off when disabled', async () => {
    const el = await fixture<InclusionLocationSearch>(
      html`<inclusion-location-search .client=${new FakeClient()} disabled></inclusion-location-search>`,
    );
    for (const selector of ['input', 'select', '[part=locate-button]']) {
      expect(part<HTMLInputElement>(el, selector).disabled, selector).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const fake = new FakeClient();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><inclusion-location-search .client=${fake}></inclusion-location-search></div>`,
    );
    const el = wrapper.querySelector('inclusion-location-search')!;
    await el.updateComplete;
    expect(input(el).labels?.[0]?.textContent?.trim()).to.equal('Your town or postcode');
    expect(textOf(part(el, '[part=locate-button]'))).to.equal('Around me');
    await typeAndAnswer(el, fake, 'ou');
    expect(liveRegion(el)).to.equal('2 towns suggested');
    expect(part(el, '[role=listbox]').getAttribute('aria-label')).to.equal('Suggested towns');
  });
});
