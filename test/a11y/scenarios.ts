/**
 * The screens the accessibility checks visit, each set up as the widgets' own tests set them up: the shared
 * `FakeClient` and its fixtures, nothing mocked below the client.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { FakeClient } from '../fake-client.js';
import '../../packages/venue-finder/src/define.js';
import '../../packages/quiz/src/define.js';
import '../../packages/orientation/src/define.js';
import '../../packages/configurator/src/define.js';
import { HttpError, type OrientationDefinitionInput } from '@inclusion-widgets/core';
import * as fixtures from '../fixtures/index.js';
import type { InclusionVenueFinder } from '../../packages/venue-finder/src/venue-finder.js';
import type { InclusionQuiz } from '../../packages/quiz/src/quiz.js';
import type { ProgressStorage } from '../../packages/quiz/src/storage.js';
import type { InclusionOrientation } from '../../packages/orientation/src/orientation.js';
import type { InclusionConfigurator } from '../../packages/configurator/src/configurator.js';
import { SavingClient } from '../../packages/configurator/src/fake-saving-client.js';
import { partnerScreens } from './partner-scenarios.js';

/** A screen of a widget, ready to be checked. */
export interface Screen {
  /** `finder: list`, `quiz: result`… */
  readonly name: string;
  /** Builds the widget in the page (in `container`) and brings it to this screen. */
  readonly open: (container: HTMLElement) => Promise<HTMLElement>;
  /**
   * `false` for a screen that is a single message by design (an API error with its retry, the problems of a
   * broken definition file): it has no heading to check.
   */
  readonly headings?: false;
  /** `false` for a screen with nothing to operate (the problems of a broken definition file, for the webmaster). */
  readonly controls?: false;
}

const lille = '3.0635,50.6366';
const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** A page around the widget: a focusable control before and after it, as on a partner's site. */
export async function hostPage(): Promise<{
  before: HTMLButtonElement;
  container: HTMLElement;
  after: HTMLButtonElement;
}> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <button type="button" id="before">Avant le widget</button>
      <div id="container"></div>
      <button type="button" id="after">Après le widget</button>
    </div>`,
  );
  return {
    before: page.querySelector<HTMLButtonElement>('#before')!,
    container: page.querySelector<HTMLElement>('#container')!,
    after: page.querySelector<HTMLButtonElement>('#after')!,
  };
}

/** Waits for the finder's first results. */
async function finderWithResults(container: HTMLElement, attributes: Record<string, string> = {}) {
  const element = document.createElement('inclusion-venue-finder') as InclusionVenueFinder;
  element.client = new FakeClient();
  element.setAttribute('near', lille);
  element.setAttribute('radius-km', '20');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await waitUntil(() => rootOf(element).querySelectorAll('.item').length > 0, 'results');
  await element.updateComplete;
  return element;
}

export const finderScreens: readonly Screen[] = [
  {
    name: 'finder: list',
    open: (container) => finderWithResults(container, { map: 'off' }),
  },
  {
    name: 'finder: details',
    async open(container) {
      const element = await finderWithResults(container, { map: 'off' });
      rootOf(element).querySelector<HTMLButtonElement>('.item-title button')!.click();
      await waitUntil(
        () => rootOf(element).querySelector('inclusion-venue-details')?.shadowRoot?.querySelector('h2, h1'),
        'details',
      );
      const details = rootOf(element).querySelector('inclusion-venue-details')!;
      await (details as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return element;
    },
  },
  {
    name: 'finder: filter panel',
    async open(container) {
      const element = await finderWithResults(container, { map: 'off' });
      rootOf(element).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
      await waitUntil(() => rootOf(element).querySelector('.filter-group'), 'filter panel');
      // With the facet counts.
      await waitUntil(() => rootOf(element).querySelector('.filter-group .count'), 'facet counts');
      await element.updateComplete;
      return element;
    },
  },
  {
    name: 'finder: map view',
    async open(container) {
      const element = await finderWithResults(container);
      const root = rootOf(element);
      const toggle = [...root.querySelectorAll<HTMLButtonElement>('.layout-toggle button')];
      // A narrow container has "List | Map"; a wide one shows list and map side by side, or "Show the map".
      const mapButton = toggle.find((button) =>
        /^(Carte|Afficher la carte)$/.test(button.textContent!.trim()),
      );
      if (mapButton && mapButton.getAttribute('aria-pressed') !== 'true') mapButton.click();
      await waitUntil(() => root.querySelector('inclusion-map'), 'map element', { timeout: 10_000 });
      const map = root.querySelector('inclusion-map')!;
      await waitUntil(() => map.shadowRoot?.querySelector('.marker.point'), 'markers', { timeout: 15_000 });
      await element.updateComplete;
      return element;
    },
  },
];

/** A storage in memory, so that the checks never touch the page's `localStorage`. */
class MemoryStorage implements ProgressStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const heading = (element: HTMLElement) => rootOf(element).querySelector('h2')?.textContent?.trim() ?? '';

function clickButton(element: HTMLElement, name: string): void {
  const button = [...rootOf(element).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  button.click();
}

/** Picks choices of the question shown (by their ids) and goes on. */
async function answer(element: InclusionQuiz, ...choiceIds: string[]): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector('[part="question"]'), 'a question');
  await element.updateComplete;
  for (const id of choiceIds) {
    const input = [...rootOf(element).querySelectorAll<HTMLInputElement>('.choice input')].find(
      (candidate) => candidate.value === id,
    );
    if (!input) throw new Error(`no choice ${id} on "${heading(element)}"`);
    input.click();
    await element.updateComplete;
  }
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

async function quizStarted(container: HTMLElement): Promise<InclusionQuiz> {
  const element = document.createElement('inclusion-quiz') as InclusionQuiz;
  element.setAttribute('quiz', 'quiz-exemple');
  element.setAttribute('next', 'https://ville.example/aide');
  element.client = new FakeClient();
  element.storage = new MemoryStorage();
  container.append(element);
  await waitUntil(() => rootOf(element).querySelector('[part="start"]'), 'start screen');
  await element.updateComplete;
  return element;
}

async function quizReview(container: HTMLElement): Promise<InclusionQuiz> {
  const element = await quizStarted(container);
  clickButton(element, 'Commencer');
  await answer(element, 'souvent');
  await answer(element, 'ordinateur');
  await answer(element, 'peut-aider');
  await answer(element, 'date');
  await answer(element, 'supprimer', 'banque');
  await waitUntil(() => heading(element) === 'Vérifiez vos réponses', 'review');
  await element.updateComplete;
  return element;
}

export const quizScreens: readonly Screen[] = [
  { name: 'quiz: start', open: quizStarted },
  {
    name: 'quiz: question',
    async open(container) {
      const element = await quizStarted(container);
      clickButton(element, 'Commencer');
      await answer(element, 'souvent');
      // The third question: four long answers, the "essential" mark.
      await answer(element, 'ordinateur');
      await waitUntil(() => /Envoyer un e-mail/.test(heading(element)), 'third question');
      await element.updateComplete;
      return element;
    },
  },
  {
    // The glossary (issue 10): the definition of « e-mail » open next to its term, in the question's heading.
    name: 'quiz: glossary term open',
    async open(container) {
      const element = await quizStarted(container);
      clickButton(element, 'Commencer');
      await answer(element, 'souvent');
      await answer(element, 'ordinateur');
      await waitUntil(() => rootOf(element).querySelector('h2 .glossary-term'), 'a term in the question');
      const term = rootOf(element).querySelector<HTMLButtonElement>('h2 .glossary-term')!;
      term.click();
      await waitUntil(
        () => (term.nextElementSibling as HTMLElement | null)?.hidden === false,
        'the definition open',
      );
      await element.updateComplete;
      return element;
    },
  },
  { name: 'quiz: review', open: quizReview },
  {
    name: 'quiz: result',
    async open(container) {
      const element = await quizReview(container);
      clickButton(element, 'Voir mon résultat');
      await waitUntil(() => heading(element) === 'Votre résultat', 'result');
      await element.updateComplete;
      return element;
    },
  },
];

/** The orientation as shipped (`packages/content`), served by the test runner from the repository. */
let shippedOrientation: Promise<OrientationDefinitionInput> | undefined;
function shipped(): Promise<OrientationDefinitionInput> {
  shippedOrientation ??= fetch(
    new URL('/packages/content/orientations/trouver-la-bonne-aide.fr.json', location.href),
  ).then((response) => response.json() as Promise<OrientationDefinitionInput>);
  return shippedOrientation;
}

async function orientationFake(): Promise<FakeClient> {
  return new FakeClient({
    lieux: fixtures.lieux,
    communes: fixtures.communes,
    orientations: [await shipped()],
  });
}

/** An orientation in `container`, on its start screen (or on whatever `ready` waits for). */
async function orientation(
  container: HTMLElement,
  options: {
    attributes?: Record<string, string>;
    fake?: FakeClient;
    ready?: (element: InclusionOrientation) => unknown;
  } = {},
): Promise<InclusionOrientation> {
  const element = document.createElement('inclusion-orientation') as InclusionOrientation;
  element.setAttribute('territory', 'departement:59');
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  element.client = options.fake ?? (await orientationFake());
  element.storage = new MemoryStorage();
  container.append(element);
  await waitUntil(
    () => (options.ready ?? ((item) => rootOf(item).querySelector('[part="start"]')))(element),
    'orientation ready',
    { timeout: 10_000 },
  );
  await element.updateComplete;
  return element;
}

/** Answers the orientation's questions in order, by `[question, ...choices]` (`[question]` skips it). */
async function walkOrientation(
  element: InclusionOrientation,
  steps: readonly (readonly string[])[],
): Promise<void> {
  for (const [question, ...choices] of steps) {
    await waitUntil(
      () => rootOf(element).querySelector<HTMLInputElement>('.choice input')?.name === question,
      `question ${question!} (now: ${heading(element)})`,
    );
    await element.updateComplete;
    for (const id of choices) {
      rootOf(element).querySelector<HTMLInputElement>(`.choice input[value="${id}"]`)!.click();
      await element.updateComplete;
    }
    rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
  }
}

async function orientationQuestion(
  element: InclusionOrientation,
  name: string,
): Promise<InclusionOrientation> {
  await waitUntil(
    () => rootOf(element).querySelector<HTMLInputElement>('.choice input')?.name === name,
    `question ${name}`,
  );
  await element.updateComplete;
  return element;
}

/** An urgent procedure and no device of one's own (so a parallel outcome), practical needs skipped. */
const equipmentPath = [
  ['qui', 'moi'],
  ['demarche-urgente', 'oui'],
  ['demarche-seul', 'non'],
  ['appareil', 'aucun'],
  ['internet', 'oui'],
  ['distance'],
  ['besoin-specifique'],
  ['gratuit'],
  ['a-distance'],
] as const;

/** The end screen, with the places of the embedded venue finder listed (or its "no place" message). */
async function orientationEnd(element: InclusionOrientation): Promise<InclusionOrientation> {
  const finder = () => rootOf(element).querySelector('[part="end"] inclusion-venue-finder');
  await waitUntil(() => finder()?.shadowRoot?.querySelector('.item, .empty'), 'end screen with places', {
    timeout: 10_000,
  });
  await (finder() as InclusionVenueFinder).updateComplete;
  await element.updateComplete;
  return element;
}

export const orientationScreens: readonly Screen[] = [
  { name: 'orientation: start', open: (container) => orientation(container) },
  {
    name: 'orientation: question',
    async open(container) {
      const element = await orientation(container);
      clickButton(element, 'Commencer');
      await walkOrientation(element, [['qui', 'moi']]);
      // A question with its help text, essential.
      return orientationQuestion(element, 'demarche-urgente');
    },
  },
  {
    name: 'orientation: equipment question',
    async open(container) {
      const element = await orientation(container);
      clickButton(element, 'Commencer');
      await walkOrientation(element, equipmentPath.slice(0, 3));
      return orientationQuestion(element, 'appareil');
    },
  },
  {
    name: 'orientation: skills from a quiz result',
    async open(container) {
      // The quiz answered the skills step; the person opens one of its answers from the end screen.
      const element = await orientation(container, {
        attributes: {
          'quiz-result':
            '{"band":"intermediaire","areas":[{"framework":"environnement-numerique","band":"debutant"}]}',
        },
      });
      clickButton(element, 'Commencer');
      await walkOrientation(element, [
        ['qui', 'moi'],
        ['demarche-urgente', 'non'],
        ['appareil', 'ordinateur'],
        ['internet', 'oui'],
        ['objectif', 'quotidien'],
        ['distance'],
        ['besoin-specifique'],
        ['gratuit'],
        ['a-distance'],
      ]);
      await orientationEnd(element);
      const edit = [...rootOf(element).querySelectorAll('.answer-item')]
        .find((item) => item.querySelector('.from-quiz'))!
        .querySelector('button')!;
      edit.click();
      return orientationQuestion(element, 'aise-appareil');
    },
  },
  {
    name: 'orientation: end with the finder',
    async open(container) {
      const element = await orientation(container);
      clickButton(element, 'Commencer');
      await walkOrientation(element, equipmentPath);
      return orientationEnd(element);
    },
  },
  {
    name: 'orientation: sheet',
    async open(container) {
      const element = await orientation(container);
      clickButton(element, 'Commencer');
      await walkOrientation(element, equipmentPath);
      await orientationEnd(element);
      clickButton(element, 'Préparer une fiche d’orientation');
      await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet');
      await element.updateComplete;
      return element;
    },
  },
  {
    name: 'orientation: professional end',
    async open(container) {
      const element = await orientation(container, { attributes: { mode: 'professional' } });
      clickButton(element, 'Commencer');
      await walkOrientation(element, equipmentPath.slice(1));
      await orientationEnd(element);
      await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet, open');
      return element;
    },
  },
  {
    name: 'orientation: src problems',
    headings: false,
    controls: false,
    open: (container) =>
      orientation(container, {
        attributes: {
          src: new URL('/packages/orientation/test-fixtures/invalid-orientation.json', location.href).href,
        },
        ready: (element) => rootOf(element).querySelector('[part="source-error"]'),
      }),
  },
  {
    name: 'orientation: API error',
    headings: false,
    async open(container) {
      const fake = await orientationFake();
      fake.failNext(new HttpError({ url: '/v1/orientations/trouver-la-bonne-aide', status: 503 }));
      return orientation(container, {
        fake,
        ready: (element) => rootOf(element).querySelector('[part="problem"]'),
      });
    },
  },
];

/**
 * The configurator as its own tests build it: the test kit's client with the partner's save (`SavingClient`),
 * the snippets pointing to `https://api.example.org`.
 */
async function configurator(
  container: HTMLElement,
  client = new SavingClient(),
): Promise<InclusionConfigurator> {
  const element = document.createElement('inclusion-configurator');
  element.setAttribute('api', 'https://api.example.org');
  element.client = client;
  container.append(element);
  await waitUntil(() => rootOf(element).querySelector('[part="settings"]'), 'the configurator');
  await element.updateComplete;
  return element;
}

/** Waits for the real widget `tag` in the preview, showing `ready` in its shadow root. */
async function preview(element: InclusionConfigurator, tag: string, ready: string): Promise<void> {
  const widget = () => rootOf(element).querySelector<HTMLElement>(`.preview-frame > ${tag}`);
  await waitUntil(() => widget()?.shadowRoot?.querySelector(ready), `${tag} in the preview`, {
    timeout: 10_000,
  });
  await (widget() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await element.updateComplete;
}

/** Clicks the element of the configurator's shadow root that `selector` finds. */
async function press(element: InclusionConfigurator, selector: string): Promise<void> {
  const target = rootOf(element).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await element.updateComplete;
}

/** Types `text` into a field of the configurator, as one input event. */
async function typeIn(element: InclusionConfigurator, selector: string, text: string): Promise<void> {
  const input = rootOf(element).querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** The partner's form filled in, then sent. */
async function saveAs(element: InclusionConfigurator, token: string): Promise<void> {
  await typeIn(element, '#save-partner', 'mairie-lille');
  await typeIn(element, '#save-token', token);
  await typeIn(element, '#save-name', 'carte');
  await press(element, '.save button[type="submit"]');
}

export const configuratorScreens: readonly Screen[] = [
  {
    name: 'configurator: start',
    async open(container) {
      const element = await configurator(container);
      await preview(element, 'inclusion-venue-finder', '[part="base"]');
      return element;
    },
  },
  {
    name: 'configurator: commune chosen, more filters, its preview',
    async open(container) {
      const element = await configurator(container);
      // "Plus de filtres" open: every filter of the standard on screen.
      rootOf(element).querySelector('details')!.open = true;
      await press(element, '#territory-commune');
      await typeIn(element, '#commune', 'Roub');
      await waitUntil(() => rootOf(element).querySelector('[role="option"]'), 'commune suggestions');
      await press(element, '[role="option"]');
      await waitUntil(
        () =>
          rootOf(element)
            .querySelector('.preview-frame > inclusion-venue-finder')
            ?.getAttribute('territory') === 'commune:59512',
        'the preview of Roubaix',
        { timeout: 10_000 },
      );
      await preview(element, 'inclusion-venue-finder', '[part="base"]');
      return element;
    },
  },
  {
    name: 'configurator: quiz with a light colour',
    async open(container) {
      const element = await configurator(container);
      await press(element, '#widget-quiz');
      await typeIn(element, '#color', '#FFD700');
      await waitUntil(
        () => rootOf(element).querySelector('.preview-frame > inclusion-quiz')?.getAttribute('color'),
        'the quiz in its colour',
        { timeout: 10_000 },
      );
      await preview(element, 'inclusion-quiz', '[part="start"]');
      return element;
    },
  },
  {
    name: 'configurator: a colour to fix',
    async open(container) {
      const element = await configurator(container);
      await press(element, '#widget-orientation');
      await preview(element, 'inclusion-orientation', '[part="start"]');
      await typeIn(element, '#color', 'bleu');
      await waitUntil(() => rootOf(element).querySelector('#color-error'), 'the colour error');
      return element;
    },
  },
  {
    name: 'configurator: iframe code copied',
    async open(container) {
      const element = await configurator(container);
      await press(element, '#mode-iframe');
      await preview(element, 'inclusion-venue-finder', '[part="base"]');
      // The clipboard of a browser that grants it (headless Chromium may refuse), for this copy only.
      const clipboard = navigator.clipboard;
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async () => {} });
      try {
        await press(element, '.copy button');
        await waitUntil(() => rootOf(element).querySelector('.copy-status')?.textContent?.trim(), 'copied');
      } finally {
        delete (clipboard as unknown as Record<string, unknown>).writeText;
      }
      await element.updateComplete;
      return element;
    },
  },
  {
    name: 'configurator: save refused',
    async open(container) {
      const client = new SavingClient();
      client.saveError = new HttpError({
        url: 'https://api.example.org/v1/partenaires/mairie-lille/configurations/mairie-lille-carte',
        status: 403,
      });
      const element = await configurator(container, client);
      await preview(element, 'inclusion-venue-finder', '[part="base"]');
      await saveAs(element, 'faux');
      await waitUntil(() => rootOf(element).querySelector('.save-error .error'), 'the refusal');
      await element.updateComplete;
      return element;
    },
  },
  {
    name: 'configurator: saved, the code with config',
    async open(container) {
      const element = await configurator(container);
      await preview(element, 'inclusion-venue-finder', '[part="base"]');
      await saveAs(element, 'secret');
      await waitUntil(() => rootOf(element).querySelector('.save-result .success'), 'saved');
      await element.updateComplete;
      return element;
    },
  },
];

export const allScreens: readonly Screen[] = [
  ...finderScreens,
  ...quizScreens,
  ...orientationScreens,
  ...configuratorScreens,
  ...partnerScreens,
];
