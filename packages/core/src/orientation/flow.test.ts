import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  isSlugOf,
  orientationDefinitionSchema,
  validateOrientationDefinition,
  visibleQuestions,
  type OrientationDefinition,
  type OrientationDefinitionInput,
  type OrientationQuestion,
  type VocabularyField,
} from '../index.js';
import {
  answersFromQuiz,
  chooseOutcome,
  choiceText,
  isHelping,
  nextOrientationQuestion,
  orientationProgress,
  outcomeTexts,
  questionTexts,
  type OrientationAnswers,
} from './flow.js';
import { parseQuizSummary } from './quiz-summary.js';

const folder = new URL('../../../content/orientations/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as OrientationDefinitionInput;
const fr = orientationDefinitionSchema.parse(read('trouver-la-bonne-aide.fr.json'));
const en = orientationDefinitionSchema.parse(read('trouver-la-bonne-aide.en.json'));

/** The ids of the questions that some condition, outcome or the audience depends on. */
function routingQuestions(definition: OrientationDefinition): Set<string> {
  const ids = new Set<string>(definition.audience ? [definition.audience.question] : []);
  const rules = [
    ...definition.questions.map((question) => question.visibleIf),
    ...definition.outcomes.map((outcome) => outcome.when),
  ];
  for (const rule of rules) {
    for (const condition of [...(rule?.all ?? []), ...(rule?.any ?? []), ...(rule?.none ?? [])]) {
      ids.add(condition.question);
    }
  }
  return ids;
}

/** What a person can do with a question: each choice, all of a multiple one, and skip it unless essential. */
function options(question: OrientationQuestion): (readonly string[] | undefined)[] {
  const each = question.choices.map((choice) => [choice.id]);
  const all = question.multiple ? [question.choices.map((choice) => choice.id)] : [];
  return [...each, ...all, ...(question.essential ? [] : [undefined])];
}

interface Path {
  readonly answers: OrientationAnswers;
  /** The questions asked, in order. */
  readonly asked: readonly string[];
}

/**
 * Every path through a flow, as a person walks it (the next question after each answer). Questions no rule
 * depends on are skipped here, and their choices checked one by one on every outcome instead (see below).
 */
function allPaths(definition: OrientationDefinition): Path[] {
  const routing = routingQuestions(definition);
  const paths: Path[] = [];
  const walk = (answers: OrientationAnswers, asked: readonly string[], after: string | undefined) => {
    const question = nextOrientationQuestion(definition, answers, { after });
    if (!question) {
      paths.push({ answers, asked });
      return;
    }
    const nextAsked = [...asked, question.id];
    if (!routing.has(question.id)) {
      walk(answers, nextAsked, question.id);
      return;
    }
    for (const option of options(question)) {
      walk(option ? { ...answers, [question.id]: option } : answers, nextAsked, question.id);
    }
  };
  walk({}, [], undefined);
  return paths;
}

function assertValidFilters(filters: object, where: string): void {
  for (const [field, slugs] of Object.entries(filters) as [VocabularyField, string[]][]) {
    assert.ok(slugs.length > 0, `${where}: ${field} is empty`);
    for (const slug of slugs) assert.ok(isSlugOf(field, slug), `${where}: ${field} "${slug}" is not a slug`);
  }
}

describe('the orientation files', () => {
  it('are named <id>.<locale>.json after their content, and valid', () => {
    assert.deepEqual(files, ['trouver-la-bonne-aide.en.json', 'trouver-la-bonne-aide.fr.json']);
    for (const name of files) {
      const json = read(name);
      assert.equal(name, `${json.id}.${json.locale}.json`);
      const result = validateOrientationDefinition(json);
      assert.ok(result.success, JSON.stringify(result.success ? '' : result.problems));
    }
  });

  it('English has the same questions, choices, conditions, outcomes and filters as French', () => {
    const textKeys = new Set(['title', 'text', 'description', 'help', 'why', 'short', 'helping']);
    const skeleton = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(skeleton);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'locale')
          .map(([key, item]) => [key, textKeys.has(key) ? typeof item : skeleton(item)]),
      );
    };
    assert.deepEqual(skeleton(en), skeleton(fr));
  });

  it('speaks plainly: sentences of 20 words at most', () => {
    for (const definition of [fr, en]) {
      const texts: string[] = [];
      const collect = (value: unknown) => {
        if (typeof value === 'string') texts.push(value);
        else if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') {
          for (const [key, item] of Object.entries(value)) {
            if (
              !['id', 'question', 'equals', 'includes', 'locale', 'filters', 'band', 'step'].includes(key)
            ) {
              collect(item);
            }
          }
        }
      };
      collect(definition);
      for (const text of texts) {
        for (const sentence of text.split(/[.?!:…]\s/)) {
          const words = sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word));
          assert.ok(words.length <= 20, `${definition.locale}: too long: ${sentence}`);
        }
      }
    }
  });
});

describe('every path of the default orientation', () => {
  for (const definition of [fr, en]) {
    const paths = allPaths(definition);
    const routing = routingQuestions(definition);
    const constraints = definition.questions.filter((question) => !routing.has(question.id));

    it(`${definition.locale}: reaches a valid outcome whose filters are slugs of the standard (${paths.length} paths)`, () => {
      assert.ok(paths.length > 500, `${paths.length} paths`);
      const reached = new Set<string>();
      for (const { answers, asked } of paths) {
        const where = JSON.stringify(answers);
        const result = chooseOutcome(definition, answers);
        reached.add(result.outcome.id);
        assert.equal(result.outcome.parallel, false, where);
        assert.ok(result.filters.services?.length, `${where}: the outcome names services`);
        assertValidFilters(result.filters, where);
        assertValidFilters(
          result.prefer.length > 0 ? { dispositif_programmes_nationaux: result.prefer } : {},
          where,
        );
        for (const parallel of result.parallel) {
          reached.add(parallel.outcome.id);
          assertValidFilters(parallel.filters, where);
        }
        // Every question asked is shown for the final answers: nothing asked was left behind.
        const shown = new Set(visibleQuestions(definition, answers).map((question) => question.id));
        for (const id of asked) assert.ok(shown.has(id), `${where}: ${id} asked but hidden`);
      }
      assert.deepEqual(
        [...reached].sort(),
        definition.outcomes.map((outcome) => outcome.id).sort(),
        'every outcome is reachable',
      );
    });

    it(`${definition.locale}: the urgent path never asks a skills question and lands on level 1`, () => {
      const urgent = paths.filter(({ answers }) => answers['demarche-urgente']?.[0] === 'oui');
      assert.ok(urgent.length > 0);
      const skills = definition.questions.filter(
        (question) => question.fromQuiz || question.step === 'competences',
      );
      assert.ok(skills.length >= 2);
      for (const { answers, asked } of urgent) {
        for (const question of skills) assert.ok(!asked.includes(question.id), `${question.id} asked`);
        assert.equal(chooseOutcome(definition, answers).outcome.level, 1, JSON.stringify(answers));
      }
      // Even with a quiz result: it answers skills questions, it never delays the urgent outcome.
      const withQuiz = {
        'demarche-urgente': ['oui'],
        'demarche-seul': ['non'],
        ...answersFromQuiz(definition, { band: 'autonome', areas: [] }),
      };
      assert.equal(chooseOutcome(definition, withQuiz).outcome.id, 'demarche-faite-avec-vous');
    });

    it(`${definition.locale}: adds the equipment outcome exactly when a device or internet is missing`, () => {
      for (const { answers } of paths) {
        const missing = answers['appareil']?.[0] === 'aucun' || answers['internet']?.[0] === 'non';
        const ids = chooseOutcome(definition, answers).parallel.map((item) => item.outcome.id);
        assert.deepEqual(ids, missing ? ['materiel-et-connexion'] : [], JSON.stringify(answers));
      }
      const equipment = chooseOutcome(definition, {
        'demarche-urgente': ['non'],
        appareil: ['aucun'],
        objectif: ['emploi'],
      });
      assert.deepEqual(equipment.parallel[0]?.filters.services, [
        'acces-internet-et-materiel-informatique',
        'acquisition-de-materiel-informatique-a-prix-solidaire',
      ]);
      assert.equal(equipment.outcome.id, 'emploi');
    });

    it(`${definition.locale}: each constraint choice adds valid filters to every outcome, or a distance`, () => {
      const ends = new Map(
        paths.map((path) => [chooseOutcome(definition, path.answers).outcome.id, path.answers]),
      );
      for (const [outcomeId, answers] of ends) {
        for (const question of constraints) {
          for (const option of options(question)) {
            const withConstraint = option ? { ...answers, [question.id]: option } : answers;
            const result = chooseOutcome(definition, withConstraint);
            assert.equal(result.outcome.id, outcomeId, 'a constraint never changes the outcome');
            assertValidFilters(result.filters, `${outcomeId} ${question.id}=${String(option)}`);
          }
        }
      }
    });
  }
});

describe('the flow functions', () => {
  it('speak of the person helped when the helping choice is picked, and always in professional mode', () => {
    const question = fr.questions.find((item) => item.id === 'demarche-urgente')!;
    assert.equal(isHelping(fr, { qui: ['moi'] }), false);
    assert.equal(isHelping(fr, { qui: ['une-personne'] }), true);
    assert.equal(isHelping(fr, {}, true), true);
    assert.equal(questionTexts(question, false).text, 'Avez-vous une démarche à faire en ligne bientôt ?');
    assert.equal(
      questionTexts(question, true).text,
      'La personne a-t-elle une démarche à faire en ligne bientôt ?',
    );
    assert.equal(
      questionTexts(question, true, true).text,
      'Démarche en ligne urgente (droit, aide ou pénalité en jeu) ?',
    );
    const seul = fr.questions.find((item) => item.id === 'demarche-seul')!;
    assert.equal(choiceText(seul.choices[1]!, true), 'Non, il faut la faire avec elle ou pour elle');
    assert.equal(choiceText(seul.choices[1]!, false), 'Non, j’ai besoin qu’on la fasse avec moi ou pour moi');
    const outcome = fr.outcomes.find((item) => item.id === 'emploi')!;
    assert.deepEqual(outcomeTexts(outcome, true), {
      title: outcome.title,
      text: outcome.text,
      why: 'Vous nous avez dit que la personne cherche un emploi ou une formation.',
    });
  });

  it('answers the skills questions from a quiz result: the area’s band, else the overall one', () => {
    assert.deepEqual(
      answersFromQuiz(fr, {
        band: 'debutant',
        areas: [
          { framework: 'demarches-en-ligne', band: 'autonome' },
          { framework: 'environnement-numerique', band: null },
        ],
      }),
      { 'aise-appareil': ['debut'], 'aise-en-ligne': ['seul'] },
    );
    assert.deepEqual(answersFromQuiz(fr, { band: 'intermediaire', areas: [] }), {
      'aise-appareil': ['bases'],
      'aise-en-ligne': ['avec-aide'],
    });
  });

  it('skips the questions answered elsewhere and counts progress without them', () => {
    const answers = { qui: ['moi'], 'demarche-urgente': ['non'], objectif: ['quotidien'] };
    const skip = new Set(['aise-appareil', 'aise-en-ligne']);
    assert.equal(nextOrientationQuestion(fr, answers, { after: 'objectif', skip })?.id, 'distance');
    assert.equal(nextOrientationQuestion(fr, answers, { after: 'objectif' })?.id, 'aise-appareil');
    assert.equal(nextOrientationQuestion(fr, answers, { after: 'nope' }), undefined);
    assert.equal(nextOrientationQuestion(fr, {}, { skip: new Set(['qui']) })?.id, 'demarche-urgente');
    const progress = orientationProgress(fr, answers, 'distance', skip);
    assert.equal(progress.position, 6);
    assert.equal(progress.total, 9);
    assert.equal(progress.step?.id, 'contraintes');
    assert.deepEqual([progress.stepPosition, progress.stepTotal], [5, 5]);
  });

  it('combines the constraints chosen, replacing the outcome’s field, with the distance', () => {
    const result = chooseOutcome(fr, {
      'demarche-urgente': ['oui'],
      'demarche-seul': ['non'],
      distance: ['5-km'],
      'besoin-specifique': ['surdite', 'langue'],
      gratuit: ['oui'],
      'a-distance': ['oui'],
    });
    assert.equal(result.outcome.id, 'demarche-faite-avec-vous');
    assert.equal(result.radiusKm, 5);
    assert.deepEqual(result.prefer, []);
    const beginner = chooseOutcome(fr, {
      'demarche-urgente': ['non'],
      objectif: ['emploi'],
      'aise-appareil': ['debut'],
    });
    assert.equal(beginner.outcome.id, 'premiers-pas');
    assert.deepEqual(beginner.prefer, ['conseillers-numeriques']);
    assert.equal(beginner.filters.dispositif_programmes_nationaux, undefined);
    assert.deepEqual(result.filters, {
      services: ['aide-aux-demarches-administratives'],
      dispositif_programmes_nationaux: ['france-services', 'aidants-connect'],
      modalites_accompagnement: ['a-distance'],
      prise_en_charge_specifique: ['surdite', 'langues-etrangeres-anglais', 'langues-etrangeres-autres'],
      frais_a_charge: ['gratuit'],
    });
  });

  it('reads a quiz result from an event’s fields, an object or JSON, and refuses anything else', () => {
    assert.deepEqual(
      parseQuizSummary(
        '{"quizId":"q","level":2,"band":"intermediaire","areas":[{"framework":"demarches-en-ligne","band":"debutant"},{"framework":"x","band":"autonome"},{"framework":"creation-contenu","band":null}],"answers":{"secret":1}}',
      ),
      {
        quizId: 'q',
        level: 2,
        band: 'intermediaire',
        areas: [
          { framework: 'demarches-en-ligne', band: 'debutant' },
          { framework: 'creation-contenu', band: null },
        ],
      },
    );
    assert.deepEqual(parseQuizSummary({ band: 'autonome' }), {
      quizId: undefined,
      level: undefined,
      band: 'autonome',
      areas: [],
    });
    for (const bad of ['{', '"debutant"', { band: 'expert' }, null, 3, '[]']) {
      assert.equal(parseQuizSummary(bad), undefined, JSON.stringify(bad));
    }
  });
});
