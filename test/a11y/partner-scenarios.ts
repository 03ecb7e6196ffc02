/**
 * The screens of `<inclusion-partner-stats>` (the partner's statistics page) the accessibility checks visit, set
 * up as `packages/partner/src/partner-stats.test.ts` sets them up: its `FakeStatisticsClient` (the test kit's
 * `FakeClient` with `getStatistiques`), counters parsed by the contract's schema, the same fixed "now".
 */
import { waitUntil } from '@open-wc/testing';
import { NetworkError, type Statistiques } from '@inclusion-widgets/core';
import '../../packages/partner/src/define.js';
import { FakeStatisticsClient } from '../../packages/partner/src/fake-statistics.js';
import type { InclusionPartnerStats } from '../../packages/partner/src/partner-stats.js';
import * as fixtures from '../fixtures/index.js';
import type { Screen } from './scenarios.js';

/** Thursday 3 December 2026, as in the element's own tests. */
const now = new Date('2026-12-03T10:00:00Z');
const token = 'jeton-de-test-0123456789';

/** Twelve weeks of a town's counters: the three widgets, every level, areas and outcomes named by the fixtures. */
const statistiques: Statistiques = {
  partenaire: 'mairie-exemple',
  depuis: '2026-09-14',
  items: [
    {
      semaine: '2026-10-05',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 1,
      details: { quiz: { 'quiz-exemple': 1 }, niveau: { '3': 1 }, domaine_faible: { communiquer: 1 } },
    },
    {
      semaine: '2026-11-16',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 3,
      details: {
        quiz: { 'quiz-exemple': 3 },
        niveau: { '1': 1, '2': 2 },
        domaine_faible: { securite: 2, communiquer: 1 },
      },
    },
    {
      semaine: '2026-11-23',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 2,
      details: {
        quiz: { 'quiz-exemple': 2 },
        niveau: { '2': 1, '3': 1 },
        domaine_faible: { securite: 1, 'un-domaine-retire': 1 },
      },
    },
    {
      semaine: '2026-11-23',
      widget: 'orientation',
      evenement: 'orientation-resultat',
      nombre: 4,
      details: {
        orientation: { 'orientation-exemple': 4 },
        resultat: { urgence: 3, debuter: 1 },
        niveau: { '1': 3, '2': 1 },
      },
    },
    {
      semaine: '2026-11-30',
      widget: 'venue-finder',
      evenement: 'lieu-consulte',
      nombre: 5,
      details: { lieu: { 'exemple-lille-espace-numerique': 5 } },
    },
  ],
};

function fakeClient(): FakeStatisticsClient {
  return new FakeStatisticsClient(
    {
      'mairie-exemple': { token, statistiques },
      'mairie-vide': { token, statistiques: { partenaire: 'mairie-vide', depuis: '2026-09-14', items: [] } },
    },
    { quizzes: [fixtures.quiz], orientations: [fixtures.orientation] },
  );
}

const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** The element in `container`, on its sign-in form. */
async function partnerStats(
  container: HTMLElement,
  fake: FakeStatisticsClient = fakeClient(),
): Promise<InclusionPartnerStats> {
  const element = document.createElement('inclusion-partner-stats');
  element.client = fake;
  element.now = now;
  container.append(element);
  await waitUntil(() => rootOf(element).querySelector('[part="form"]'), 'sign-in form');
  await element.updateComplete;
  return element;
}

/** Fills the form by setting the fields' values, then submits it. */
async function signIn(element: InclusionPartnerStats, partenaire: string, jeton: string): Promise<void> {
  rootOf(element).querySelector<HTMLInputElement>('input[name="partenaire"]')!.value = partenaire;
  rootOf(element).querySelector<HTMLInputElement>('input[name="jeton"]')!.value = jeton;
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/**
 * Waits for `selector`, then takes the focus off the field the element focused (an error's field): the checks
 * compare each element with and without the focus, starting from the page before the element.
 */
async function ready(element: InclusionPartnerStats, selector: string, what: string) {
  await waitUntil(() => rootOf(element).querySelector(selector), what, { timeout: 10_000 });
  await element.updateComplete;
  (rootOf(element).activeElement as HTMLElement | null)?.blur();
  return element;
}

export const partnerScreens: readonly Screen[] = [
  { name: 'partner: sign-in', open: (container) => partnerStats(container) },
  {
    name: 'partner: fields to correct',
    async open(container) {
      const element = await partnerStats(container);
      // An id with a space and capitals, no token: both fields get their message.
      await signIn(element, 'Mairie Exemple', '');
      return ready(element, '#token-error', 'field errors');
    },
  },
  {
    name: 'partner: wrong token',
    async open(container) {
      const element = await partnerStats(container);
      await signIn(element, 'mairie-exemple', 'mauvais-jeton');
      return ready(element, '[part="form"] [part="error"]', 'the 403 message');
    },
  },
  {
    name: 'partner: statistics',
    async open(container) {
      const element = await partnerStats(container);
      await signIn(element, 'mairie-exemple', token);
      await ready(element, '[part="areas"] figure', 'the statistics');
      // Every table shown, so that the checks see them (their `details` are closed at first).
      for (const details of rootOf(element).querySelectorAll('details')) details.open = true;
      await element.updateComplete;
      return element;
    },
  },
  {
    name: 'partner: empty period',
    async open(container) {
      const element = await partnerStats(container);
      await signIn(element, 'mairie-vide', token);
      return ready(element, '[part="empty"]', 'no data yet');
    },
  },
  {
    name: 'partner: API down',
    async open(container) {
      const fake = fakeClient();
      fake.failNext(new NetworkError({ url: '/v1/statistiques', cause: new TypeError('Failed to fetch') }));
      const element = await partnerStats(container, fake);
      await signIn(element, 'mairie-exemple', token);
      return ready(element, '[part="results"] [part="error"]', 'the API error');
    },
  },
];
