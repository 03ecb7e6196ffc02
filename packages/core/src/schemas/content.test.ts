import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  quizDefinitionSchema,
  validateOrientationDefinition,
  validateQuizDefinition,
  type OrientationDefinitionInput,
  type QuizDefinitionInput,
} from './content.js';

const quiz = {
  id: 'quiz-test',
  version: 1,
  locale: 'fr',
  title: 'Quiz',
  areas: [{ id: 'communiquer', title: 'Communiquer' }],
  questions: [
    {
      id: 'usage',
      kind: 'profile',
      text: 'Utilisez-vous Internet ?',
      choices: [
        { id: 'jamais', text: 'Jamais' },
        { id: 'souvent', text: 'Souvent' },
      ],
    },
    {
      id: 'appareils',
      kind: 'profile',
      text: 'Quels appareils avez-vous ?',
      multiple: true,
      choices: [
        { id: 'telephone', text: 'Un téléphone' },
        { id: 'ordinateur', text: 'Un ordinateur' },
      ],
    },
    {
      id: 'mail',
      kind: 'knowledge',
      area: 'communiquer',
      text: 'Où arrive un e-mail ?',
      visibleIf: {
        none: [{ question: 'usage', equals: 'jamais' }],
        any: [{ question: 'appareils', includes: 'ordinateur' }],
      },
      choices: [
        { id: 'boite', text: 'Dans la boîte de réception', correct: true },
        { id: 'poste', text: 'À la poste', correct: false },
      ],
    },
  ],
} satisfies QuizDefinitionInput;

const orientation = {
  id: 'orientation-test',
  version: 1,
  locale: 'en',
  title: 'Orientation',
  steps: [{ id: 'besoin', title: 'Need' }],
  questions: [
    {
      id: 'urgent',
      kind: 'profile',
      step: 'besoin',
      text: 'Urgent?',
      choices: [
        { id: 'oui', text: 'Yes' },
        { id: 'non', text: 'No' },
      ],
    },
  ],
  outcomes: [
    {
      id: 'urgence',
      level: 1,
      title: 'Get it done with someone',
      text: '…',
      when: { all: [{ question: 'urgent', equals: 'oui' }] },
      filters: {
        services: ['aide-aux-demarches-administratives'],
        dispositif_programmes_nationaux: ['france-services'],
      },
    },
    { id: 'apprendre', level: 3, title: 'Learn', text: '…' },
  ],
} satisfies OrientationDefinitionInput;

function problemsOf(result: {
  success: boolean;
  problems?: readonly { path: string; message: string }[];
}): string[] {
  return (result.problems ?? []).map((problem) => `${problem.path}: ${problem.message}`);
}

/** A deep copy to break, so that each test starts from the valid definition. */
const copy = <T>(value: T): T => structuredClone(value);

describe('quiz definitions', () => {
  it('accepts a valid quiz and fills defaults', () => {
    const result = validateQuizDefinition(quiz);
    assert.equal(result.success, true, problemsOf(result).join('\n'));
    const parsed = quizDefinitionSchema.parse(quiz);
    assert.equal(parsed.questions[0]?.multiple, false);
    assert.equal(parsed.questions[0]?.essential, false);
  });

  it('reports shape problems with their path', () => {
    const broken = copy(quiz) as Record<string, unknown> & typeof quiz;
    (broken.questions[0] as { kind: string }).kind = 'opinion';
    (broken.questions[1] as { choices: unknown[] }).choices = [{ id: 'Un Téléphone', text: '' }];
    (broken as { locale: string }).locale = 'de';
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'locale: locale must be one of fr, en',
      'questions.0.kind: kind must be "profile", "knowledge" or "self-rating"',
      'questions.1.choices.0.id: must be a lowercase kebab-case identifier (a-z, 0-9, -)',
      'questions.1.choices.0.text: must not be empty',
      'questions.1.choices: needs at least 2 choices',
    ]);
  });

  it('reports every broken reference with its path', () => {
    const broken: QuizDefinitionInput = copy(quiz);
    const [usage, appareils, mail] = broken.questions;
    assert.ok(usage && appareils && mail);
    mail.visibleIf = {
      none: [{ question: 'usage', equals: 'parfois' }],
      any: [{ question: 'appareils', equals: 'ordinateur' }],
    };
    usage.visibleIf = { all: [{ question: 'mail', equals: 'boite' }] };
    appareils.visibleIf = { any: [{ question: 'usage', includes: 'jamais' }] };
    mail.area = 'securite';
    mail.choices[0]!.correct = false;
    broken.questions.push({ ...usage, visibleIf: undefined });
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'questions.2.area: unknown area "securite"',
      'questions.3.id: duplicate id "usage"',
      'questions.0.visibleIf.all.0.question: "mail" is not an earlier question',
      'questions.1.visibleIf.any.0.includes: question "usage" is single-choice: use "equals"',
      'questions.2.choices: a knowledge question needs at least one correct choice',
      'questions.2.visibleIf.any.0.equals: question "appareils" is multiple-choice: use "includes"',
      'questions.2.visibleIf.none.0.equals: "parfois" is not a choice of question "usage"',
    ]);
  });

  it('checks the rules of each kind of question', () => {
    const broken = copy(quiz);
    const [usage] = broken.questions;
    assert.ok(usage);
    Object.assign(usage, { area: 'communiquer' });
    usage.choices[0] = { ...usage.choices[0]!, correct: true } as never;
    broken.questions.push({
      id: 'aise',
      kind: 'self-rating',
      text: 'À l’aise ?',
      choices: [
        { id: 'non', text: 'Non', score: 0 },
        { id: 'oui', text: 'Oui' },
      ],
    } as never);
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'questions.0.area: a profile question counts for no area',
      'questions.3.area: a self-rating question needs the area it counts for',
      'questions.0.choices.0.correct: only knowledge questions have correct choices',
      'questions.3.choices.1.score: each choice of a self-rating question needs a score',
    ]);
  });

  it('makes the schema itself reject broken references', () => {
    const broken = copy(quiz);
    broken.questions[2]!.visibleIf = { all: [{ question: 'nope', equals: 'x' }] } as never;
    assert.throws(() => quizDefinitionSchema.parse(broken), /is not an earlier question/);
  });
});

describe('orientation definitions', () => {
  it('accepts a valid orientation', () => {
    const result = validateOrientationDefinition(orientation);
    assert.equal(result.success, true, problemsOf(result).join('\n'));
  });

  it('reports broken steps, outcome conditions, fallback and filters', () => {
    const broken = copy(orientation);
    broken.questions[0]!.step = 'autre';
    broken.outcomes[0]!.when = { all: [{ question: 'urgent', equals: 'peut-etre' }] };
    (broken.outcomes as unknown[]).push({
      id: 'urgence',
      level: 2,
      title: 'x',
      text: 'x',
      when: { any: [{ question: 'urgent', equals: 'non' }] },
    });
    assert.deepEqual(problemsOf(validateOrientationDefinition(broken)), [
      'questions.0.step: unknown step "autre"',
      'outcomes.2.id: duplicate id "urgence"',
      'outcomes.0.when.all.0.equals: "peut-etre" is not a choice of question "urgent"',
      'outcomes.1.when: only the last outcome may have no "when" (the ones after it never apply)',
      'outcomes.2.when: the last outcome applies when no other does: remove its "when"',
    ]);
    const badFilters = copy(orientation);
    (badFilters.outcomes[0] as { filters: { services: string[] } }).filters.services = ['demarches'];
    (badFilters.outcomes[1] as { level: number }).level = 4;
    assert.deepEqual(problemsOf(validateOrientationDefinition(badFilters)), [
      'outcomes.0.filters.services.0: unknown services slug "demarches"',
      'outcomes.1.level: level must be 1, 2 or 3',
    ]);
  });
});
