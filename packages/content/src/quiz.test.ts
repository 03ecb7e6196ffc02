import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  bandIds,
  formatProblem,
  locales,
  quizDefinitionSchema,
  scoreQuiz,
  validateQuizDefinition,
  visibleQuestions,
  type QuizAnswers,
  type QuizDefinition,
  type QuizDefinitionInput,
} from '@inclusion-widgets/core';
import fc from 'fast-check';
import { quizDefinitions, quizIds } from './index.js';

const folder = new URL('../quiz/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();

/** Each shipped quiz, parsed, by id and locale. */
const parsed = Object.fromEntries(
  quizIds.map((id) => [
    id,
    Object.fromEntries(
      locales.map((locale) => [locale, quizDefinitionSchema.parse(quizDefinitions[id][locale])]),
    ),
  ]),
) as Record<(typeof quizIds)[number], Record<(typeof locales)[number], QuizDefinition>>;

/** The keys whose values are words for people: the only ones a translation changes. */
const textKeys = new Set(['title', 'text', 'description', 'help', 'known', 'next', 'alt']);

/** The definition with every text replaced by a mark, and no locale: what must be equal across locales. */
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(skeleton);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'locale')
      .map(([key, item]) => [key, textKeys.has(key) ? typeof item : skeleton(item)]),
  );
}

/** Every text of a definition, with its path. */
function texts(value: unknown, path = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}${index}.`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]): Array<[string, string]> =>
    textKeys.has(key) && typeof item === 'string' ? [[`${path}${key}`, item]] : texts(item, `${path}${key}.`),
  );
}

/** Answers every knowledge question right and rates every self-rating at 3. */
function rightAnswers(quiz: QuizDefinition, profile: QuizAnswers): Record<string, readonly string[]> {
  const answers: Record<string, readonly string[]> = { ...profile };
  for (const question of quiz.questions) {
    if (question.kind === 'knowledge') {
      answers[question.id] = question.choices.filter((choice) => choice.correct === true).map((c) => c.id);
    } else if (question.kind === 'self-rating') {
      answers[question.id] = question.choices.filter((choice) => choice.score === 3).map((c) => c.id);
    }
  }
  return answers;
}

describe('the quiz files', () => {
  it('are named <id>.<locale>.json after their content, one per quiz and locale', () => {
    assert.deepEqual(files, quizIds.flatMap((id) => locales.map((locale) => `${id}.${locale}.json`)).sort());
    for (const name of files) {
      const json = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { id: string; locale: string };
      assert.equal(name, `${json.id}.${json.locale}.json`);
    }
  });

  for (const name of files) {
    it(`${name} is a valid quiz definition`, () => {
      const result = validateQuizDefinition(JSON.parse(readFileSync(new URL(name, folder), 'utf8')));
      assert.ok(result.success, result.success ? '' : result.problems.map(formatProblem).join('\n'));
    });
  }

  it('are the ones exported by the package', () => {
    for (const id of quizIds) {
      for (const locale of locales) {
        const file = JSON.parse(readFileSync(new URL(`${id}.${locale}.json`, folder), 'utf8')) as unknown;
        assert.deepEqual(quizDefinitions[id][locale], file);
      }
    }
  });
});

describe('translations', () => {
  for (const id of quizIds) {
    it(`${id}: English has the same questions, choices, areas, answers and scoring as French`, () => {
      const { fr, en } = quizDefinitions[id];
      assert.equal(fr.locale, 'fr');
      assert.equal(en.locale, 'en');
      assert.deepEqual(skeleton(en), skeleton(fr));
    });

    it(`${id}: every text is translated`, () => {
      const fr = new Map(texts(quizDefinitions[id].fr));
      for (const [path, english] of texts(quizDefinitions[id].en)) {
        // Numbers such as a weak password are the same in both languages.
        if (/^[\d\s]+$/.test(english)) continue;
        assert.notEqual(english, fr.get(path), `${path} is not translated`);
      }
    });
  }
});

describe('plain language and shape of the default quizzes', () => {
  const bounds = {
    'competences-numeriques': { questions: [12, 16], minutes: [5, 10] },
    'mes-demarches-en-ligne': { questions: [6, 8], minutes: [2, 6] },
  } as const;

  for (const id of quizIds) {
    const quiz = parsed[id].fr;
    const [min, max] = bounds[id].questions;

    it(`${id}: has ${min} to ${max} questions, for everyone, and says how long it takes`, () => {
      assert.ok(quiz.questions.length >= min && quiz.questions.length <= max, `${quiz.questions.length}`);
      // Someone who answers nothing that opens a conditional question still gets enough of them.
      const fewest = visibleQuestions(quiz, {}).length;
      assert.ok(fewest >= min, `only ${fewest} questions without the conditional ones`);
      const [shortest, longest] = bounds[id].minutes;
      assert.ok(quiz.minutes !== undefined && quiz.minutes >= shortest && quiz.minutes <= longest);
    });

    it(`${id}: offers "I don't know" in every knowledge question, and has a conditional question`, () => {
      for (const question of quiz.questions.filter((item) => item.kind === 'knowledge')) {
        assert.equal(question.choices.filter((choice) => choice.dontKnow === true).length, 1, question.id);
      }
      assert.ok(quiz.questions.some((question) => question.visibleIf !== undefined));
      assert.ok(quiz.questions.some((question) => question.kind === 'profile'));
      assert.ok(quiz.questions.some((question) => question.essential && question.kind !== 'profile'));
    });

    for (const locale of locales) {
      it(`${id}.${locale}: keeps sentences short (20 words at most)`, () => {
        for (const [path, text] of texts(quizDefinitions[id][locale])) {
          for (const sentence of text.split(/(?<=[.?!:])\s+/)) {
            const words = sentence.split(/\s+/).filter(Boolean).length;
            assert.ok(words <= 20, `${path}: ${words} words in "${sentence}"`);
          }
        }
      });
    }
  }

  it('competences-numeriques: asks about devices and internet at home, and smartphone apps only to smartphone users', () => {
    const quiz = parsed['competences-numeriques'].fr;
    const ids = quiz.questions.map((question) => question.id);
    assert.ok(ids.includes('appareils') && ids.includes('internet-maison'));
    const asked = (answers: QuizAnswers) =>
      visibleQuestions(quiz, answers).some((question) => question.id === 'installer-application');
    assert.equal(asked({ appareils: ['smartphone', 'ordinateur'] }), true);
    assert.equal(asked({ appareils: ['ordinateur'] }), false);
    assert.deepEqual(new Set(quiz.areas.map((area) => area.framework)).size, 6, 'the six areas');
  });
});

describe('scoring the default quizzes', () => {
  for (const id of quizIds) {
    const quiz = parsed[id].fr;

    it(`${id}: every right answer gives autonome, level 3`, () => {
      const profiles: QuizAnswers[] = [{}, { appareils: ['smartphone'] }, { 'adresse-e-mail': ['oui'] }];
      for (const profile of profiles) {
        const result = scoreQuiz(quiz, rightAnswers(quiz, profile));
        assert.equal(result.mastery, 1);
        assert.equal(result.band, 'autonome');
        assert.equal(result.level, 3);
      }
    });

    it(`${id}: "I don't know" everywhere gives debutant, level 1, with help for procedures`, () => {
      const answers: Record<string, readonly string[]> = {};
      for (const question of quiz.questions) {
        const dontKnow = question.choices.find((choice) => choice.dontKnow === true);
        if (dontKnow) answers[question.id] = [dontKnow.id];
        else if (question.kind === 'self-rating') answers[question.id] = [question.choices[0]!.id];
      }
      const result = scoreQuiz(quiz, answers);
      assert.equal(result.mastery, 0);
      assert.equal(result.band, 'debutant');
      assert.equal(result.level, 1);
      assert.ok(result.services.includes('aide-aux-demarches-administratives'));
    });

    it(`${id}: failing one essential question keeps the person away from autonome`, () => {
      const essential = quiz.questions.find(
        (question) => question.essential && question.kind === 'knowledge',
      );
      assert.ok(essential);
      const wrong = essential.choices.find((choice) => choice.correct !== true && choice.dontKnow !== true);
      assert.ok(wrong);
      const result = scoreQuiz(quiz, { ...rightAnswers(quiz, {}), [essential.id]: [wrong.id] });
      assert.ok(result.mastery >= 0.75);
      assert.notEqual(result.band, 'autonome');
      assert.deepEqual(result.failedEssentials, [essential.id]);
    });

    it(`${id}: any answer set gives a valid result (property)`, () => {
      const choiceIds = [...new Set(quiz.questions.flatMap((q) => q.choices.map((choice) => choice.id)))];
      const answers = fc.dictionary(
        fc.constantFrom(...quiz.questions.map((question) => question.id), 'inconnue'),
        fc.array(fc.oneof(fc.constantFrom(...choiceIds), fc.string({ maxLength: 4 })), { maxLength: 4 }),
      );
      fc.assert(
        fc.property(answers, (given) => {
          const result = scoreQuiz(quiz, given);
          assert.ok(result.mastery >= 0 && result.mastery <= 1);
          assert.ok(bandIds.includes(result.band));
          assert.ok([1, 2, 3].includes(result.level));
          for (const area of result.areas) {
            assert.ok(area.mastery === null || (area.mastery >= 0 && area.mastery <= 1));
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('docs/content.md', () => {
  it('gives an example quiz that is valid', () => {
    const page = readFileSync(new URL('../../../docs/content.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
    assert.ok(example, 'a json block');
    const result = validateQuizDefinition(JSON.parse(example));
    assert.ok(result.success, result.success ? '' : result.problems.map(formatProblem).join('\n'));
    const score = scoreQuiz(result.data, {
      appareils: ['ordinateur'],
      envoyer: ['seul'],
      trombone: ['joindre'],
    });
    assert.equal(score.band, 'autonome');
  });
});

describe('problems in a definition an operator adapts', () => {
  const base = (): QuizDefinitionInput => structuredClone(quizDefinitions['competences-numeriques'].fr);
  const problems = (input: unknown) => {
    const result = validateQuizDefinition(input);
    return result.success ? [] : result.problems.map(formatProblem);
  };

  it('names a condition on a question that does not come before (missing reference or cycle)', () => {
    const quiz = base();
    const first = quiz.questions[0]!;
    first.visibleIf = { all: [{ question: 'installer-application', equals: 'seul' }] };
    const apps = quiz.questions.find((question) => question.id === 'installer-application')!;
    apps.visibleIf = { all: [{ question: 'appareils', includes: 'telephone-portable' }] };
    assert.deepEqual(problems(quiz), [
      'questions.0.visibleIf.all.0.question: "installer-application" is not an earlier question',
      'questions.2.visibleIf.all.0.includes: "telephone-portable" is not a choice of question "appareils"',
    ]);
  });

  it('refuses an image with an empty alt, and an unknown service', () => {
    const quiz = base();
    quiz.questions[5]!.image = { src: 'https://example.org/trombone.svg', alt: '' };
    (quiz.scoring.bands[0]!.services as string[]).push('aide-administrative');
    assert.deepEqual(problems(quiz), [
      'questions.5.image.alt: image alt must not be empty: say in a few words what the image shows',
      'scoring.bands.0.services.3: unknown services slug "aide-administrative"',
    ]);
  });

  it('names an unknown area and a knowledge question left without its right answer', () => {
    const quiz = base();
    quiz.questions[3]!.area = 'telephone';
    for (const choice of quiz.questions[3]!.choices) delete choice.correct;
    assert.deepEqual(problems(quiz), [
      'questions.3.area: unknown area "telephone"',
      'questions.3.choices: a knowledge question needs at least one correct choice',
    ]);
  });
});
