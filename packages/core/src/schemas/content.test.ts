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
  areas: [
    {
      id: 'communiquer',
      framework: 'communication-collaboration',
      title: 'Communiquer',
      known: 'Vous savez envoyer un e-mail.',
      next: 'Vous pouvez apprendre à envoyer un e-mail.',
    },
  ],
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
        { id: 'je-ne-sais-pas', text: 'Je ne sais pas', dontKnow: true },
      ],
    },
  ],
  scoring: {
    bands: [
      { id: 'debutant', from: 0, level: 1, title: 'Débutant', text: 'Vous débutez.' },
      { id: 'intermediaire', from: 0.4, level: 2, title: 'Des bases', text: 'Vous avez des bases.' },
      {
        id: 'autonome',
        from: 0.75,
        level: 3,
        title: 'À l’aise',
        text: 'Vous êtes à l’aise.',
        services: ['comprehension-du-monde-numerique'],
      },
    ],
  },
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
      'areas.0: no knowledge or self-rating question counts for area "communiquer"',
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

  it('fills the default weights and essential cap', () => {
    const parsed = quizDefinitionSchema.parse(quiz);
    assert.deepEqual(parsed.scoring.weights, { knowledge: 1, 'self-rating': 0.5 });
    assert.equal(parsed.scoring.essentialCap, 'intermediaire');
    assert.deepEqual(parsed.scoring.bands[0]?.services, []);
    const half = copy(quiz);
    Object.assign(half.scoring, { weights: { knowledge: 2 } });
    assert.deepEqual(quizDefinitionSchema.parse(half).scoring.weights, { knowledge: 2, 'self-rating': 0.5 });
  });

  it('refuses a forward reference, a self-reference and a cycle in visibleIf', () => {
    const broken: QuizDefinitionInput = copy(quiz);
    const [usage, appareils, mail] = broken.questions;
    assert.ok(usage && appareils && mail);
    usage.visibleIf = { all: [{ question: 'usage', equals: 'jamais' }] };
    appareils.visibleIf = { any: [{ question: 'mail', equals: 'boite' }] };
    mail.visibleIf = { all: [{ question: 'appareils', includes: 'telephone' }] };
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'questions.0.visibleIf.all.0.question: "usage" is not an earlier question',
      'questions.1.visibleIf.any.0.question: "mail" is not an earlier question',
    ]);
  });

  it('requires a described image with a safe address', () => {
    const broken = copy(quiz);
    const [usage, appareils, mail] = broken.questions as unknown as Record<string, unknown>[];
    assert.ok(usage && appareils && mail);
    usage.image = { src: 'images/telephone.svg', alt: '  ' };
    appareils.image = { src: 'javascript:alert(1)', alt: 'Un téléphone' };
    mail.image = { src: 'https://example.org/e-mail.png' };
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'questions.0.image.alt: image alt must not be empty: say in a few words what the image shows',
      'questions.1.image.src: image src must be an http(s) URL or a relative path, without spaces',
      'questions.2.image.alt: image alt is required: say in a few words what the image shows',
    ]);
    mail.image = { src: 'https://example.org/e-mail.png', alt: 'Une enveloppe' };
    usage.image = { src: '../images/telephone.svg', alt: 'Un téléphone' };
    delete appareils.image;
    assert.equal(validateQuizDefinition(broken).success, true);
  });

  it('checks the areas: framework, texts, and at least one question each', () => {
    const broken = copy(quiz) as unknown as { areas: Record<string, unknown>[] };
    broken.areas[0]!.framework = 'internet';
    delete broken.areas[0]!.next;
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'areas.0.framework: framework must be one of informations-donnees, communication-collaboration, creation-contenu, protection-securite, environnement-numerique, demarches-en-ligne',
      'areas.0.next: must be a text',
    ]);
    const lonely: QuizDefinitionInput = copy(quiz);
    lonely.areas.push({ ...quiz.areas[0]!, id: 'securite', framework: 'protection-securite' });
    assert.deepEqual(problemsOf(validateQuizDefinition(lonely)), [
      'areas.1: no knowledge or self-rating question counts for area "securite"',
    ]);
  });

  it('checks knowledge choices: one right answer when single, one "I don\'t know", never right', () => {
    const broken: QuizDefinitionInput = copy(quiz);
    const mail = broken.questions[2]!;
    mail.choices[1] = { ...mail.choices[1]!, correct: true };
    mail.choices[2] = { ...mail.choices[2]!, correct: true };
    mail.choices.push({ id: 'oublie', text: 'J’ai oublié', dontKnow: true, score: 1 });
    broken.questions[0]!.choices[0] = { id: 'jamais', text: 'Jamais', dontKnow: false };
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'questions.0.choices.0.dontKnow: only knowledge questions have an "I don\'t know" choice',
      'questions.2.choices.2.correct: the "I don\'t know" choice cannot be correct',
      'questions.2.choices.3.score: only self-rating questions have scores',
      'questions.2.choices: a single-choice question has one correct choice (3 are marked): mark one, or set "multiple": true',
      'questions.2.choices: only one choice can be the "I don\'t know" choice',
    ]);
    mail.multiple = true;
    mail.choices = mail.choices.filter((choice) => !choice.dontKnow);
    mail.visibleIf = undefined;
    broken.questions[0]!.choices[0] = { id: 'jamais', text: 'Jamais' };
    assert.equal(validateQuizDefinition(broken).success, true, 'several right answers when multiple');
  });

  it('requires a self-rating to have the 4 scores and one answer', () => {
    const broken: QuizDefinitionInput = copy(quiz);
    const scale = (scores: number[]) =>
      scores.map((score, index) => ({ id: `pas-${index}`, text: `Pas ${index}`, score }));
    broken.questions.push(
      {
        id: 'aise',
        kind: 'self-rating',
        area: 'communiquer',
        text: 'À l’aise ?',
        choices: scale([0, 1, 2, 3]),
      },
      { id: 'trous', kind: 'self-rating', area: 'communiquer', text: 'Et là ?', choices: scale([0, 1, 3]) },
      {
        id: 'double',
        kind: 'self-rating',
        area: 'communiquer',
        text: 'Et ici ?',
        multiple: true,
        choices: scale([0, 1, 2, 2]),
      },
    );
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      "questions.4.choices: a self-rating question needs 4 choices scored 0, 1, 2 and 3 (I can't, with help, on my own, I could help someone)",
      'questions.5.multiple: a self-rating question has one answer: remove "multiple"',
      "questions.5.choices: a self-rating question needs 4 choices scored 0, 1, 2 and 3 (I can't, with help, on my own, I could help someone)",
    ]);
  });

  it('checks the bands: the three in order, from 0, increasing, levels not decreasing, real services', () => {
    const broken = copy(quiz) as { scoring: { bands: Record<string, unknown>[] } } & typeof quiz;
    const [debutant, intermediaire, autonome] = broken.scoring.bands;
    assert.ok(debutant && intermediaire && autonome);
    debutant.from = 0.1;
    intermediaire.from = 0.8;
    intermediaire.level = 3;
    autonome.level = 2;
    assert.deepEqual(problemsOf(validateQuizDefinition(broken)), [
      'scoring.bands.0.from: the first band starts from 0',
      'scoring.bands.2.from: must be more than the band before (0.8)',
      'scoring.bands.2.level: must not be lower than the level of the band before (3)',
    ]);

    const shape = copy(quiz) as { scoring: Record<string, unknown> & { bands: Record<string, unknown>[] } };
    shape.scoring.bands[0]!.services = ['cours-d-informatique'];
    shape.scoring.bands[1]!.from = 1.5;
    shape.scoring.bands[2]!.id = 'expert';
    shape.scoring.weights = { knowledge: 0, self_rating: 1 };
    shape.scoring.essentialCap = 'autonome';
    assert.deepEqual(problemsOf(validateQuizDefinition(shape)), [
      'scoring.weights.knowledge: weights.knowledge must be more than 0',
      'scoring.weights: unknown key "self_rating"',
      'scoring.essentialCap: essentialCap must be "debutant" or "intermediaire"',
      'scoring.bands.0.services.0: unknown services slug "cours-d-informatique"',
      'scoring.bands.1.from: from must be from 0 to 1',
      'scoring.bands.2.id: id must be "debutant", "intermediaire" or "autonome"',
    ]);

    const order = copy(quiz);
    order.scoring.bands.reverse();
    order.scoring.bands.pop();
    assert.deepEqual(problemsOf(validateQuizDefinition(order)), [
      'scoring.bands: needs exactly 3 bands: debutant, intermediaire, autonome',
      'scoring.bands.0.id: expected "debutant" (the bands are debutant, intermediaire, autonome, in this order)',
      'scoring.bands.0.from: the first band starts from 0',
      'scoring.bands.1.from: must be more than the band before (0.75)',
      'scoring.bands.1.level: must not be lower than the level of the band before (3)',
    ]);
  });

  it('lists every problem of a definition at once', () => {
    const broken: QuizDefinitionInput = copy(quiz);
    broken.questions[2]!.area = 'nulle-part';
    broken.questions[2]!.visibleIf = { all: [{ question: 'plus-tard', equals: 'oui' }] };
    broken.scoring.bands[1]!.from = 0;
    const problems = problemsOf(validateQuizDefinition(broken));
    assert.deepEqual(problems, [
      'areas.0: no knowledge or self-rating question counts for area "communiquer"',
      'questions.2.area: unknown area "nulle-part"',
      'questions.2.visibleIf.all.0.question: "plus-tard" is not an earlier question',
      'scoring.bands.1.from: must be more than the band before (0)',
    ]);
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

  it('reports the audience, skills from a quiz, constraints and parallel outcomes that do not hold together', () => {
    const input = {
      ...copy(orientation),
      audience: { question: 'urgent', helping: 'quelqu-un' },
      questions: [
        ...copy(orientation).questions,
        {
          id: 'aise',
          kind: 'profile',
          text: 'At ease?',
          fromQuiz: { framework: 'demarches-en-ligne' },
          multiple: true,
          choices: [
            { id: 'debut', text: 'Beginner', band: 'debutant' },
            { id: 'aise', text: 'At ease', band: 'debutant' },
          ],
        },
        {
          id: 'distance',
          kind: 'self-rating',
          text: 'How far?',
          choices: [
            { id: 'pres', text: 'Near', radiusKm: 0, band: 'autonome', score: 1 },
            { id: 'loin', text: 'Far', filters: { frais_a_charge: ['gratis'] }, score: 2 },
          ],
        },
      ],
      outcomes: [
        ...copy(orientation).outcomes,
        { id: 'materiel', level: 2, title: 'Equipment', text: '…', parallel: true },
      ],
    };
    assert.deepEqual(problemsOf(validateOrientationDefinition(input)), [
      'questions.2.choices.0.radiusKm: radiusKm must be 1 to 100',
      'questions.2.choices.1.filters.frais_a_charge.0: unknown frais_a_charge slug "gratis"',
    ]);
    (input.questions[2]!.choices[0] as { radiusKm: number }).radiusKm = 5;
    (input.questions[2]!.choices[1] as { filters: object }).filters = { frais_a_charge: ['gratuit'] };
    assert.deepEqual(problemsOf(validateOrientationDefinition(input)), [
      'questions.1.multiple: a question answered from a quiz has one answer: remove "multiple"',
      'questions.1.choices: band "debutant" must be on exactly one choice (it is on 2): a quiz result picks that choice',
      'questions.1.choices: band "intermediaire" must be on exactly one choice (it is on 0): a quiz result picks that choice',
      'questions.1.choices: band "autonome" must be on exactly one choice (it is on 0): a quiz result picks that choice',
      'questions.2.kind: an orientation asks profile questions only: its skills come from choices',
      'questions.2.choices.0.band: only a question with "fromQuiz" has bands',
      "questions.2.choices: a self-rating question needs 4 choices scored 0, 1, 2 and 3 (I can't, with help, on my own, I could help someone)",
      'audience.helping: "quelqu-un" is not a choice of question "urgent"',
      'outcomes.2.when: a parallel outcome needs a "when"',
    ]);
  });

  it('accepts helping texts, short wordings, constraints and a parallel outcome', () => {
    const input = {
      ...copy(orientation),
      audience: { question: 'qui', helping: 'autre' },
      questions: [
        {
          id: 'qui',
          kind: 'profile',
          text: 'Who?',
          short: 'Who',
          choices: [
            { id: 'moi', text: 'Me' },
            { id: 'autre', text: 'Someone I help', helping: 'Someone I help' },
          ],
        },
        { ...copy(orientation).questions[0], helping: { text: 'Urgent for them?' } },
        {
          id: 'gratuit',
          kind: 'profile',
          text: 'Free only?',
          choices: [
            { id: 'oui', text: 'Yes', filters: { frais_a_charge: ['gratuit'] }, radiusKm: 10 },
            { id: 'non', text: 'No' },
          ],
        },
      ],
      outcomes: [
        {
          id: 'materiel',
          level: 2,
          title: 'Equipment',
          text: '…',
          why: 'You told us.',
          helping: { why: 'You told us about them.' },
          parallel: true,
          when: { all: [{ question: 'urgent', equals: 'non' }] },
          filters: { services: ['acces-internet-et-materiel-informatique'] },
          prefer: { dispositif_programmes_nationaux: ['emmaus-connect'] },
        },
        ...copy(orientation).outcomes,
      ],
    };
    const result = validateOrientationDefinition(input);
    assert.equal(result.success, true, problemsOf(result).join('\n'));
    const onlyParallel = { ...copy(orientation), outcomes: [{ ...input.outcomes[0]! }] };
    assert.deepEqual(problemsOf(validateOrientationDefinition(onlyParallel)), [
      'outcomes: needs at least one outcome that is not parallel (the main outcome)',
    ]);
  });
});
