/**
 * Which questions of a definition are shown, given the answers so far. Pure functions over data, shared by the
 * widgets (what to ask next, what to review) and the scoring (hidden questions never count).
 *
 * @module
 */

import type { Condition, Question, Visibility } from '../schemas/content.js';

/**
 * The answers of a person: for each answered question id, the ids of the chosen choices. A skipped question
 * is absent (an empty list counts as absent too).
 */
export type QuizAnswers = Readonly<Record<string, readonly string[]>>;

/** What the visibility functions need of a definition: its questions, in order. */
export interface QuestionList {
  /** The questions, in the order they are asked. */
  readonly questions: readonly Question[];
}

/** The answer to a question id, when the record has one of its own (never an inherited `constructor`…). */
function answerTo(answers: QuizAnswers, questionId: string): readonly string[] | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * Whether a question (or an outcome) with this rule is shown. A condition holds when the answer to its
 * question contains its choice (`equals` and `includes` alike); an unanswered question makes its conditions
 * false. Every condition of `all` must hold, at least one of `any`, none of `none`; no rule means visible.
 *
 * Give it effective answers (`effectiveAnswers`) so that answers of questions hidden since are not read.
 *
 * @example
 * isVisible({ all: [{ question: 'appareils', includes: 'smartphone' }] }, { appareils: ['smartphone'] }); // true
 * isVisible({ none: [{ question: 'internet', equals: 'non' }] }, {}); // true: not answered
 */
export function isVisible(rule: Visibility | undefined, answers: QuizAnswers): boolean {
  if (!rule) return true;
  const holds = (condition: Condition): boolean => {
    const choice = 'equals' in condition ? condition.equals : condition.includes;
    return answerTo(answers, condition.question)?.includes(choice) ?? false;
  };
  return (
    (rule.all?.every(holds) ?? true) && (rule.any?.some(holds) ?? true) && !(rule.none?.some(holds) ?? false)
  );
}

/**
 * The answers that count, in question order: only questions shown (each judged on the effective answers of
 * the questions before it, so an answer left behind by a changed earlier answer is dropped), only choice ids
 * of the question, without duplicates; a single-choice question keeps its first valid choice, and an
 * "I don't know" choice, when picked, is kept alone. A question left with no valid choice is absent.
 *
 * @example
 * effectiveAnswers(quiz, { appareils: ['aucun'], 'appli-smartphone': ['oui'], nope: ['x'] });
 * // { appareils: ['aucun'] }: the smartphone question is hidden, "nope" is no question
 */
export function effectiveAnswers(definition: QuestionList, answers: QuizAnswers): QuizAnswers {
  return walk(definition, answers).effective;
}

/**
 * The questions shown for these answers, in order (see `isVisible` and `effectiveAnswers`).
 *
 * @example
 * visibleQuestions(quiz, {}).length; // questions asked to someone who has answered nothing yet
 */
export function visibleQuestions(definition: QuestionList, answers: QuizAnswers): Question[] {
  return walk(definition, answers).visible;
}

/** One pass in question order: each question judged on the effective answers of the ones before it. */
function walk(
  definition: QuestionList,
  answers: QuizAnswers,
): { visible: Question[]; effective: Record<string, readonly string[]> } {
  const visible: Question[] = [];
  const effective: Record<string, readonly string[]> = {};
  for (const question of definition.questions) {
    if (!isVisible(question.visibleIf, effective)) continue;
    visible.push(question);
    const picked = validChoices(question, answerTo(answers, question.id) ?? []);
    if (picked.length > 0) effective[question.id] = picked;
  }
  return { visible, effective };
}

function validChoices(question: Question, ids: readonly string[]): string[] {
  const picked = question.choices.filter((choice) => ids.includes(choice.id));
  if (!question.multiple) {
    // The first valid id given, not the first choice of the question.
    const first = ids.find((id) => picked.some((choice) => choice.id === id));
    return first === undefined ? [] : [first];
  }
  const dontKnow = picked.find((choice) => choice.dontKnow === true);
  return dontKnow ? [dontKnow.id] : picked.map((choice) => choice.id);
}
