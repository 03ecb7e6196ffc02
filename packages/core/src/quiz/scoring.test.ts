import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  bandIds,
  quizDefinitionSchema,
  type QuizDefinition,
  type QuizDefinitionInput,
} from '../schemas/content.js';
import { bandFor, questionCredit, scoreQuiz, type QuizResult } from './scoring.js';
import { visibleQuestions, type QuizAnswers } from './visibility.js';

type BandInput = QuizDefinitionInput['scoring']['bands'][number];

const bands: BandInput[] = [
  {
    id: 'debutant',
    from: 0,
    level: 1,
    title: 'Vous débutez',
    text: 'Débutant.',
    services: ['aide-aux-demarches-administratives'],
  },
  {
    id: 'intermediaire',
    from: 0.4,
    level: 2,
    title: 'Des bases',
    text: 'Intermédiaire.',
    services: ['maitrise-des-outils-numeriques-du-quotidien'],
  },
  {
    id: 'autonome',
    from: 0.75,
    level: 3,
    title: 'À l’aise',
    text: 'Autonome.',
    services: ['comprehension-du-monde-numerique'],
  },
];

const area = (id: string, framework: QuizDefinitionInput['areas'][number]['framework']) => ({
  id,
  framework,
  title: id,
  known: `${id}: acquis`,
  next: `${id}: à apprendre`,
});

const scale = [0, 1, 2, 3].map((score) => ({ id: `s${score}`, text: `Niveau ${score}`, score }));

/** Three areas: knowledge only, self-ratings only (one conditional), and both with essential questions. */
const mixedInput = {
  id: 'quiz-mixte',
  version: 1,
  locale: 'fr',
  title: 'Quiz mixte',
  areas: [
    area('savoir', 'informations-donnees'),
    area('ressenti', 'environnement-numerique'),
    area('securite', 'protection-securite'),
  ],
  questions: [
    {
      id: 'appareils',
      kind: 'profile',
      text: 'Appareils ?',
      multiple: true,
      choices: [
        { id: 'smartphone', text: 'Smartphone' },
        { id: 'ordinateur', text: 'Ordinateur' },
      ],
    },
    {
      id: 'k1',
      kind: 'knowledge',
      area: 'savoir',
      text: 'K1 ?',
      choices: [
        { id: 'bon', text: 'Bon', correct: true },
        { id: 'faux', text: 'Faux' },
        { id: 'nsp', text: 'Je ne sais pas', dontKnow: true },
      ],
    },
    {
      id: 'k2',
      kind: 'knowledge',
      area: 'savoir',
      text: 'K2 ?',
      multiple: true,
      choices: [
        { id: 'r1', text: 'R1', correct: true },
        { id: 'r2', text: 'R2', correct: true },
        { id: 'w1', text: 'W1', correct: false },
        { id: 'w2', text: 'W2' },
        { id: 'nsp', text: 'Je ne sais pas', dontKnow: true },
      ],
    },
    { id: 's1', kind: 'self-rating', area: 'ressenti', text: 'S1 ?', choices: scale },
    {
      id: 's2',
      kind: 'self-rating',
      area: 'ressenti',
      text: 'S2 ?',
      choices: scale,
      visibleIf: { all: [{ question: 'appareils', includes: 'smartphone' }] },
    },
    {
      id: 'e1',
      kind: 'knowledge',
      area: 'securite',
      text: 'E1 ?',
      essential: true,
      choices: [
        { id: 'bon', text: 'Bon', correct: true },
        { id: 'faux', text: 'Faux' },
        { id: 'nsp', text: 'Je ne sais pas', dontKnow: true },
      ],
    },
    { id: 'e2', kind: 'self-rating', area: 'securite', text: 'E2 ?', essential: true, choices: scale },
    {
      id: 'e3',
      kind: 'knowledge',
      area: 'securite',
      text: 'E3 (smartphone) ?',
      essential: true,
      visibleIf: { all: [{ question: 'appareils', includes: 'smartphone' }] },
      choices: [
        { id: 'bon', text: 'Bon', correct: true },
        { id: 'faux', text: 'Faux' },
      ],
    },
  ],
  scoring: { bands },
} satisfies QuizDefinitionInput;

const mixed = quizDefinitionSchema.parse(mixedInput);

/** Right answers to every question of the mixed quiz, without a smartphone (so s2 and e3 are hidden). */
const allRight: QuizAnswers = {
  appareils: ['ordinateur'],
  k1: ['bon'],
  k2: ['r1', 'r2'],
  s1: ['s3'],
  e1: ['bon'],
  e2: ['s3'],
};

/** `n` single-choice knowledge questions q0…q(n-1) in one area; the first `essential` ones are essential. */
function knowledgeQuiz(
  n: number,
  options: { essential?: number; essentialCap?: 'debutant' | 'intermediaire' } = {},
): QuizDefinition {
  return quizDefinitionSchema.parse({
    id: 'quiz-savoir',
    version: 1,
    locale: 'fr',
    title: 'Savoir',
    areas: [area('savoir', 'informations-donnees')],
    questions: Array.from({ length: n }, (_, index) => ({
      id: `q${index}`,
      kind: 'knowledge',
      area: 'savoir',
      text: `Question ${index} ?`,
      essential: index < (options.essential ?? 0),
      choices: [
        { id: 'bon', text: 'Bon', correct: true },
        { id: 'faux', text: 'Faux' },
        { id: 'nsp', text: 'Je ne sais pas', dontKnow: true },
      ],
    })),
    scoring: { bands, ...(options.essentialCap ? { essentialCap: options.essentialCap } : {}) },
  } satisfies QuizDefinitionInput);
}

/** Answers with the first `right` questions right, the others wrong (or `rest`: "I don't know", skipped). */
function answersFor(n: number, right: number, rest: 'faux' | 'nsp' | 'skip' = 'faux'): QuizAnswers {
  const answers: Record<string, string[]> = {};
  for (let index = 0; index < n; index += 1) {
    if (index < right) answers[`q${index}`] = ['bon'];
    else if (rest !== 'skip') answers[`q${index}`] = [rest];
  }
  return answers;
}

const questionOf = (id: string) => {
  const found = mixed.questions.find((question) => question.id === id);
  assert.ok(found, id);
  return found;
};

const areaOf = (result: QuizResult, id: string) => {
  const found = result.areas.find((item) => item.id === id);
  assert.ok(found, id);
  return found;
};

describe('questionCredit', () => {
  it('gives 1 for the right choice of a single-choice question, 0 otherwise', () => {
    const k1 = questionOf('k1');
    assert.deepEqual(questionCredit(k1, ['bon']), { credit: 1, dontKnow: false, failed: false });
    assert.deepEqual(questionCredit(k1, ['faux']), { credit: 0, dontKnow: false, failed: true });
    assert.deepEqual(questionCredit(k1, ['nsp']), { credit: 0, dontKnow: true, failed: true });
    assert.equal(questionCredit(k1, []), undefined);
    assert.equal(questionCredit(k1, ['inconnu']), undefined);
    assert.equal(questionCredit(k1, undefined), undefined);
  });

  it('gives partial credit to a multiple-choice question: right picks minus wrong picks, floored at 0', () => {
    const k2 = questionOf('k2');
    const credit = (ids: string[]) => questionCredit(k2, ids)?.credit;
    assert.equal(credit(['r1', 'r2']), 1);
    assert.equal(credit(['r1']), 0.5);
    assert.equal(credit(['r1', 'r2', 'w1']), 0.5);
    assert.equal(credit(['r1', 'w1']), 0);
    assert.equal(credit(['r1', 'w1', 'w2']), 0);
    assert.equal(credit(['w1', 'w2']), 0);
    assert.deepEqual(questionCredit(k2, ['r1', 'nsp']), { credit: 0, dontKnow: true, failed: true });
    assert.equal(questionCredit(k2, ['r1'])?.failed, true, 'partly right is not right');
  });

  it('turns a self-rating into score / 3, failed below "on my own"', () => {
    const s1 = questionOf('s1');
    assert.deepEqual(
      ['s0', 's1', 's2', 's3'].map((id) => questionCredit(s1, [id])),
      [
        { credit: 0, dontKnow: false, failed: true },
        { credit: 1 / 3, dontKnow: false, failed: true },
        { credit: 2 / 3, dontKnow: false, failed: false },
        { credit: 1, dontKnow: false, failed: false },
      ],
    );
  });

  it('never scores a profile question', () => {
    assert.equal(questionCredit(questionOf('appareils'), ['smartphone']), undefined);
  });
});

describe('bands and their edges', () => {
  const quiz = knowledgeQuiz(20);
  const score = (right: number) => scoreQuiz(quiz, answersFor(20, right));

  it('is debutant from 0 up to just below the intermediaire threshold', () => {
    for (const right of [0, 1, 7]) {
      const result = score(right);
      assert.equal(result.band, 'debutant', `${right}/20`);
      assert.equal(result.level, 1);
      assert.deepEqual(result.services, ['aide-aux-demarches-administratives']);
      assert.equal(result.title, 'Vous débutez');
      assert.equal(result.text, 'Débutant.');
    }
    assert.equal(score(7).mastery, 0.35);
  });

  it('is intermediaire from its threshold exactly (0.4) up to just below autonome', () => {
    assert.equal(score(8).mastery, 0.4);
    for (const right of [8, 10, 14]) {
      const result = score(right);
      assert.equal(result.band, 'intermediaire', `${right}/20`);
      assert.equal(result.level, 2);
      assert.deepEqual(result.services, ['maitrise-des-outils-numeriques-du-quotidien']);
    }
    assert.equal(score(14).mastery, 0.7);
  });

  it('is autonome from its threshold exactly (0.75) up to 1', () => {
    assert.equal(score(15).mastery, 0.75);
    for (const right of [15, 19, 20]) {
      const result = score(right);
      assert.equal(result.band, 'autonome', `${right}/20`);
      assert.equal(result.level, 3);
      assert.deepEqual(result.services, ['comprehension-du-monde-numerique']);
      assert.equal(result.capped, false);
    }
    assert.equal(score(20).mastery, 1);
  });

  it('puts a mastery that rounding leaves a hair below a threshold in the band of its exact value', () => {
    const parsed = quizDefinitionSchema.parse({
      ...mixedInput,
      scoring: { bands: [bands[0], bands[1], { ...bands[2], from: 0.8 }] },
    });
    assert.ok(0.7 + 0.1 < 0.8);
    assert.equal(bandFor(parsed.scoring.bands, 0.7 + 0.1).id, 'autonome');
    assert.equal(bandFor(parsed.scoring.bands, 0.79).id, 'intermediaire');
  });
});

describe('the essential gate', () => {
  it('caps the band at intermediaire when an essential question is failed', () => {
    const result = scoreQuiz(knowledgeQuiz(20, { essential: 1 }), { ...answersFor(20, 20), q0: ['faux'] });
    assert.equal(result.mastery, 0.95);
    assert.equal(result.band, 'intermediaire');
    assert.equal(result.capped, true);
    assert.equal(result.level, 2);
    assert.deepEqual(result.failedEssentials, ['q0']);
    assert.equal(result.areas[0]?.band, 'intermediaire', 'the area is capped too');
  });

  it('caps at debutant when the definition says so', () => {
    const quiz = knowledgeQuiz(20, { essential: 2, essentialCap: 'debutant' });
    const result = scoreQuiz(quiz, { ...answersFor(20, 20), q1: ['nsp'] });
    assert.equal(result.band, 'debutant');
    assert.equal(result.level, 1);
    assert.deepEqual(result.failedEssentials, ['q1']);
  });

  it('changes nothing below the cap, and nothing when the essential questions are right', () => {
    const quiz = knowledgeQuiz(20, { essential: 1 });
    const low = scoreQuiz(quiz, answersFor(20, 0));
    assert.equal(low.band, 'debutant');
    assert.equal(low.capped, false);
    assert.deepEqual(low.failedEssentials, ['q0']);
    const right = scoreQuiz(quiz, answersFor(20, 16));
    assert.equal(right.band, 'autonome');
    assert.deepEqual(right.failedEssentials, []);
  });

  it('counts an essential question left unanswered as failed, and a hidden one not at all', () => {
    const skipped = scoreQuiz(mixed, { ...allRight, e1: [] });
    assert.deepEqual(skipped.failedEssentials, ['e1']);
    assert.equal(skipped.band, 'intermediaire');
    const hidden = scoreQuiz(mixed, allRight);
    assert.deepEqual(hidden.failedEssentials, [], 'e3 is hidden without a smartphone');
    assert.equal(hidden.band, 'autonome');
    const shown = scoreQuiz(mixed, { ...allRight, appareils: ['smartphone'], s2: ['s3'] });
    assert.deepEqual(shown.failedEssentials, ['e3'], 'e3 is shown and not answered');
  });

  it('fails an essential self-rating below "on my own", and caps only its area', () => {
    const result = scoreQuiz(mixed, { ...allRight, e2: ['s1'] });
    assert.deepEqual(result.failedEssentials, ['e2']);
    const securite = areaOf(result, 'securite');
    // e1 right (1 × 1) and e2 at 1/3 (× 0.5): 7/6 over 1.5.
    assert.equal(securite.mastery, (1 + 0.5 / 3) / 1.5);
    assert.equal(securite.band, 'intermediaire', 'autonome by its mastery, capped');
    assert.equal(areaOf(result, 'savoir').band, 'autonome');
    assert.equal(scoreQuiz(mixed, { ...allRight, e2: ['s2'] }).failedEssentials.length, 0);
  });
});

describe('scoreQuiz', () => {
  it('gives the top band to someone who answers everything right', () => {
    const result = scoreQuiz(mixed, allRight);
    assert.equal(result.quizId, 'quiz-mixte');
    assert.equal(result.mastery, 1);
    assert.equal(result.band, 'autonome');
    assert.equal(result.answered, 5);
    assert.deepEqual(
      result.areas.map((item) => [item.id, item.framework, item.mastery, item.band]),
      [
        ['savoir', 'informations-donnees', 1, 'autonome'],
        ['ressenti', 'environnement-numerique', 1, 'autonome'],
        ['securite', 'protection-securite', 1, 'autonome'],
      ],
    );
  });

  it('weighs a self-rating half a knowledge answer by default, and as the definition says', () => {
    const answers = { k1: ['bon'], s1: ['s0'] };
    assert.equal(scoreQuiz(mixed, answers).mastery, 1 / 1.5);
    const even = quizDefinitionSchema.parse({
      ...mixedInput,
      scoring: { bands, weights: { 'self-rating': 1 } },
    });
    assert.equal(scoreQuiz(even, answers).mastery, 0.5);
  });

  it('never counts hidden questions, profile questions or invalid choice ids', () => {
    const result = scoreQuiz(mixed, {
      appareils: ['ordinateur'],
      s2: ['s0'],
      k1: ['inconnu'],
      k2: ['r1', 'r2'],
      'pas-une-question': ['x'],
    });
    assert.equal(result.answered, 1);
    assert.equal(result.mastery, 1);
    assert.equal(areaOf(result, 'ressenti').mastery, null, 's2 is hidden');
  });

  it('scores "I don\'t know" everywhere as 0 and counts it', () => {
    const quiz = knowledgeQuiz(12);
    const result = scoreQuiz(quiz, answersFor(12, 0, 'nsp'));
    assert.equal(result.mastery, 0);
    assert.equal(result.band, 'debutant');
    assert.equal(result.answered, 12);
    assert.equal(result.dontKnow, 12);
    assert.equal(result.areas[0]?.mastery, 0, 'answered "I don\'t know": known to be 0, not unknown');
  });

  it('gives mastery 0 and the lowest band when everything is skipped, areas without a result', () => {
    const result = scoreQuiz(mixed, {});
    assert.equal(result.mastery, 0);
    assert.equal(result.band, 'debutant');
    assert.equal(result.level, 1);
    assert.equal(result.answered, 0);
    assert.deepEqual(result.failedEssentials, ['e1', 'e2'], 'essential questions must be answered');
    for (const item of result.areas) {
      assert.equal(item.mastery, null);
      assert.equal(item.band, null);
      assert.equal(item.known, null);
      assert.equal(item.next, `${item.id}: à apprendre`);
    }
    assert.deepEqual(result.weakAreas, []);
  });

  it('scores an area with only self-ratings from them alone', () => {
    const result = scoreQuiz(mixed, { appareils: ['smartphone'], s1: ['s1'], s2: ['s2'] });
    assert.equal(areaOf(result, 'ressenti').mastery, 0.5);
    assert.equal(areaOf(result, 'ressenti').band, 'intermediaire');
    assert.equal(areaOf(result, 'savoir').mastery, null);
  });

  it('says what is known above debutant and what to learn next below autonome', () => {
    const result = scoreQuiz(mixed, {
      ...allRight,
      k1: ['faux'],
      k2: ['w1'],
      s1: ['s2'],
    });
    assert.deepEqual(
      result.areas.map((item) => [item.id, item.band, item.known, item.next]),
      [
        ['savoir', 'debutant', null, 'savoir: à apprendre'],
        ['ressenti', 'intermediaire', 'ressenti: acquis', 'ressenti: à apprendre'],
        ['securite', 'autonome', 'securite: acquis', null],
      ],
    );
  });

  it('lists the debutant areas, weakest first', () => {
    const result = scoreQuiz(mixed, {
      appareils: ['ordinateur'],
      k1: ['faux'],
      k2: ['r1', 'w1'],
      s1: ['s1'],
      e1: ['bon'],
      e2: ['s3'],
    });
    assert.deepEqual(result.weakAreas, ['savoir', 'ressenti']);
    assert.equal(areaOf(result, 'ressenti').mastery, 1 / 3);
  });
});

describe('any answer set gives a valid result (property)', () => {
  const weight = fc.double({ min: 0.01, max: 10, noNaN: true });
  const thresholds = fc
    .tuple(fc.double({ min: 0.01, max: 0.98, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
    .filter(([a, b]) => a < b);
  const scoring = fc.record({
    weights: fc.record({ knowledge: weight, 'self-rating': weight }),
    essentialCap: fc.constantFrom('debutant' as const, 'intermediaire' as const),
    thresholds,
    levels: fc.constantFrom([1, 2, 3] as const, [1, 1, 2] as const, [2, 2, 3] as const, [1, 2, 2] as const),
  });

  /** A random definition (weights, thresholds, cap, levels, essential flags) over the mixed quiz. */
  const definition = fc
    .record({ scoring, essential: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }) })
    .map(({ scoring: chosen, essential }) =>
      quizDefinitionSchema.parse({
        ...mixedInput,
        questions: mixedInput.questions.map((question, index) => ({
          ...question,
          essential: essential[index] ?? false,
        })),
        scoring: {
          weights: chosen.weights,
          essentialCap: chosen.essentialCap,
          bands: bands.map((band, index) => ({
            ...band,
            from: index === 0 ? 0 : chosen.thresholds[index - 1],
            level: chosen.levels[index],
          })),
        },
      }),
    );

  const choiceIds = [
    ...new Set(mixedInput.questions.flatMap((question) => question.choices.map((c) => c.id))),
  ];
  const questionIds = [...mixedInput.questions.map((question) => question.id), 'inconnue', 'constructor'];
  /** Random picks among every choice id of the quiz and random strings; random questions skipped. */
  const answers: fc.Arbitrary<QuizAnswers> = fc.dictionary(
    fc.constantFrom(...questionIds),
    fc.array(fc.oneof(fc.constantFrom(...choiceIds), fc.string({ maxLength: 6 })), { maxLength: 5 }),
  );

  const inRange = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

  it('keeps masteries within 0–1, the band among the three, the level 1–3, and the gate', () => {
    fc.assert(
      fc.property(definition, answers, (quiz, given) => {
        const result = scoreQuiz(quiz, given);
        assert.ok(inRange(result.mastery), `mastery ${result.mastery}`);
        assert.ok(bandIds.includes(result.band));
        assert.ok([1, 2, 3].includes(result.level));
        const band = quiz.scoring.bands.find((item) => item.id === result.band);
        assert.equal(result.level, band?.level);
        assert.deepEqual(result.services, band?.services);
        assert.equal(result.areas.length, quiz.areas.length);
        for (const item of result.areas) {
          if (item.mastery === null) assert.equal(item.band, null);
          else {
            assert.ok(inRange(item.mastery), `${item.id} mastery ${item.mastery}`);
            assert.ok(item.band !== null && bandIds.includes(item.band));
          }
        }
        const shown = visibleQuestions(quiz, given);
        const scored = shown.filter((question) => question.kind !== 'profile');
        assert.ok(result.answered <= scored.length);
        assert.ok(result.dontKnow <= result.answered);
        for (const id of result.failedEssentials) {
          assert.ok(scored.some((question) => question.id === id && question.essential));
        }
        if (result.capped) assert.ok(result.failedEssentials.length > 0);
        if (result.failedEssentials.length > 0) {
          assert.ok(bandIds.indexOf(result.band) <= bandIds.indexOf(quiz.scoring.essentialCap));
        }
        assert.deepEqual(scoreQuiz(quiz, given), result, 'the same answers give the same result');
      }),
      { numRuns: 500 },
    );
  });

  it('gives mastery 1 and the top band to every right answer, whatever else was answered before', () => {
    fc.assert(
      fc.property(
        definition,
        fc.constantFrom<readonly string[]>(['smartphone'], ['ordinateur'], []),
        (quiz, devices) => {
          const given: Record<string, readonly string[]> = { appareils: devices };
          for (const question of quiz.questions) {
            if (question.kind === 'knowledge') {
              given[question.id] = question.choices.filter((c) => c.correct === true).map((c) => c.id);
            }
            if (question.kind === 'self-rating') given[question.id] = ['s3'];
          }
          const result = scoreQuiz(quiz, given);
          assert.equal(result.mastery, 1);
          assert.equal(result.band, 'autonome');
          assert.deepEqual(result.failedEssentials, []);
        },
      ),
    );
  });
});
