/**
 * Reference rules of quiz and orientation definitions, checked after their shape: what a JSON schema
 * cannot say (ids that must exist, order of questions, consistency of choices with the kind of question).
 *
 * @module
 */

import {
  bandIds,
  type Audience,
  type Condition,
  type OrientationDefinition,
  type OrientationQuestion,
  type Question,
  type QuizDefinition,
  type Visibility,
} from './content.js';
import type { ValidationProblem } from './issues.js';

/** The 4 scores of a self-rating, in the order of its steps. */
const selfRatingScores = [0, 1, 2, 3] as const;

/** The problems of references in a quiz whose shape is valid. */
export function quizReferenceProblems(quiz: QuizDefinition): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const areaIds = collectIds(quiz.areas, 'areas', problems);
  quiz.areas.forEach((area, index) => {
    if (!quiz.questions.some((question) => question.kind !== 'profile' && question.area === area.id)) {
      problem(
        problems,
        `areas.${index}`,
        `no knowledge or self-rating question counts for area "${area.id}"`,
      );
    }
  });
  quiz.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (question.kind === 'profile') {
      if (question.area !== undefined)
        problem(problems, `${at}.area`, 'a profile question counts for no area');
    } else if (question.area === undefined) {
      problem(problems, `${at}.area`, `a ${question.kind} question needs the area it counts for`);
    } else if (!areaIds.has(question.area)) {
      problem(problems, `${at}.area`, `unknown area ${JSON.stringify(question.area)}`);
    }
    if (question.step !== undefined) problem(problems, `${at}.step`, 'a quiz has no steps');
  });
  problems.push(...questionProblems(quiz.questions));
  problems.push(...bandProblems(quiz));
  return problems;
}

/** The bands must be debutant, intermediaire, autonome in this order, from 0 and increasing. */
function bandProblems(quiz: QuizDefinition): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { bands } = quiz.scoring;
  const at = 'scoring.bands';
  if (bands.length !== bandIds.length) {
    problem(problems, at, `needs exactly ${bandIds.length} bands: ${bandIds.join(', ')}`);
  }
  bands.forEach((band, index) => {
    const expected = bandIds[index];
    if (expected !== undefined && band.id !== expected) {
      problem(
        problems,
        `${at}.${index}.id`,
        `expected "${expected}" (the bands are ${bandIds.join(', ')}, in this order)`,
      );
    }
    const previous = bands[index - 1];
    if (!previous) {
      if (band.from !== 0) problem(problems, `${at}.${index}.from`, 'the first band starts from 0');
      return;
    }
    if (band.from <= previous.from) {
      problem(problems, `${at}.${index}.from`, `must be more than the band before (${previous.from})`);
    }
    if (band.level < previous.level) {
      problem(
        problems,
        `${at}.${index}.level`,
        `must not be lower than the level of the band before (${previous.level})`,
      );
    }
  });
  return problems;
}

/** The problems of references in an orientation whose shape is valid. */
export function orientationReferenceProblems(orientation: OrientationDefinition): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const stepIds = collectIds(orientation.steps, 'steps', problems);
  orientation.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (question.area !== undefined) problem(problems, `${at}.area`, 'an orientation has no skill areas');
    if (question.kind !== 'profile') {
      problem(
        problems,
        `${at}.kind`,
        'an orientation asks profile questions only: its skills come from choices',
      );
    }
    if (question.step !== undefined && !stepIds.has(question.step)) {
      problem(problems, `${at}.step`, `unknown step ${JSON.stringify(question.step)}`);
    }
    problems.push(...fromQuizProblems(question, at));
  });
  problems.push(...questionProblems(orientation.questions));
  const questions = new Map(orientation.questions.map((question) => [question.id, question]));
  if (orientation.audience) problems.push(...audienceProblems(orientation.audience, questions));

  collectIds(orientation.outcomes, 'outcomes', problems);
  const main = orientation.outcomes.flatMap((outcome, index) => (outcome.parallel ? [] : [index]));
  const last = main[main.length - 1];
  if (last === undefined) {
    problem(problems, 'outcomes', 'needs at least one outcome that is not parallel (the main outcome)');
  }
  orientation.outcomes.forEach((outcome, index) => {
    const at = `outcomes.${index}`;
    if (outcome.when) problems.push(...visibilityProblems(outcome.when, `${at}.when`, questions));
    if (outcome.parallel) {
      if (!outcome.when) problem(problems, `${at}.when`, 'a parallel outcome needs a "when"');
      return;
    }
    if (index === last && outcome.when) {
      problem(problems, `${at}.when`, 'the last outcome applies when no other does: remove its "when"');
    }
    if (index !== last && !outcome.when) {
      problem(
        problems,
        `${at}.when`,
        'only the last outcome may have no "when" (the ones after it never apply)',
      );
    }
  });
  return problems;
}

/** A skills question a quiz result answers: one answer, each of the three bands on exactly one choice. */
function fromQuizProblems(question: OrientationQuestion, at: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!question.fromQuiz) {
    question.choices.forEach((choice, index) => {
      if (choice.band !== undefined) {
        problem(problems, `${at}.choices.${index}.band`, 'only a question with "fromQuiz" has bands');
      }
    });
    return problems;
  }
  if (question.multiple) {
    problem(problems, `${at}.multiple`, 'a question answered from a quiz has one answer: remove "multiple"');
  }
  for (const band of bandIds) {
    const count = question.choices.filter((choice) => choice.band === band).length;
    if (count !== 1) {
      problem(
        problems,
        `${at}.choices`,
        `band "${band}" must be on exactly one choice (it is on ${count}): a quiz result picks that choice`,
      );
    }
  }
  return problems;
}

/** The audience names a single-choice question and one of its choices. */
function audienceProblems(
  audience: Audience,
  questions: ReadonlyMap<string, OrientationQuestion>,
): ValidationProblem[] {
  const target = questions.get(audience.question);
  if (!target) {
    return [{ path: 'audience.question', message: `unknown question ${JSON.stringify(audience.question)}` }];
  }
  if (target.multiple) {
    return [
      { path: 'audience.question', message: `question ${JSON.stringify(target.id)} must be single-choice` },
    ];
  }
  if (!target.choices.some((choice) => choice.id === audience.helping)) {
    const message = `${JSON.stringify(audience.helping)} is not a choice of question ${JSON.stringify(target.id)}`;
    return [{ path: 'audience.helping', message }];
  }
  return [];
}

/** Rules common to the questions of both kinds of definition. */
function questionProblems(questions: readonly Question[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  collectIds(questions, 'questions', problems);
  const earlier = new Map<string, Question>();
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    collectIds(question.choices, `${at}.choices`, problems);
    question.choices.forEach((choice, choiceIndex) => {
      const choiceAt = `${at}.choices.${choiceIndex}`;
      if (choice.correct !== undefined && question.kind !== 'knowledge') {
        problem(problems, `${choiceAt}.correct`, 'only knowledge questions have correct choices');
      }
      if (choice.dontKnow !== undefined && question.kind !== 'knowledge') {
        problem(problems, `${choiceAt}.dontKnow`, 'only knowledge questions have an "I don\'t know" choice');
      }
      if (choice.dontKnow === true && choice.correct === true) {
        problem(problems, `${choiceAt}.correct`, 'the "I don\'t know" choice cannot be correct');
      }
      if (choice.score === undefined && question.kind === 'self-rating') {
        problem(problems, `${choiceAt}.score`, 'each choice of a self-rating question needs a score');
      }
      if (choice.score !== undefined && question.kind !== 'self-rating') {
        problem(problems, `${choiceAt}.score`, 'only self-rating questions have scores');
      }
    });
    if (question.kind === 'knowledge') problems.push(...knowledgeProblems(question, at));
    if (question.kind === 'self-rating') problems.push(...selfRatingProblems(question, at));
    if (question.visibleIf)
      problems.push(...visibilityProblems(question.visibleIf, `${at}.visibleIf`, earlier));
    if (!earlier.has(question.id)) earlier.set(question.id, question);
  });
  return problems;
}

/** A knowledge question: right answers marked (one only when single-choice), at most one "I don't know". */
function knowledgeProblems(question: Question, at: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const correct = question.choices.filter((choice) => choice.correct === true).length;
  if (correct === 0) {
    problem(problems, `${at}.choices`, 'a knowledge question needs at least one correct choice');
  } else if (correct > 1 && !question.multiple) {
    problem(
      problems,
      `${at}.choices`,
      `a single-choice question has one correct choice (${correct} are marked): mark one, or set "multiple": true`,
    );
  }
  if (question.choices.filter((choice) => choice.dontKnow === true).length > 1) {
    problem(problems, `${at}.choices`, 'only one choice can be the "I don\'t know" choice');
  }
  return problems;
}

/** A self-rating: one answer among 4 choices scored 0, 1, 2 and 3. */
function selfRatingProblems(question: Question, at: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (question.multiple) {
    problem(problems, `${at}.multiple`, 'a self-rating question has one answer: remove "multiple"');
  }
  const scores = question.choices.map((choice) => choice.score);
  if (scores.every((score) => score !== undefined)) {
    const sorted = [...scores].sort((a, b) => a - b);
    if (sorted.join() !== selfRatingScores.join()) {
      problem(
        problems,
        `${at}.choices`,
        "a self-rating question needs 4 choices scored 0, 1, 2 and 3 (I can't, with help, on my own, I could help someone)",
      );
    }
  }
  return problems;
}

/** Checks the conditions of a rule against the questions it may refer to. */
function visibilityProblems(
  rule: Visibility,
  at: string,
  questions: ReadonlyMap<string, Question>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const group of ['all', 'any', 'none'] as const) {
    rule[group]?.forEach((condition, index) => {
      problems.push(...conditionProblems(condition, `${at}.${group}.${index}`, questions));
    });
  }
  return problems;
}

function conditionProblems(
  condition: Condition,
  at: string,
  questions: ReadonlyMap<string, Question>,
): ValidationProblem[] {
  const target = questions.get(condition.question);
  if (!target) {
    return [
      { path: `${at}.question`, message: `${JSON.stringify(condition.question)} is not an earlier question` },
    ];
  }
  const [operator, choice] =
    'equals' in condition ? ['equals', condition.equals] : ['includes', condition.includes];
  if (!target.choices.some((candidate) => candidate.id === choice)) {
    const message = `${JSON.stringify(choice)} is not a choice of question ${JSON.stringify(target.id)}`;
    return [{ path: `${at}.${operator}`, message }];
  }
  if (operator === 'equals' && target.multiple) {
    return [
      {
        path: `${at}.equals`,
        message: `question ${JSON.stringify(target.id)} is multiple-choice: use "includes"`,
      },
    ];
  }
  if (operator === 'includes' && !target.multiple) {
    return [
      {
        path: `${at}.includes`,
        message: `question ${JSON.stringify(target.id)} is single-choice: use "equals"`,
      },
    ];
  }
  return [];
}

/** Collects the ids of a list, reporting duplicates. */
function collectIds(
  items: readonly { readonly id: string }[],
  at: string,
  problems: ValidationProblem[],
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) problem(problems, `${at}.${index}.id`, `duplicate id ${JSON.stringify(item.id)}`);
    ids.add(item.id);
  });
  return ids;
}

function problem(problems: ValidationProblem[], path: string, message: string): void {
  problems.push({ path, message });
}
