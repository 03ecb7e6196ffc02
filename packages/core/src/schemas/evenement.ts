/**
 * Anonymous usage events that widgets send to `POST /v1/evenements` when a partner turns statistics on, and the
 * weekly aggregates a partner reads back from `GET /v1/statistiques`. An event carries no identifier of a person,
 * no free text and no time: the API only adds one to a weekly counter.
 *
 * @module
 */

import * as z from 'zod/mini';
import { isoDateSchema } from './common.js';
import { contentIdSchema, helpLevels } from './content.js';

/** The widgets that send events. */
export const widgetNames = ['venue-finder', 'quiz', 'orientation'] as const;

/** A widget that sends events. */
export type WidgetName = (typeof widgetNames)[number];

/** The kinds of event. */
export const evenementTypes = [
  'widget-affiche',
  'quiz-termine',
  'orientation-resultat',
  'lieu-consulte',
] as const;

/** A kind of event. */
export type EvenementType = (typeof evenementTypes)[number];

/** Bounds of an events batch, shared by the widgets and the API. */
export const evenementLimits = {
  /** Events per request. */
  batch: 50,
  /** Weakest areas reported for one completed quiz. */
  domaines: 20,
  /** Length of a place id. */
  lieu: 200,
} as const;

/** A partner id, given by the API operator: lowercase kebab-case, 2 to 64 characters. */
export const partenaireIdSchema = z
  .string('partenaire must be a text')
  .check(
    z.regex(
      /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
      'partenaire must be the partner id given by the API operator (a-z, 0-9 and -, up to 64 characters)',
    ),
  );

const widget = z.enum(widgetNames, { error: `widget must be one of ${widgetNames.join(', ')}` });
const helpLevel = z.literal(helpLevels, 'niveau must be 1, 2 or 3');

/** The widget was shown on a page. */
const widgetAffiche = z.strictObject({ type: z.literal('widget-affiche'), widget });

/** A quiz was completed: which quiz, the level of help it suggests, and the weakest skill areas. */
const quizTermine = z.strictObject({
  type: z.literal('quiz-termine'),
  widget,
  quiz: contentIdSchema,
  niveau: helpLevel,
  domaines_faibles: z._default(
    z
      .array(contentIdSchema, 'domaines_faibles must be an array of area ids')
      .check(
        z.maxLength(
          evenementLimits.domaines,
          `domaines_faibles must have at most ${evenementLimits.domaines} areas`,
        ),
      ),
    [],
  ),
});

/** An orientation reached an outcome, with its level of help. */
const orientationResultat = z.strictObject({
  type: z.literal('orientation-resultat'),
  widget,
  orientation: contentIdSchema,
  resultat: contentIdSchema,
  niveau: helpLevel,
});

/** A place's details were opened. */
const lieuConsulte = z.strictObject({
  type: z.literal('lieu-consulte'),
  widget,
  lieu: z
    .string('lieu must be a place id')
    .check(
      z.minLength(1, 'lieu must not be empty'),
      z.maxLength(evenementLimits.lieu, `lieu must be at most ${evenementLimits.lieu} characters`),
    ),
});

/**
 * One anonymous event. `type` says which kind; unknown keys are refused, so that nothing personal can slip in.
 *
 * @example
 * evenementSchema.parse({ type: 'quiz-termine', widget: 'quiz', quiz: 'quiz-exemple', niveau: 2,
 *   domaines_faibles: ['securite'] });
 */
export const evenementSchema = z.discriminatedUnion(
  'type',
  [widgetAffiche, quizTermine, orientationResultat, lieuConsulte],
  { error: `type must be one of ${evenementTypes.join(', ')}` },
);

/** An event, as parsed. */
export type Evenement = z.infer<typeof evenementSchema>;

/**
 * The body of `POST /v1/evenements`: the partner's id and 1 to 50 events.
 *
 * @example
 * evenementsBatchSchema.parse({ partenaire: 'mairie-exemple', evenements: [{ type: 'widget-affiche', widget: 'quiz' }] });
 */
export const evenementsBatchSchema = z.strictObject({
  partenaire: partenaireIdSchema,
  evenements: z
    .array(evenementSchema, 'evenements must be an array of events')
    .check(
      z.minLength(1, 'evenements must not be empty'),
      z.maxLength(
        evenementLimits.batch,
        `evenements must have at most ${evenementLimits.batch} events per request`,
      ),
    ),
});

/** A batch of events, as parsed. */
export type EvenementsBatch = z.infer<typeof evenementsBatchSchema>;

const isoDate = isoDateSchema('must be a YYYY-MM-DD date');
const count = z.int('nombre must be an integer').check(z.gte(0, 'nombre must be ≥ 0'));

/**
 * One weekly counter of `GET /v1/statistiques`: how many events of a kind a widget sent in the ISO week starting
 * on `semaine` (a Monday, UTC), and the same count split by each dimension of the event (`niveau`, `quiz`,
 * `domaine_faible`, `orientation`, `resultat`, `lieu`).
 */
export const statistiqueSchema = z.object({
  semaine: isoDate,
  widget,
  evenement: z.enum(evenementTypes, { error: `evenement must be one of ${evenementTypes.join(', ')}` }),
  nombre: count,
  details: z.record(z.string(), z.record(z.string(), count)),
});

/** One weekly counter. */
export type Statistique = z.infer<typeof statistiqueSchema>;

/** The body of `GET /v1/statistiques`: a partner's weekly counters since a date, oldest week first. */
export const statistiquesSchema = z.object({
  partenaire: partenaireIdSchema,
  depuis: isoDate,
  items: z.array(statistiqueSchema, 'items must be an array'),
});

/** The body of `GET /v1/statistiques`, as parsed. */
export type Statistiques = z.infer<typeof statistiquesSchema>;
