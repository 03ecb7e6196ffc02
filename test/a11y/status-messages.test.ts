/**
 * RGAA 7.5: status messages are announced. Checked through Chromium's own accessibility tree (what a screen
 * reader is given), not the DOM: each message sits in a live region (role status, polite; role alert,
 * assertive) that is in the tree before it speaks.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpError } from '@inclusion-widgets/core';
import { FakeClient } from '../fake-client.js';
import '../../packages/venue-finder/src/define.js';
import '../../packages/quiz/src/define.js';
import type { InclusionVenueFinder } from '../../packages/venue-finder/src/venue-finder.js';
import { configuratorScreens, orientationScreens, quizScreens } from './scenarios.js';
import { deepActiveElement, liveRegions, liveRegionSaying } from './helpers.js';

const lille = '3.0635,50.6366';

async function finder(fake: FakeClient, attributes: Record<string, string>): Promise<InclusionVenueFinder> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('inclusion-venue-finder') as InclusionVenueFinder;
  element.client = fake;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await element.updateComplete;
  return element;
}

describe('status messages in the accessibility tree (RGAA 7.5)', () => {
  it('finder: its polite status region is in the tree, empty, before any search', async () => {
    await finder(new FakeClient(), { map: 'off' });
    const regions = await liveRegions();
    const status = regions.filter((region) => region.role === 'status');
    expect(status.length, JSON.stringify(regions)).to.be.greaterThan(0);
    expect(status.every((region) => region.live === 'polite')).to.equal(true);
    expect(status.every((region) => region.text === '')).to.equal(true);
  });

  it('finder: announces the search, then the number of places found, politely', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    await finder(fake, { near: lille, 'radius-km': '20', map: 'off' });
    await held.started;
    const searching = await liveRegionSaying(/^Recherche des lieux…$/);
    expect(searching).to.include({ role: 'status', live: 'polite' });
    held.release();
    const found = await liveRegionSaying(/^3 lieux trouvés à moins de 20\skm de vous$/);
    expect(found).to.include({ role: 'status', live: 'polite' });
  });

  it('finder: announces the communes proposed while typing one', async () => {
    const element = await finder(new FakeClient(), { map: 'off' });
    const search = element.shadowRoot!.querySelector('inclusion-location-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input'), 'the field');
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Roub' });
    const proposed = await liveRegionSaying(/^1 commune proposée$/);
    expect(proposed).to.include({ role: 'status', live: 'polite' });
  });

  it('finder: announces the new count when a filter changes', async () => {
    const element = await finder(new FakeClient(), { near: lille, 'radius-km': '20', map: 'off' });
    await liveRegionSaying(/^3 lieux trouvés/);
    const root = element.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await waitUntil(() => root.querySelector('#filter-services-loisirs-et-creations-numeriques'), 'filters');
    root.querySelector<HTMLInputElement>('#filter-services-loisirs-et-creations-numeriques')!.click();
    const one = await liveRegionSaying(/^1 lieu trouvé à moins de 20\skm de vous$/);
    expect(one).to.include({ role: 'status', live: 'polite' });
  });

  it('finder: announces that no place matches', async () => {
    await finder(new FakeClient(), {
      near: lille,
      'radius-km': '2',
      services: 'loisirs-et-creations-numeriques',
      map: 'off',
    });
    const none = await liveRegionSaying(/^Aucun lieu ne correspond à votre recherche\.$/);
    expect(none).to.include({ role: 'status', live: 'polite' });
  });

  it('finder: announces an API failure at once, as an alert', async () => {
    const fake = new FakeClient();
    fake.failNext(new HttpError({ url: '/v1/lieux', status: 503 }));
    await finder(fake, { near: lille, map: 'off' });
    const alert = await liveRegionSaying(
      /^Le service a un problème en ce moment\. Réessayez dans quelques minutes\./,
    );
    expect(alert).to.include({ role: 'alert', live: 'assertive' });
  });

  it('quiz: announces the progress on each question, politely', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await quizScreens.find((screen) => screen.name === 'quiz: question')!.open(container);
    const progress = await liveRegionSaying(/^Question 3 sur 5$/);
    expect(progress).to.include({ role: 'status', live: 'polite' });
    expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).to.equal(
      'Question 3 sur 5',
    );
  });

  it('quiz: says at once that an answer is needed, as an alert tied to the question', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await quizScreens.find((screen) => screen.name === 'quiz: start')!.open(container);
    const root = element.shadowRoot!;
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent?.trim() === 'Commencer')!
      .click();
    await waitUntil(() => root.querySelector('[part="question"] button[type="submit"]'), 'first question');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = await liveRegionSaying(/^Choisissez une réponse pour continuer\.$/);
    expect(alert).to.include({ role: 'alert', live: 'assertive' });
    const focused = deepActiveElement();
    expect(focused, 'focus stays on or near the question').to.exist;
  });

  const orientationScreen = (name: string) => orientationScreens.find((screen) => screen.name === name)!;

  it('orientation: announces the progress on each question, politely', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await orientationScreen('orientation: equipment question').open(container);
    const progress = await liveRegionSaying(/^Question 4 sur 9$/);
    expect(progress).to.include({ role: 'status', live: 'polite' });
  });

  it('orientation: says at once that an answer is needed, as an alert', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await orientationScreen('orientation: question').open(container);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = await liveRegionSaying(/^Choisissez une réponse pour continuer\.$/);
    expect(alert).to.include({ role: 'alert', live: 'assertive' });
    expect(deepActiveElement()?.localName, 'focus on the first answer').to.equal('input');
  });

  it('orientation: the end screen’s places are announced by the embedded finder, politely', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await orientationScreen('orientation: end with the finder').open(container);
    const found = await liveRegionSaying(/^1 lieu trouvé/);
    expect(found).to.include({ role: 'status', live: 'polite' });
  });

  it('orientation: announces an API failure at once, as an alert', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await orientationScreen('orientation: API error').open(container);
    const alert = await liveRegionSaying(/^Le service a un problème en ce moment\./);
    expect(alert).to.include({ role: 'alert', live: 'assertive' });
  });

  const configuratorScreen = (name: string) => configuratorScreens.find((screen) => screen.name === name)!;

  it('configurator: says politely that the code and the preview follow a change, or that a setting must be fixed', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await configuratorScreen('configurator: start').open(container);
    const root = element.shadowRoot!;
    root.querySelector<HTMLInputElement>('#widget-quiz')!.click();
    const done = await liveRegionSaying(/^Le code et l’aperçu sont à jour\.$/);
    expect(done).to.include({ role: 'status', live: 'polite' });
    const color = root.querySelector<HTMLInputElement>('#color')!;
    color.value = 'bleu';
    color.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const blocked = await liveRegionSaying(/^Le code n’est pas prêt : un réglage est à corriger\.$/);
    expect(blocked).to.include({ role: 'status', live: 'polite' });
  });

  it('configurator: announces the communes proposed while typing one', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await configuratorScreen('configurator: start').open(container);
    element.shadowRoot!.querySelector<HTMLInputElement>('#territory-commune')!.click();
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('#commune')!.focus();
    await sendKeys({ type: 'Roub' });
    const proposed = await liveRegionSaying(/^1 commune proposée\.$/);
    expect(proposed).to.include({ role: 'status', live: 'polite' });
  });

  it('configurator: announces the copied code, politely', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await configuratorScreen('configurator: iframe code copied').open(container);
    const copied = await liveRegionSaying(/^Copié\. Collez le code dans votre site\.$/);
    expect(copied).to.include({ role: 'status', live: 'polite' });
  });

  it('configurator: announces a saved configuration politely, a refused one at once as an alert', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await configuratorScreen('configurator: save refused').open(container);
    const refused = await liveRegionSaying(/^La configuration n’est pas enregistrée\./);
    expect(refused).to.include({ role: 'alert', live: 'assertive' });
    container.replaceChildren();
    await configuratorScreen('configurator: saved, the code with config').open(container);
    const saved = await liveRegionSaying(/^Configuration enregistrée : mairie-lille-carte\./);
    expect(saved).to.include({ role: 'status', live: 'polite' });
  });
});
