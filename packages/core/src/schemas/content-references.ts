/**
 * Reference rules of quiz and orientation definitions, checked after their shape: what a JSON schema
 * cannot say (ids that must exist, order of questions, consistency of choices with the kind of question).
 *
 * @module
 */

import type { Condition, OrientationDefinition, Question, QuizDefinition, Visibility } from './content.js';
import type { ValidationProblem } from './issues.js';

/** The problems of references in a quiz whose shape is valid. */
export function quizReferenceProblems(quiz: QuizDefinition): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const areaIds = collectIds(quiz.areas, 'areas', problems);
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
  return problems;
}

/** The problems of references in an orientation whose shape is valid. */
export function orientationReferenceProblems(orientation: OrientationDefinition): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const stepIds = collectIds(orientation.steps, 'steps', problems);
  orientation.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (question.area !== undefined) problem(problems, `${at}.area`, 'an orientation has no skill areas');
    if (question.step !== undefined && !stepIds.has(question.step)) {
      problem(problems, `${at}.step`, `unknown step ${JSON.stringify(question.step)}`);
    }
  });
  problems.push(...questionProblems(orientation.questions));

  collectIds(orientation.outcomes, 'outcomes', problems);
  const questions = new Map(orientation.questions.map((question) => [question.id, question]));
  const last = orientation.outcomes.length - 1;
  orientation.outcomes.forEach((outcome, index) => {
    const at = `outcomes.${index}`;
    if (outcome.when) problems.push(...visibilityProblems(outcome.when, `${at}.when`, questions));
    if (index === last && outcome.when) {
      problem(problems, `${at}.when`, 'the last outcome applies when no other does: remove its "when"');
    }
    if (index < last && !outcome.when) {
      problem(
        problems,
        `${at}.when`,
        'only the last outcome may have no "when" (the ones after it never apply)',
      );
    }
  });
  return problems;
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
      if (choice.score === undefined && question.kind === 'self-rating') {
        problem(problems, `${choiceAt}.score`, 'each choice of a self-rating question needs a score');
      }
    });
    if (question.kind === 'knowledge' && !question.choices.some((choice) => choice.correct === true)) {
      problem(problems, `${at}.choices`, 'a knowledge question needs at least one correct choice');
    }
    if (question.visibleIf)
      problems.push(...visibilityProblems(question.visibleIf, `${at}.visibleIf`, earlier));
    if (!earlier.has(question.id)) earlier.set(question.id, question);
  });
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
