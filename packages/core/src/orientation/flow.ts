/**
 * The flow of an orientation: who answers, which question comes next, which questions a quiz result answers,
 * and where the answers land (the main outcome, the parallel ones, and the venue filters). Pure functions over
 * a parsed definition, shared by `<inclusion-orientation>` and the tests that walk every path of a flow.
 *
 * @module
 */

// Types only: walking a parsed definition needs no schema code in the bundle.
import type {
  OrientationChoice,
  OrientationDefinition,
  OrientationQuestion,
  Outcome,
  OutcomeFilterField,
  Step,
} from '../schemas/content.js';
import { effectiveAnswers, isVisible, visibleQuestions, type QuizAnswers } from '../quiz/visibility.js';
import type { QuizSummary } from './quiz-summary.js';

export type { QuizSummary, QuizSummaryArea } from './quiz-summary.js';

/** A person's answers to an orientation: for each answered question id, the ids of the chosen choices. */
export type OrientationAnswers = QuizAnswers;

/** Venue filters: for each field of the standard, the slugs wanted (any of them); no empty list. */
export type OrientationFilters = Readonly<Partial<Record<OutcomeFilterField, readonly string[]>>>;

/** Where an orientation lands. */
export interface OrientationResult {
  /** The main outcome: the first whose `when` holds, else the last main one. */
  readonly outcome: Outcome;
  /** Its venue filters, with the constraints chosen (a constraint's field replaces the outcome's). */
  readonly filters: OrientationFilters;
  /** The parallel outcomes that apply (equipment, internet access), each with its filters. */
  readonly parallel: readonly { readonly outcome: Outcome; readonly filters: OrientationFilters }[];
  /** The search distance chosen, in kilometres, if any. */
  readonly radiusKm: number | undefined;
  /** The national programmes the main outcome puts first (`prefer`), to narrow the places to on request. */
  readonly prefer: readonly string[];
}

/**
 * Whether the person answering helps someone else: always in professional mode, else when the audience
 * question has its "helping" choice.
 *
 * @example
 * isHelping(orientation, { qui: ['une-personne'] }); // true
 */
export function isHelping(
  definition: OrientationDefinition,
  answers: OrientationAnswers,
  professional = false,
): boolean {
  if (professional) return true;
  const audience = definition.audience;
  return audience ? (answers[audience.question]?.includes(audience.helping) ?? false) : false;
}

/**
 * The texts of a question for the person answering: the `helping` ones for someone who helps another person,
 * and the `short` wording in professional mode.
 *
 * @example
 * questionTexts(question, true, false).text; // 'La personne a-t-elle une démarche à faire bientôt ?'
 */
export function questionTexts(
  question: OrientationQuestion,
  helping: boolean,
  professional = false,
): { readonly text: string; readonly help: string | undefined } {
  const text = helping ? (question.helping?.text ?? question.text) : question.text;
  const help = helping ? (question.helping?.help ?? question.help) : question.help;
  return { text: professional ? (question.short ?? text) : text, help };
}

/** The text of a choice for the person answering (its `helping` text for someone who helps another). */
export function choiceText(choice: OrientationChoice, helping: boolean): string {
  return helping ? (choice.helping ?? choice.text) : choice.text;
}

/** The title, text and "why" of an outcome for the person answering. */
export function outcomeTexts(
  outcome: Outcome,
  helping: boolean,
): { readonly title: string; readonly text: string; readonly why: string | undefined } {
  const other = helping ? outcome.helping : undefined;
  return {
    title: other?.title ?? outcome.title,
    text: other?.text ?? outcome.text,
    why: other?.why ?? outcome.why,
  };
}

/**
 * The answers a quiz result gives to the skills questions (`fromQuiz`): for each, the choice of the band of its
 * framework area when the quiz assessed it, else of the overall band.
 *
 * @example
 * answersFromQuiz(orientation, { band: 'debutant', areas: [] }); // { 'aise-appareil': ['debut'], … }
 */
export function answersFromQuiz(
  definition: OrientationDefinition,
  summary: QuizSummary,
): Record<string, readonly string[]> {
  const answers: Record<string, readonly string[]> = {};
  for (const question of definition.questions) {
    if (!question.fromQuiz) continue;
    const framework = question.fromQuiz.framework;
    const area = framework
      ? summary.areas.find((item) => item.framework === framework && item.band !== null)
      : undefined;
    const band = area?.band ?? summary.band;
    const choice = question.choices.find((item) => item.band === band);
    if (choice) answers[question.id] = [choice.id];
  }
  return answers;
}

/**
 * The next question to ask: the first question shown for these answers after `after` (from the start without
 * it), leaving out those in `skip` (answered by a quiz result, or the audience in professional mode).
 *
 * @example
 * nextOrientationQuestion(orientation, answers, { after: 'demarche-urgente' })?.id; // 'demarche-seul'
 */
export function nextOrientationQuestion(
  definition: OrientationDefinition,
  answers: OrientationAnswers,
  options: { readonly after?: string | undefined; readonly skip?: ReadonlySet<string> } = {},
): OrientationQuestion | undefined {
  const visible = visibleQuestions(definition, answers) as OrientationQuestion[];
  const from = options.after === undefined ? 0 : visible.findIndex((item) => item.id === options.after) + 1;
  if (options.after !== undefined && from === 0) return undefined;
  return visible.slice(from).find((question) => !options.skip?.has(question.id));
}

/**
 * Where a question stands among those asked (shown for these answers, not in `skip`): its position, the total
 * so far, and its step with the step's position among the steps of the questions asked.
 *
 * @example
 * orientationProgress(orientation, answers, 'internet'); // { position: 5, total: 11, step, stepPosition: 3, stepTotal: 5 }
 */
export function orientationProgress(
  definition: OrientationDefinition,
  answers: OrientationAnswers,
  questionId: string,
  skip: ReadonlySet<string> = new Set(),
): { position: number; total: number; step: Step | undefined; stepPosition: number; stepTotal: number } {
  const asked = (visibleQuestions(definition, answers) as OrientationQuestion[]).filter(
    (question) => !skip.has(question.id) || question.id === questionId,
  );
  const index = asked.findIndex((question) => question.id === questionId);
  const stepIds = [...new Set(asked.flatMap((question) => (question.step ? [question.step] : [])))];
  const stepId = asked[index]?.step;
  return {
    position: index + 1,
    total: asked.length,
    step: definition.steps.find((step) => step.id === stepId),
    stepPosition: stepId ? stepIds.indexOf(stepId) + 1 : 0,
    stepTotal: stepIds.length,
  };
}

/**
 * Where the answers land: the main outcome (the first whose `when` holds; the last main one has none), the
 * parallel outcomes whose `when` holds, and for each the venue filters, with the constraints the person chose
 * (the `filters` of chosen choices, combined; a field they set replaces the outcome's) and the distance.
 *
 * @example
 * const { outcome, filters, parallel } = chooseOutcome(orientation, answers);
 * outcome.level; // 1
 * filters.dispositif_programmes_nationaux; // ['france-services', 'aidants-connect']
 */
export function chooseOutcome(
  definition: OrientationDefinition,
  answers: OrientationAnswers,
): OrientationResult {
  const effective = effectiveAnswers(definition, answers);
  const main = definition.outcomes.filter((outcome) => !outcome.parallel);
  const outcome = main.find((item) => isVisible(item.when, effective)) ?? main[main.length - 1];
  if (!outcome) throw new TypeError(`orientation ${definition.id} has no main outcome`);
  const constraints: Partial<Record<OutcomeFilterField, string[]>> = {};
  let radiusKm: number | undefined;
  for (const question of visibleQuestions(definition, effective) as OrientationQuestion[]) {
    for (const choice of question.choices) {
      if (!effective[question.id]?.includes(choice.id)) continue;
      if (choice.radiusKm !== undefined) radiusKm = choice.radiusKm;
      for (const [field, slugs] of Object.entries(choice.filters ?? {}) as [OutcomeFilterField, string[]][]) {
        constraints[field] = [...new Set([...(constraints[field] ?? []), ...slugs])];
      }
    }
  }
  const filtersOf = (item: Outcome): OrientationFilters => {
    const merged: Partial<Record<OutcomeFilterField, readonly string[]>> = {};
    for (const [field, slugs] of Object.entries({ ...item.filters, ...constraints }) as [
      OutcomeFilterField,
      readonly string[] | undefined,
    ][]) {
      if (slugs && slugs.length > 0) merged[field] = [...slugs];
    }
    return merged;
  };
  return {
    outcome,
    filters: filtersOf(outcome),
    parallel: definition.outcomes
      .filter((item) => item.parallel && isVisible(item.when, effective))
      .map((item) => ({ outcome: item, filters: filtersOf(item) })),
    radiusKm,
    prefer: outcome.prefer?.dispositif_programmes_nationaux ?? [],
  };
}
