import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpError, type OrientationDefinitionInput } from '@inclusion-widgets/core';
import '@inclusion-widgets/orientation/define.js';
import { progressKey, type ProgressStorage, type SavedProgress } from '@inclusion-widgets/orientation';
import flowEn from '../packages/content/orientations/trouver-la-bonne-aide.en.json' with { type: 'json' };
import flowFr from '../packages/content/orientations/trouver-la-bonne-aide.fr.json' with { type: 'json' };
import { FakeClient } from '../test/fake-client.js';
import * as fixtures from '../test/fixtures/index.js';

/**
 * `<inclusion-orientation>` on each of its screens, on the test kit's fake client and the default orientation
 * (`packages/content/orientations/`). A screen after the start is reached as a person returning would reach it:
 * with progress saved in a storage kept in memory, then "Reprendre". The venue finder of the end screen lists
 * the fixture places of the département du Nord.
 */
const meta: Meta = {
  title: 'Orientation',
  tags: ['autodocs'],
};
export default meta;

const french = flowFr as OrientationDefinitionInput;
const english = flowEn as OrientationDefinitionInput;

/** A storage in memory, so that stories never write to the browser's. */
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

interface OrientationStory {
  /** Progress saved before the widget opens. */
  readonly saved?: Omit<SavedProgress, 'fromQuiz'> & { readonly fromQuiz?: readonly string[] };
  /** Presses "Reprendre" (or "Revoir l’aide proposée") once the start screen shows. */
  readonly resume?: boolean;
  readonly client?: FakeClient;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly definition?: OrientationDefinitionInput;
}

const fakeClient = (definition: OrientationDefinitionInput = french) =>
  new FakeClient({ lieux: fixtures.lieux, communes: fixtures.communes, orientations: [definition] });

/** An orientation element at the screen its saved progress gives. */
function orientationElement(story: OrientationStory = {}): HTMLElement {
  const definition = story.definition ?? french;
  const storage = new MemoryStorage();
  if (story.saved) {
    const key = progressKey(
      { id: definition.id, version: definition.version, locale: definition.locale },
      story.attributes?.['mode'] === 'professional',
    );
    storage.setItem(key, JSON.stringify({ format: 1, fromQuiz: [], ...story.saved }));
  }
  const element = document.createElement('inclusion-orientation');
  for (const [name, value] of Object.entries(story.attributes ?? { territory: 'departement:59' })) {
    element.setAttribute(name, value);
  }
  element.client = story.client ?? fakeClient(definition);
  element.storage = storage;
  if (story.resume) void resume(element);
  return element;
}

/** Presses the resume button of the start screen, as a returning person would. */
async function resume(element: HTMLElement): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('.resume .primary');
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const atQuestion = (
  question: string,
  answers: SavedProgress['answers'] = {},
  attributes?: Readonly<Record<string, string>>,
): OrientationStory => ({
  saved: { answers: { qui: ['moi'], ...answers }, screen: 'question', question },
  resume: true,
  ...(attributes ? { attributes } : {}),
});

/** The answers of an urgent procedure someone must do with the person. */
const urgent = {
  qui: ['moi'],
  'demarche-urgente': ['oui'],
  'demarche-seul': ['non'],
  appareil: ['telephone'],
  internet: ['oui'],
};

/** The answers of someone looking for a job, without a device or internet at home. */
const jobWithoutDevice = {
  qui: ['une-personne'],
  'demarche-urgente': ['non'],
  appareil: ['aucun'],
  internet: ['non'],
  objectif: ['emploi'],
  'aise-appareil': ['bases'],
  'aise-en-ligne': ['avec-aide'],
  distance: ['10-km'],
  gratuit: ['oui'],
};

/** The start screen: how many questions, no timer, answers kept in the browser. */
export const Start: StoryObj = { render: () => orientationElement() };

/** The widget while the API answers (never, here). */
export const Loading: StoryObj = {
  render: () => {
    const client = fakeClient();
    client.delayNext();
    return orientationElement({ client });
  },
};

/** Step 1, who answers: for me, or for someone I help (the wording adapts). */
export const QuestionAudience: StoryObj = { render: () => orientationElement(atQuestion('qui')) };

/** Step 2, urgency first: an online procedure with a right, an allowance or a penalty at stake. */
export const QuestionUrgent: StoryObj = { render: () => orientationElement(atQuestion('demarche-urgente')) };

/** Step 2, for someone helped: "la personne" rather than "vous". */
export const QuestionUrgentHelping: StoryObj = {
  render: () =>
    orientationElement(atQuestion('demarche-seul', { qui: ['une-personne'], 'demarche-urgente': ['oui'] })),
};

/** Step 3, equipment and connection. */
export const QuestionEquipment: StoryObj = {
  render: () => orientationElement(atQuestion('appareil', { 'demarche-urgente': ['non'] })),
};

/** Step 4, the goal. */
export const QuestionGoal: StoryObj = {
  render: () =>
    orientationElement(
      atQuestion('objectif', { 'demarche-urgente': ['non'], appareil: ['ordinateur'], internet: ['oui'] }),
    ),
};

/** Step 5, skills: a quick self-rating (not asked when a quiz result is on the page or given). */
export const QuestionSkills: StoryObj = {
  render: () =>
    orientationElement(atQuestion('aise-appareil', { 'demarche-urgente': ['non'], objectif: ['quotidien'] })),
};

/** Step 6, practical needs, all optional: an adapted welcome, several answers. */
export const QuestionPracticalNeeds: StoryObj = {
  render: () =>
    orientationElement(
      atQuestion('besoin-specifique', { 'demarche-urgente': ['oui'], 'demarche-seul': ['oui'] }),
    ),
};

/** A quiz result given (`quiz-result`): the start screen says it is used, its skills questions are not asked. */
export const WithQuizResult: StoryObj = {
  render: () =>
    orientationElement({
      attributes: {
        territory: 'departement:59',
        'quiz-result':
          '{"band":"intermediaire","areas":[{"framework":"demarches-en-ligne","band":"debutant"}]}',
      },
    }),
};

/** A returning person is offered to resume or to start again. */
export const ResumeOffer: StoryObj = {
  render: () => orientationElement({ saved: { answers: urgent, screen: 'question', question: 'distance' } }),
};

/** The end, urgent path: level 1 (done with the person), why, the places preset, every answer with "Modifier". */
export const EndUrgent: StoryObj = {
  render: () => orientationElement({ saved: { answers: urgent, screen: 'end' }, resume: true }),
};

/** The end with the parallel equipment outcome, for someone helped, with a distance and "free only". */
export const EndWithEquipment: StoryObj = {
  render: () => orientationElement({ saved: { answers: jobWithoutDevice, screen: 'end' }, resume: true }),
};

/** `mode="professional"`: terse wording, no audience question. */
export const ProfessionalQuestion: StoryObj = {
  render: () =>
    orientationElement(
      atQuestion('demarche-urgente', {}, { territory: 'departement:59', mode: 'professional' }),
    ),
};

/** `mode="professional"` at the end: the orientation sheet open, to print or send by e-mail. */
export const ProfessionalEndWithSheet: StoryObj = {
  render: () =>
    orientationElement({
      saved: { answers: urgent, screen: 'end' },
      resume: true,
      attributes: { territory: 'departement:59', mode: 'professional' },
    }),
};

/** The orientation in English (`lang="en"`), from the API's English version. */
export const English: StoryObj = {
  render: () =>
    orientationElement({
      definition: english,
      attributes: { territory: 'departement:59', lang: 'en' },
      saved: { answers: jobWithoutDevice, screen: 'end' },
      resume: true,
    }),
};

/** A `src` definition with errors: each problem with its path, for the webmaster. */
export const InvalidDefinition: StoryObj = {
  render: () =>
    orientationElement({
      attributes: {
        src: new URL(
          '../packages/orientation/test-fixtures/invalid-orientation.json?no-inline',
          import.meta.url,
        ).href,
      },
    }),
};

/** The API is down: a plain message and "Réessayer". */
export const ApiError: StoryObj = {
  render: () => {
    const client = fakeClient();
    client.failNext(new HttpError({ url: '/v1/orientations/trouver-la-bonne-aide', status: 503 }));
    return orientationElement({ client });
  },
};

/** A wrong setting (`quiz-result`) is named in a notice; the widget works on without it. */
export const BadSetting: StoryObj = {
  render: () =>
    html`${orientationElement({ attributes: { territory: 'departement:59', 'quiz-result': 'expert' } })}`,
};
