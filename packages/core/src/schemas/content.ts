/**
 * Quiz and orientation definitions. A definition is a JSON document with an `id`, a `version`, a `locale`, a
 * `title`, and questions; a quiz adds skill areas and its scoring, an orientation its steps and outcomes.
 * References between parts (conditions, areas, steps, choices) are checked by the schemas themselves, so a
 * parsed definition is usable as it is. The format is described for authors in `docs/content.md`.
 *
 * @module
 */

import * as z from 'zod/mini';
import { locales } from '../i18n/locale.js';
import { slugSchema } from './common.js';
import { orientationReferenceProblems, quizReferenceProblems } from './content-references.js';
import { toProblems, type ValidationProblem, type ValidationResult } from './issues.js';

/** The kinds of question: about the person, testing knowledge, or asking how at ease they feel. */
export const questionKinds = ['profile', 'knowledge', 'self-rating'] as const;

/** A kind of question. */
export type QuestionKind = (typeof questionKinds)[number];

/** The three levels of help of the national strategy: 1 urgence, 2 inclusion, 3 montée en compétence. */
export const helpLevels = [1, 2, 3] as const;

/** A level of help. */
export type HelpLevel = (typeof helpLevels)[number];

/** An identifier inside a definition: lowercase kebab-case. */
export const contentIdSchema = z
  .string('must be an identifier')
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase kebab-case identifier (a-z, 0-9, -)'));

const text = z.string('must be a text').check(z.refine((value) => value.trim() !== '', 'must not be empty'));

const nonEmptyArray = <T extends z.ZodMiniType>(item: T, what: string) =>
  z.array(item, `${what} must be an array`).check(z.minLength(1, `${what} must not be empty`));

/**
 * A possible answer. `correct` marks right answers of knowledge questions, `dontKnow` their "I don't know"
 * choice (scored as not known, and counted apart as an honest answer); `score` rates the 4 steps of a
 * self-rating: 0 I can't, 1 with help, 2 on my own, 3 I could help someone.
 */
export const choiceSchema = z.object({
  id: contentIdSchema,
  text,
  correct: z.optional(z.boolean('correct must be true or false')),
  dontKnow: z.optional(z.boolean('dontKnow must be true or false')),
  score: z.optional(
    z
      .int('score must be an integer')
      .check(z.gte(0, 'score must be 0 to 3'), z.lte(3, 'score must be 0 to 3')),
  ),
});

/** A possible answer. */
export type Choice = z.infer<typeof choiceSchema>;

/**
 * A condition on an earlier answer: `equals` a choice (single-choice question) or `includes` a choice
 * (multiple-choice question).
 */
export const conditionSchema = z.union(
  [
    z.strictObject({ question: contentIdSchema, equals: contentIdSchema }),
    z.strictObject({ question: contentIdSchema, includes: contentIdSchema }),
  ],
  { error: 'a condition is { "question", "equals" } or { "question", "includes" }' },
);

/** A condition on an earlier answer. */
export type Condition = z.infer<typeof conditionSchema>;

/** When a question is shown (or an outcome applies): `all` must hold, at least one of `any`, none of `none`. */
export const visibilitySchema = z
  .strictObject({
    all: z.optional(nonEmptyArray(conditionSchema, 'all')),
    any: z.optional(nonEmptyArray(conditionSchema, 'any')),
    none: z.optional(nonEmptyArray(conditionSchema, 'none')),
  })
  .check(
    z.refine(
      (rule) => rule.all !== undefined || rule.any !== undefined || rule.none !== undefined,
      'needs at least one of all, any, none',
    ),
  );

/** When a question is shown or an outcome applies. */
export type Visibility = z.infer<typeof visibilitySchema>;

/**
 * Whether an image address is usable: an absolute http(s) URL, or a relative path (resolved against the address
 * the definition was loaded from). Other schemes (`javascript:`, `data:`, `file:`…) are refused.
 */
function isImageSource(value: string): boolean {
  if (value.trim() === '' || /\s/.test(value)) return false;
  if (!/^[a-z][a-z\d+.-]*:/i.test(value)) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * An image shown with a question. `alt` is required and must say what the image shows, because a question may
 * depend on it and many people hear the quiz through a screen reader.
 */
export const imageSchema = z.strictObject({
  src: z
    .string('image src must be a text')
    .check(z.refine(isImageSource, 'image src must be an http(s) URL or a relative path, without spaces')),
  alt: z
    .string('image alt is required: say in a few words what the image shows')
    .check(
      z.refine(
        (value) => value.trim() !== '',
        'image alt must not be empty: say in a few words what the image shows',
      ),
    ),
});

/** An image of a question. */
export type QuestionImage = z.infer<typeof imageSchema>;

/**
 * A question, one per screen. `multiple` allows several choices. `essential` questions must be answered (the
 * others can be skipped); in a quiz, failing one also caps the result (see `scoringSchema`). `area` (quiz) is
 * the skill area it counts for; `step` (orientation) its step.
 */
export const questionSchema = z.object({
  id: contentIdSchema,
  kind: z.enum(questionKinds, { error: 'kind must be "profile", "knowledge" or "self-rating"' }),
  text,
  help: z.optional(text),
  image: z.optional(imageSchema),
  multiple: z._default(z.boolean('multiple must be true or false'), false),
  choices: z
    .array(choiceSchema, 'choices must be an array')
    .check(z.minLength(2, 'needs at least 2 choices')),
  visibleIf: z.optional(visibilitySchema),
  essential: z._default(z.boolean('essential must be true or false'), false),
  area: z.optional(contentIdSchema),
  step: z.optional(contentIdSchema),
});

/** A question. */
export type Question = z.infer<typeof questionSchema>;

const definitionBase = {
  id: contentIdSchema,
  version: z.int('version must be an integer').check(z.gte(1, 'version must be ≥ 1')),
  locale: z.enum(locales, { error: `locale must be one of ${locales.join(', ')}` }),
  title: text,
  description: z.optional(text),
};

/**
 * The five areas of the French digital-competence framework (CRCN, the framework Pix certifies), plus online
 * procedures, the first need the national strategy for digital inclusion names.
 */
export const frameworkAreas = [
  'informations-donnees',
  'communication-collaboration',
  'creation-contenu',
  'protection-securite',
  'environnement-numerique',
  'demarches-en-ligne',
] as const;

/** An area of the framework. */
export type FrameworkArea = (typeof frameworkAreas)[number];

/**
 * A skill area of a quiz, with its own result: the area of the framework it belongs to, what the person
 * already knows when they do well in it (`known`), and what they can learn next (`next`).
 */
export const areaSchema = z.object({
  id: contentIdSchema,
  framework: z.enum(frameworkAreas, { error: `framework must be one of ${frameworkAreas.join(', ')}` }),
  title: text,
  description: z.optional(text),
  known: text,
  next: text,
});

/** A skill area. */
export type Area = z.infer<typeof areaSchema>;

/** The three result bands of a quiz, from the lowest. */
export const bandIds = ['debutant', 'intermediaire', 'autonome'] as const;

/** A result band. */
export type BandId = (typeof bandIds)[number];

/**
 * A result band: from which mastery (0–1) it starts, the level of help it suggests, the services of the
 * standard that give that help (for the venue finder), and its result sentence.
 */
export const bandSchema = z.strictObject({
  id: z.enum(bandIds, { error: 'id must be "debutant", "intermediaire" or "autonome"' }),
  from: z
    .number('from must be a number from 0 to 1')
    .check(z.gte(0, 'from must be from 0 to 1'), z.lte(1, 'from must be from 0 to 1')),
  level: z.literal(helpLevels, 'level must be 1, 2 or 3'),
  title: text,
  text,
  services: z._default(z.array(slugSchema('services'), 'services must be an array of slugs'), []),
});

/** A result band. */
export type Band = z.infer<typeof bandSchema>;

const weight = (name: string) =>
  z
    .number(`${name} must be a number`)
    .check(z.gt(0, `${name} must be more than 0`), z.lte(10, `${name} must be at most 10`));

/** Default weights: people overestimate themselves, so a self-rating counts half a knowledge answer. */
export const defaultQuizWeights = { knowledge: 1, 'self-rating': 0.5 } as const;

/**
 * How a quiz is scored. `weights` of each kind of question (default: knowledge 1, self-rating 0.5);
 * `essentialCap`, the highest band reachable when an essential question is failed (default `intermediaire`);
 * `bands`, exactly `debutant`, `intermediaire`, `autonome` in this order, the first from 0, each `from`
 * greater than the one before.
 */
export const scoringSchema = z.strictObject({
  weights: z._default(
    z.strictObject({
      knowledge: z._default(weight('weights.knowledge'), defaultQuizWeights.knowledge),
      'self-rating': z._default(weight('weights.self-rating'), defaultQuizWeights['self-rating']),
    }),
    { ...defaultQuizWeights },
  ),
  essentialCap: z._default(
    z.enum(['debutant', 'intermediaire'], { error: 'essentialCap must be "debutant" or "intermediaire"' }),
    'intermediaire',
  ),
  bands: z.array(bandSchema, 'bands must be an array'),
});

/** How a quiz is scored. */
export type Scoring = z.infer<typeof scoringSchema>;

/**
 * A skills quiz: areas, questions that count for an area (knowledge and self-rating) or describe the person
 * (profile), and its scoring. `minutes` is about how long it takes, for the start screen. Reference rules are
 * checked too (see `validateQuizDefinition`).
 *
 * @example
 * const quiz = quizDefinitionSchema.parse(await (await fetch(url)).json());
 */
export const quizDefinitionSchema = z
  .object({
    ...definitionBase,
    minutes: z.optional(
      z
        .int('minutes must be an integer')
        .check(z.gte(1, 'minutes must be 1 to 60'), z.lte(60, 'minutes must be 1 to 60')),
    ),
    areas: nonEmptyArray(areaSchema, 'areas'),
    questions: nonEmptyArray(questionSchema, 'questions'),
    scoring: scoringSchema,
  })
  .check(z.superRefine((quiz, ctx) => addProblems(ctx, quizReferenceProblems(quiz))));

/** A quiz definition, as parsed. */
export type QuizDefinition = z.infer<typeof quizDefinitionSchema>;

/** A quiz definition as written in JSON (defaults such as `multiple: false` may be left out). */
export type QuizDefinitionInput = z.input<typeof quizDefinitionSchema>;

/** A group of questions of an orientation, shown as a step of progress. */
export const stepSchema = z.object({ id: contentIdSchema, title: text });

/** A step of an orientation. */
export type Step = z.infer<typeof stepSchema>;

/** The fields of the standard an orientation can filter venues on, as in a venue search. */
export const outcomeFilterFields = [
  'services',
  'dispositif_programmes_nationaux',
  'modalites_accompagnement',
  'frais_a_charge',
  'prise_en_charge_specifique',
  'publics_specifiquement_adresses',
  'modalites_acces',
] as const;

/** A field of the standard an orientation can filter venues on. */
export type OutcomeFilterField = (typeof outcomeFilterFields)[number];

const filterList = <F extends OutcomeFilterField>(field: F) =>
  z.optional(z.array(slugSchema(field), `${field} must be an array of slugs`));

/** Which venues give the help of an outcome: lists of slugs of the standard, as in a venue search. */
export const outcomeFiltersSchema = z.strictObject({
  services: filterList('services'),
  dispositif_programmes_nationaux: filterList('dispositif_programmes_nationaux'),
  modalites_accompagnement: filterList('modalites_accompagnement'),
  frais_a_charge: filterList('frais_a_charge'),
  prise_en_charge_specifique: filterList('prise_en_charge_specifique'),
  publics_specifiquement_adresses: filterList('publics_specifiquement_adresses'),
  modalites_acces: filterList('modalites_acces'),
});

/** Venue filters of an outcome. */
export type OutcomeFilters = z.infer<typeof outcomeFiltersSchema>;

/** A search distance, in whole kilometres, as the venue finder's `radius-km` (1 to 100). */
const radiusKm = z
  .int('radiusKm must be a whole number of kilometres')
  .check(z.gte(1, 'radiusKm must be 1 to 100'), z.lte(100, 'radiusKm must be 1 to 100'));

/**
 * A possible answer of an orientation question. Besides a quiz choice's fields: `helping`, its text when the
 * person answering helps someone else; `band`, the quiz band it stands for (skills questions a quiz result can
 * answer, see `fromQuiz`); `filters` and `radiusKm`, what choosing it adds to the venue search (constraints).
 */
export const orientationChoiceSchema = z.extend(choiceSchema, {
  helping: z.optional(text),
  band: z.optional(z.enum(bandIds, { error: 'band must be "debutant", "intermediaire" or "autonome"' })),
  filters: z.optional(outcomeFiltersSchema),
  radiusKm: z.optional(radiusKm),
});

/** A possible answer of an orientation question. */
export type OrientationChoice = z.infer<typeof orientationChoiceSchema>;

/**
 * A question of an orientation. Besides a quiz question's fields: `short`, a terse wording for professionals
 * (`mode="professional"`) and for the summary and the orientation sheet; `helping`, its `text` and `help` when
 * the person answering helps someone else ("la personne" rather than "vous"); `fromQuiz`, a skills question that
 * a quiz result answers when there is one (each of its choices stands for one band), from the result of the
 * framework area named, or the overall result.
 */
export const orientationQuestionSchema = z.extend(questionSchema, {
  choices: z
    .array(orientationChoiceSchema, 'choices must be an array')
    .check(z.minLength(2, 'needs at least 2 choices')),
  short: z.optional(text),
  helping: z.optional(z.strictObject({ text: z.optional(text), help: z.optional(text) })),
  fromQuiz: z.optional(
    z.strictObject({
      framework: z.optional(
        z.enum(frameworkAreas, { error: `framework must be one of ${frameworkAreas.join(', ')}` }),
      ),
    }),
  ),
});

/** A question of an orientation. */
export type OrientationQuestion = z.infer<typeof orientationQuestionSchema>;

/**
 * Where an orientation lands: a level of help, a text, why ("You told us…"), and the venue filters for nearby
 * places, with `prefer`, the national programmes to put first (offered as a narrowing, not applied by default:
 * many places do not say their programmes). The first main outcome whose `when` holds applies; the last main outcome has no `when` and applies
 * otherwise. A `parallel` outcome (equipment, internet access) applies besides the main one whenever its `when`
 * holds. `helping` gives the texts for someone who helps another person.
 */
export const outcomeSchema = z.object({
  id: contentIdSchema,
  level: z.literal(helpLevels, 'level must be 1, 2 or 3'),
  title: text,
  text,
  why: z.optional(text),
  helping: z.optional(
    z.strictObject({ title: z.optional(text), text: z.optional(text), why: z.optional(text) }),
  ),
  when: z.optional(visibilitySchema),
  parallel: z._default(z.boolean('parallel must be true or false'), false),
  filters: z._default(outcomeFiltersSchema, {}),
  prefer: z.optional(
    z.strictObject({ dispositif_programmes_nationaux: filterList('dispositif_programmes_nationaux') }),
  ),
});

/** An orientation outcome. */
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * Who answers: the question that asks it, and its choice meaning "I help someone". When that choice is picked,
 * questions, choices and outcomes speak of "la personne" (their `helping` texts); `mode="professional"` picks it
 * without asking.
 */
export const audienceSchema = z.strictObject({ question: contentIdSchema, helping: contentIdSchema });

/** Who answers an orientation. */
export type Audience = z.infer<typeof audienceSchema>;

/**
 * An orientation assistant: who answers (`audience`), optional steps, questions, and outcomes. Reference rules
 * are checked too (see `validateOrientationDefinition`).
 *
 * @example
 * const orientation = orientationDefinitionSchema.parse(json);
 */
export const orientationDefinitionSchema = z
  .object({
    ...definitionBase,
    audience: z.optional(audienceSchema),
    steps: z._default(z.array(stepSchema, 'steps must be an array'), []),
    questions: nonEmptyArray(orientationQuestionSchema, 'questions'),
    outcomes: nonEmptyArray(outcomeSchema, 'outcomes'),
  })
  .check(z.superRefine((orientation, ctx) => addProblems(ctx, orientationReferenceProblems(orientation))));

/** An orientation definition, as parsed. */
export type OrientationDefinition = z.infer<typeof orientationDefinitionSchema>;

/** An orientation definition as written in JSON (defaults may be left out). */
export type OrientationDefinitionInput = z.input<typeof orientationDefinitionSchema>;

/**
 * Validates a quiz definition and returns it parsed, or every problem with its dotted path. Shape problems
 * are reported first (an empty image `alt`, an unknown framework area or service…); reference problems
 * (unknown or later questions in `visibleIf`, unknown choices and areas, duplicate ids, knowledge questions
 * without a correct choice, self-ratings without the 4 scores, bands out of order…) once the shape is valid.
 *
 * @example
 * const result = validateQuizDefinition(json);
 * if (!result.success) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 * // questions.3.visibleIf.all.0.question: "usage" is not an earlier question
 */
export function validateQuizDefinition(input: unknown): ValidationResult<QuizDefinition> {
  return validate(quizDefinitionSchema, input);
}

/**
 * Validates an orientation definition and returns it parsed, or every problem with its dotted path
 * (as `validateQuizDefinition`, plus outcome rules: unknown steps, a last outcome that is not a fallback…).
 *
 * @example
 * const result = validateOrientationDefinition(json);
 * if (!result.success) console.table(result.problems);
 */
export function validateOrientationDefinition(input: unknown): ValidationResult<OrientationDefinition> {
  return validate(orientationDefinitionSchema, input);
}

function validate<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, problems: toProblems(result.error.issues) };
}

function addProblems(ctx: z.core.$RefinementCtx, problems: readonly ValidationProblem[]): void {
  for (const problem of problems) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path.split('.').map(toKey) });
  }
}

function toKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}
