import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NetworkError, type Statistique, type Statistiques } from '@inclusion-widgets/core';
import '@inclusion-widgets/partner/define.js';
import { FakeStatisticsClient } from '../packages/partner/src/fake-statistics.js';

/**
 * `<inclusion-partner-stats>`, the partner page's element, in each of its states, on the test kit's fake client with
 * 26 weeks of made-up counters. The states after the form are reached as a partner would: the story fills the form
 * and submits it.
 */
const meta: Meta = {
  title: 'Partner statistics',
  tags: ['autodocs'],
};
export default meta;

/** Thursday 3 December 2026. */
const now = new Date('2026-12-03T10:00:00Z');
const token = 'jeton-de-demonstration';

/** 26 weeks of counters that grow a little, with quiz levels, weakest areas and orientation outcomes. */
function weeks(): Statistique[] {
  const items: Statistique[] = [];
  for (let index = 0; index < 26; index += 1) {
    const monday = new Date(Date.UTC(2026, 10, 30 - 7 * (25 - index))).toISOString().slice(0, 10);
    const quizzes = 3 + ((index * 7) % 11);
    const orientations = 2 + ((index * 5) % 7);
    items.push(
      {
        semaine: monday,
        widget: 'venue-finder',
        evenement: 'lieu-consulte',
        nombre: 10 + ((index * 13) % 17),
        details: {},
      },
      {
        semaine: monday,
        widget: 'quiz',
        evenement: 'quiz-termine',
        nombre: quizzes,
        details: {
          niveau: {
            '1': Math.floor(quizzes / 4),
            '2': Math.ceil(quizzes / 2),
            '3': quizzes - Math.floor(quizzes / 4) - Math.ceil(quizzes / 2),
          },
          domaine_faible: {
            securite: Math.ceil(quizzes / 2),
            'demarches-en-ligne': Math.floor(quizzes / 3),
            communiquer: 1,
          },
        },
      },
      {
        semaine: monday,
        widget: 'orientation',
        evenement: 'orientation-resultat',
        nombre: orientations,
        details: {
          resultat: {
            'urgence-demarches': Math.ceil(orientations / 2),
            'ateliers-debutants': Math.floor(orientations / 2),
          },
        },
      },
    );
  }
  return items;
}

const statistiques: Statistiques = { partenaire: 'mairie-belcastel', depuis: '2026-06-08', items: weeks() };

function client(): FakeStatisticsClient {
  return new FakeStatisticsClient({
    'mairie-belcastel': { token, statistiques },
    'mairie-vide': { token, statistiques: { partenaire: 'mairie-vide', depuis: '2026-06-08', items: [] } },
  });
}

/** An element on the fake client; with `signIn`, the form is filled and sent once it shows. */
function partnerElement(
  options: { signIn?: [string, string]; fake?: FakeStatisticsClient; lang?: string } = {},
): HTMLElement {
  const element = document.createElement('inclusion-partner-stats');
  if (options.lang) element.setAttribute('lang', options.lang);
  element.client = options.fake ?? client();
  element.now = now;
  const credentials = options.signIn;
  if (credentials) void submit(element, ...credentials);
  return element;
}

async function submit(element: HTMLElement, partenaire: string, jeton: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const form = element.shadowRoot?.querySelector('form');
    const partner = form?.querySelector<HTMLInputElement>('[name="partenaire"]');
    const secret = form?.querySelector<HTMLInputElement>('[name="jeton"]');
    if (form && partner && secret) {
      partner.value = partenaire;
      secret.value = jeton;
      form.requestSubmit();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The form: partner id and token (a password field, kept in memory only). */
export const Form: StoryObj = { render: () => partnerElement() };

/** 12 weeks of statistics: a chart per widget, levels, weakest areas, outcomes, each with its table; the CSV link. */
export const Statistics: StoryObj = { render: () => partnerElement({ signIn: ['mairie-belcastel', token] }) };

/** The same in English. */
export const English: StoryObj = {
  render: () => partnerElement({ signIn: ['mairie-belcastel', token], lang: 'en' }),
};

/** While the API answers (never, here). */
export const Loading: StoryObj = {
  render: () => {
    const fake = client();
    fake.delayNext();
    return partnerElement({ signIn: ['mairie-belcastel', token], fake });
  },
};

/** A partner whose widgets have sent nothing yet. */
export const Empty: StoryObj = { render: () => partnerElement({ signIn: ['mairie-vide', token] }) };

/** A wrong token (or an unknown partner): back to the form, with the message. */
export const WrongToken: StoryObj = {
  render: () => partnerElement({ signIn: ['mairie-belcastel', 'mauvais'] }),
};

/** The API does not answer: the message and "Réessayer". */
export const ApiDown: StoryObj = {
  render: () => {
    const fake = client();
    fake.failNext(new NetworkError({ url: '/v1/statistiques', cause: new TypeError('Failed to fetch') }));
    return partnerElement({ signIn: ['mairie-belcastel', token], fake });
  },
};
