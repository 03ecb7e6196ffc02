import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpError, type QuizDefinitionInput } from '@inclusion-widgets/core';
import '@inclusion-widgets/quiz/define.js';
import '@inclusion-widgets/venue-finder/define.js';
import { progressKey, type ProgressStorage, type SavedProgress } from '@inclusion-widgets/quiz';
import { FakeClient } from '../test/fake-client.js';
import * as fixtures from '../test/fixtures/index.js';

/**
 * `<inclusion-quiz>` on each of its screens, on the test kit's fake client and the example quiz
 * (`test/fixtures/quiz.ts`). A screen after the start is reached as a person returning would reach it: with
 * progress saved in a storage kept in memory, then "Reprendre".
 */
const meta: Meta = {
  title: 'Quiz',
  tags: ['autodocs'],
};
export default meta;

/** The example quiz, its image served by Storybook. */
const quiz = {
  ...fixtures.quiz,
  questions: fixtures.quiz.questions.map((question) =>
    question.id === 'mot-de-passe'
      ? {
          ...question,
          image: {
            ...question.image,
            src: new URL('../test/fixtures/quiz-cadenas.svg?no-inline', import.meta.url).href,
          },
        }
      : question,
  ),
} satisfies QuizDefinitionInput;

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

interface QuizStory {
  /** Progress saved before the quiz opens. */
  readonly saved?: SavedProgress;
  /** Presses "Reprendre" (or "Revoir mon résultat") once the start screen shows. */
  readonly resume?: boolean;
  readonly client?: FakeClient;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** A quiz element on the example quiz, at the screen its saved progress gives. */
function quizElement(story: QuizStory = {}): HTMLElement {
  const storage = new MemoryStorage();
  if (story.saved) storage.setItem(progressKey(quiz), JSON.stringify({ format: 1, ...story.saved }));
  const element = document.createElement('inclusion-quiz');
  for (const [name, value] of Object.entries(story.attributes ?? { quiz: quiz.id })) {
    element.setAttribute(name, value);
  }
  element.client = story.client ?? new FakeClient({ quizzes: [quiz] });
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

const atQuestion = (question: string, answers: SavedProgress['answers'] = {}): QuizStory => ({
  saved: { answers: { usage: ['souvent'], ...answers }, screen: 'question', question },
  resume: true,
});

/** The answers of a result in each band. */
const bandAnswers = {
  debutant: {
    usage: ['jamais'],
    appareils: ['aucun'],
    'mot-de-passe': ['je-ne-sais-pas'],
    arnaques: ['repondre'],
  },
  intermediaire: {
    usage: ['souvent'],
    appareils: ['ordinateur'],
    'envoyer-mail': ['peut-aider'],
    'mot-de-passe': ['date'],
    arnaques: ['supprimer', 'banque'],
  },
  autonome: {
    usage: ['souvent'],
    appareils: ['telephone', 'ordinateur'],
    'envoyer-mail': ['peut-aider'],
    'mot-de-passe': ['phrase'],
    arnaques: ['supprimer', 'banque'],
  },
} as const;

/** The start screen: how long, no timer, answers kept in the browser. */
export const Start: StoryObj = { render: () => quizElement() };

/** The quiz while the API answers (never, here). */
export const Loading: StoryObj = {
  render: () => {
    const client = new FakeClient({ quizzes: [quiz] });
    client.delayNext();
    return quizElement({ client });
  },
};

/** A profile question, one answer (radio buttons); the essential ones say an answer is needed. */
export const QuestionSingleChoice: StoryObj = { render: () => quizElement(atQuestion('usage')) };

/** A profile question with several answers (checkboxes), its help line, and "Passer cette question". */
export const QuestionMultipleChoice: StoryObj = { render: () => quizElement(atQuestion('appareils')) };

/** A self-rating: the four steps from "I can't" to "I could help someone". */
export const QuestionSelfRating: StoryObj = {
  render: () => quizElement(atQuestion('envoyer-mail', { appareils: ['ordinateur'] })),
};

/** A knowledge question with an image and its text alternative, and "Je ne sais pas". */
export const QuestionWithImage: StoryObj = {
  render: () => quizElement(atQuestion('mot-de-passe', { appareils: ['ordinateur'] })),
};

/** A knowledge question with several right answers. */
export const QuestionKnowledgeMultiple: StoryObj = {
  render: () => quizElement(atQuestion('arnaques', { 'mot-de-passe': ['phrase'] })),
};

/** A returning person is offered to resume or to start again. */
export const ResumeOffer: StoryObj = {
  render: () =>
    quizElement({
      saved: {
        answers: { usage: ['souvent'], appareils: ['telephone'] },
        screen: 'question',
        question: 'envoyer-mail',
      },
    }),
};

/** Every answer before the result, each with "Modifier". */
export const Review: StoryObj = {
  render: () =>
    quizElement({
      saved: {
        answers: { usage: ['parfois'], appareils: ['telephone'], 'mot-de-passe': ['phrase'] },
        screen: 'review',
      },
      resume: true,
    }),
};

/** Result, beginner: level 1, someone does the procedures with the person; a link to the venue finder. */
export const ResultBeginner: StoryObj = {
  render: () =>
    quizElement({
      saved: { answers: bandAnswers.debutant, screen: 'result' },
      resume: true,
      attributes: { quiz: quiz.id, next: 'https://www.ville.example/aide-numerique' },
    }),
};

/** Result, intermediate (an essential question failed caps it): level 2, accompaniment. */
export const ResultIntermediate: StoryObj = {
  render: () =>
    quizElement({
      saved: { answers: bandAnswers.intermediaire, screen: 'result' },
      resume: true,
      attributes: { quiz: quiz.id, next: 'https://www.ville.example/aide-numerique' },
    }),
};

/** Result, autonomous: level 3, workshops to go further; handed over to a venue finder on the page. */
export const ResultAutonomous: StoryObj = {
  render: () => {
    const element = quizElement({
      saved: { answers: bandAnswers.autonome, screen: 'result' },
      resume: true,
      attributes: { quiz: quiz.id, next: '#story-lieux' },
    });
    return html`${element}
      <inclusion-venue-finder
        id="story-lieux"
        .client=${new FakeClient()}
        map="off"
      ></inclusion-venue-finder>`;
  },
};

/** The quiz in English (`lang="en"`), from the API's English version. */
export const English: StoryObj = {
  render: () =>
    quizElement({
      client: new FakeClient({
        quizzes: [quiz, { ...quiz, locale: 'en', title: 'Where are you with digital tools? (example)' }],
      }),
      attributes: { quiz: quiz.id, lang: 'en' },
    }),
};

/** A `src` definition with errors: each problem with its path, for the webmaster. */
export const InvalidDefinition: StoryObj = {
  render: () =>
    quizElement({
      attributes: {
        src: new URL('../packages/quiz/test-fixtures/invalid-quiz.json?no-inline', import.meta.url).href,
      },
    }),
};

/** The API is down: a plain message and "Réessayer". */
export const ApiError: StoryObj = {
  render: () => {
    const client = new FakeClient({ quizzes: [quiz] });
    client.failNext(new HttpError({ url: '/v1/quiz/quiz-exemple', status: 503 }));
    return quizElement({ client });
  },
};

/** Hostile texts in a definition, shown as text. */
export const HostileText: StoryObj = {
  render: () => {
    const hostile = {
      ...quiz,
      title: '<script>alert(1)</script> Un titre très long '.repeat(4),
      description: '<img src=x onerror=alert(1)> shown as text',
      questions: quiz.questions.map((question) =>
        question.id === 'usage'
          ? {
              ...question,
              text: '<b>Utilisez-vous</b> Internet ? <a href="javascript:alert(1)">lien</a>',
              choices: question.choices.map((choice) => ({ ...choice, text: `<i>${choice.text}</i>` })),
            }
          : question,
      ),
    } satisfies QuizDefinitionInput;
    return html`${quizElement({ client: new FakeClient({ quizzes: [hostile] }) })}
      <hr />
      ${quizElement({ client: new FakeClient({ quizzes: [hostile] }), ...atQuestion('usage') })}`;
  },
};

/** No `quiz` nor `src`: the configuration panel names the attribute. */
export const BadAttribute: StoryObj = {
  render: () => quizElement({ attributes: { next: 'ailleurs' } }),
};
