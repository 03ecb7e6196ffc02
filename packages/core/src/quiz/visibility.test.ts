import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { questionSchema, type Question } from '../schemas/content.js';
import { effectiveAnswers, isVisible, visibleQuestions, type QuestionList } from './visibility.js';

const question = (input: unknown): Question => questionSchema.parse(input);
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: id }));

/** Devices (multiple), then questions that depend on them, in a chain. */
const definition: QuestionList = {
  questions: [
    question({
      id: 'appareils',
      kind: 'profile',
      text: 'Appareils ?',
      multiple: true,
      choices: choices('smartphone', 'ordinateur', 'aucun'),
    }),
    question({
      id: 'internet',
      kind: 'profile',
      text: 'Internet ?',
      choices: choices('oui', 'non'),
      visibleIf: { none: [{ question: 'appareils', includes: 'aucun' }] },
    }),
    question({
      id: 'applis',
      kind: 'self-rating',
      area: 'a',
      text: 'Applis ?',
      choices: [0, 1, 2, 3].map((score) => ({ id: `s${score}`, text: `${score}`, score })),
      visibleIf: {
        all: [{ question: 'appareils', includes: 'smartphone' }],
        any: [{ question: 'internet', equals: 'oui' }],
      },
    }),
    question({
      id: 'mises-a-jour',
      kind: 'knowledge',
      area: 'a',
      text: 'Mises à jour ?',
      multiple: true,
      choices: [
        { id: 'oui', text: 'Oui', correct: true },
        { id: 'souvent', text: 'Souvent', correct: true },
        { id: 'non', text: 'Non' },
        { id: 'je-ne-sais-pas', text: 'Je ne sais pas', dontKnow: true },
      ],
      visibleIf: {
        any: [
          { question: 'applis', equals: 's2' },
          { question: 'applis', equals: 's3' },
        ],
      },
    }),
    question({ id: 'constructor', kind: 'profile', text: 'Piège ?', choices: choices('a', 'b') }),
  ],
};

const ids = (questions: readonly Question[]) => questions.map((item) => item.id);

describe('isVisible', () => {
  it('shows a question without a rule', () => {
    assert.equal(isVisible(undefined, {}), true);
  });

  it('needs every condition of all, one of any, none of none', () => {
    const rule = {
      all: [{ question: 'x', equals: 'a' }],
      any: [
        { question: 'y', includes: 'b' },
        { question: 'y', includes: 'c' },
      ],
      none: [{ question: 'z', equals: 'non' }],
    };
    assert.equal(isVisible(rule, { x: ['a'], y: ['c'] }), true);
    assert.equal(isVisible(rule, { x: ['a'], y: ['b', 'c'], z: ['oui'] }), true);
    assert.equal(isVisible(rule, { x: ['b'], y: ['c'] }), false, 'all fails');
    assert.equal(isVisible(rule, { x: ['a'], y: ['d'] }), false, 'any fails');
    assert.equal(isVisible(rule, { x: ['a'], y: ['b'], z: ['non'] }), false, 'none fails');
  });

  it('makes conditions on an unanswered question false', () => {
    assert.equal(isVisible({ all: [{ question: 'x', equals: 'a' }] }, {}), false);
    assert.equal(isVisible({ any: [{ question: 'x', equals: 'a' }] }, { x: [] }), false);
    assert.equal(isVisible({ none: [{ question: 'x', equals: 'a' }] }, {}), true);
  });

  it('never reads inherited properties of the answers', () => {
    assert.equal(isVisible({ all: [{ question: 'constructor', equals: 'name' }] }, {}), false);
    assert.equal(isVisible({ all: [{ question: 'toString', includes: 'length' }] }, {}), false);
  });
});

describe('visibleQuestions', () => {
  it('asks the questions without conditions to someone who has answered nothing', () => {
    assert.deepEqual(ids(visibleQuestions(definition, {})), ['appareils', 'internet', 'constructor']);
  });

  it('follows the answers, in order', () => {
    const answers = { appareils: ['smartphone'], internet: ['oui'], applis: ['s3'] };
    assert.deepEqual(ids(visibleQuestions(definition, answers)), [
      'appareils',
      'internet',
      'applis',
      'mises-a-jour',
      'constructor',
    ]);
  });

  it('hides the questions after a hidden one when they depend on it, even with an answer left behind', () => {
    // The person first said they had a smartphone and answered 'applis', then came back and chose 'aucun'.
    const answers = { appareils: ['aucun', 'smartphone'], internet: ['oui'], applis: ['s3'] };
    assert.deepEqual(ids(visibleQuestions(definition, answers)), ['appareils', 'constructor']);
  });
});

describe('effectiveAnswers', () => {
  it('keeps only answers of questions shown, with valid choice ids, without duplicates', () => {
    const answers = {
      appareils: ['aucun', 'tablette', 'aucun'],
      internet: ['oui'],
      applis: ['s3'],
      inconnue: ['a'],
    };
    assert.deepEqual(effectiveAnswers(definition, answers), { appareils: ['aucun'] });
  });

  it('keeps the first valid choice of a single-choice question', () => {
    const answers = { appareils: ['ordinateur'], internet: ['peut-etre', 'non', 'oui'] };
    assert.deepEqual(effectiveAnswers(definition, answers), {
      appareils: ['ordinateur'],
      internet: ['non'],
    });
  });

  it('keeps "I don\'t know" alone in a multiple-choice question', () => {
    const answers = {
      appareils: ['smartphone'],
      internet: ['oui'],
      applis: ['s2'],
      'mises-a-jour': ['oui', 'je-ne-sais-pas'],
    };
    assert.deepEqual(effectiveAnswers(definition, answers)['mises-a-jour'], ['je-ne-sais-pas']);
  });

  it('drops a question left with no valid choice, and reads no inherited key', () => {
    const answers = Object.assign(Object.create({ constructor: ['a'] }) as object, { internet: ['x'] });
    assert.deepEqual(effectiveAnswers(definition, answers), {});
  });
});
