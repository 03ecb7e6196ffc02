/**
 * Scoring of a quiz: from a definition and a person's answers to a result per skill area, a band, a level of
 * help and the services of the standard that give it. Pure and synchronous; the rules in plain words are in
 * `docs/content.md`.
 *
 * @module
 */

// Types only: scoring a parsed definition needs no schema code in the bundle.
import type {
  Area,
  Band,
  BandId,
  FrameworkArea,
  HelpLevel,
  Question,
  QuizDefinition,
} from '../schemas/content.js';
import { effectiveAnswers, visibleQuestions, type QuizAnswers } from './visibility.js';

/**
 * Mastery is compared with the band thresholds with this tolerance, so that sums of fractions such as
 * 0.1 + 0.2 land in the band their exact value belongs to.
 */
const epsilon = 1e-9;

/** A self-rating counts as failed (for the essential gate) below this score: "I can't" and "with help". */
const selfRatingPass = 2;

/** How one answered question scores. */
export interface QuestionCredit {
  /** The credit, 0–1: the share of the question the person knows or masters. */
  readonly credit: number;
  /** Whether the person picked the "I don't know" choice. */
  readonly dontKnow: boolean;
  /** Whether this answer fails the question, for the essential gate. */
  readonly failed: boolean;
}

/** The result of one skill area. */
export interface AreaResult {
  /** The area's id in the definition. */
  readonly id: string;
  /** The area of the framework it belongs to. */
  readonly framework: FrameworkArea;
  /** The area's title. */
  readonly title: string;
  /** Mastery 0–1, or `null` when no question of the area was answered (skipped, or hidden). */
  readonly mastery: number | null;
  /** The band of this area (capped when one of its essential questions failed), or `null` with no mastery. */
  readonly band: BandId | null;
  /** "What you already know": the area's `known` text when its band is above `debutant`, else `null`. */
  readonly known: string | null;
  /** "What you can learn next": the area's `next` text unless its band is `autonome`, else `null`. */
  readonly next: string | null;
}

/** The result of a quiz. */
export interface QuizResult {
  /** The quiz's id. */
  readonly quizId: string;
  /** Overall mastery 0–1: every counted answer with its weight; 0 when nothing was answered. */
  readonly mastery: number;
  /** The band: that of the mastery, capped by `scoring.essentialCap` when an essential question failed. */
  readonly band: BandId;
  /** Whether the essential gate lowered the band. */
  readonly capped: boolean;
  /** The band's level of help (1 urgence numérique, 2 inclusion numérique, 3 montée en compétence). */
  readonly level: HelpLevel;
  /** The band's title. */
  readonly title: string;
  /** The band's result sentence. */
  readonly text: string;
  /** The band's services of the standard, to preset the venue finder. */
  readonly services: Band['services'];
  /** One result per area, in the definition's order (every area, answered or not). */
  readonly areas: readonly AreaResult[];
  /** Ids of the areas in the `debutant` band, weakest first (for anonymous statistics). */
  readonly weakAreas: readonly string[];
  /** Ids of the essential questions shown and failed (or left unanswered), in question order. */
  readonly failedEssentials: readonly string[];
  /** How many knowledge and self-rating questions were answered and counted. */
  readonly answered: number;
  /** How many of them were answered "I don't know". */
  readonly dontKnow: number;
}

/**
 * How an answer to a knowledge or self-rating question scores; `undefined` for a profile question or no valid
 * answer. Knowledge, single choice: 1 when the choice is correct, else 0. Knowledge, multiple choice: right
 * picks minus wrong picks, floored at 0, over the number of right choices. "I don't know": 0. Self-rating:
 * score / 3. Give it the effective answer of the question (see `effectiveAnswers`).
 *
 * @example
 * questionCredit(motDePasse, ['mots']); // { credit: 1, dontKnow: false, failed: false }
 */
export function questionCredit(
  question: Question,
  choiceIds: readonly string[] | undefined,
): QuestionCredit | undefined {
  if (question.kind === 'profile' || !choiceIds) return undefined;
  const picked = question.choices.filter((choice) => choiceIds.includes(choice.id));
  if (picked.length === 0) return undefined;
  if (question.kind === 'self-rating') {
    const score = picked[0]?.score ?? 0;
    return { credit: score / 3, dontKnow: false, failed: score < selfRatingPass };
  }
  if (picked.some((choice) => choice.dontKnow === true)) return { credit: 0, dontKnow: true, failed: true };
  const right = question.choices.filter((choice) => choice.correct === true).length;
  const rightPicks = picked.filter((choice) => choice.correct === true).length;
  const credit =
    question.multiple && right > 0
      ? Math.max(0, rightPicks - (picked.length - rightPicks)) / right
      : rightPicks > 0
        ? 1
        : 0;
  return { credit, dontKnow: false, failed: credit < 1 };
}

/**
 * The band of a mastery: the last band whose `from` it reaches (thresholds are inclusive).
 *
 * @example
 * bandFor(quiz.scoring.bands, 0.75).id; // 'autonome' when autonome starts from 0.75
 */
export function bandFor(bands: readonly Band[], mastery: number): Band {
  let found = bands[0];
  for (const band of bands) if (mastery + epsilon >= band.from) found = band;
  if (!found) throw new RangeError('a quiz needs its bands');
  return found;
}

/**
 * Scores a person's answers. Only questions shown count (see `visibleQuestions`); invalid choice ids are
 * ignored; a skipped question counts for nothing, except an essential one, which counts as failed.
 * Each knowledge or self-rating answer brings its credit (see `questionCredit`) times its kind's weight; an
 * area's mastery is the weighted mean of its answers, the overall mastery that of all answers. An area, or
 * the whole quiz, in which an essential question failed is capped at `scoring.essentialCap`.
 *
 * @example
 * const result = scoreQuiz(quiz, { appareils: ['smartphone'], 'mot-de-passe': ['mots'] });
 * result.band;     // 'intermediaire'
 * result.level;    // 2
 * result.services; // ['maitrise-des-outils-numeriques-du-quotidien', …]
 */
export function scoreQuiz(definition: QuizDefinition, answers: QuizAnswers): QuizResult {
  const { scoring } = definition;
  const effective = effectiveAnswers(definition, answers);
  const totals = new Map<string, { earned: number; weight: number; failed: boolean }>();
  const overall = { earned: 0, weight: 0 };
  const failedEssentials: string[] = [];
  let answered = 0;
  let dontKnow = 0;

  for (const question of visibleQuestions(definition, answers)) {
    if (question.kind === 'profile' || question.area === undefined) continue;
    const answer = questionCredit(
      question,
      Object.hasOwn(effective, question.id) ? effective[question.id] : [],
    );
    const area = totals.get(question.area) ?? { earned: 0, weight: 0, failed: false };
    totals.set(question.area, area);
    if (question.essential && (answer?.failed ?? true)) {
      failedEssentials.push(question.id);
      area.failed = true;
    }
    if (!answer) continue;
    const weight = scoring.weights[question.kind];
    area.earned += answer.credit * weight;
    area.weight += weight;
    overall.earned += answer.credit * weight;
    overall.weight += weight;
    answered += 1;
    if (answer.dontKnow) dontKnow += 1;
  }

  // The bands are in order (the schema checks it): a band's index is its rank.
  const rank = (id: BandId) => scoring.bands.findIndex((band) => band.id === id);
  const cap = rank(scoring.essentialCap);
  const capped = (mastery: number, failed: boolean): Band => {
    const band = bandFor(scoring.bands, mastery);
    const ceiling = scoring.bands[cap];
    return failed && ceiling && rank(band.id) > cap ? ceiling : band;
  };

  const areas = definition.areas.map((area): AreaResult => {
    const total = totals.get(area.id);
    const mastery = total && total.weight > 0 ? ratio(total.earned, total.weight) : null;
    return areaResult(area, mastery, mastery === null ? null : capped(mastery, total?.failed ?? false).id);
  });

  const mastery = overall.weight > 0 ? ratio(overall.earned, overall.weight) : 0;
  const uncapped = bandFor(scoring.bands, mastery);
  const band = capped(mastery, failedEssentials.length > 0);
  return {
    quizId: definition.id,
    mastery,
    band: band.id,
    capped: band.id !== uncapped.id,
    level: band.level,
    title: band.title,
    text: band.text,
    services: band.services,
    areas,
    weakAreas: areas
      .filter((area) => area.band === 'debutant')
      .sort((a, b) => (a.mastery ?? 0) - (b.mastery ?? 0))
      .map((area) => area.id),
    failedEssentials,
    answered,
    dontKnow,
  };
}

function areaResult(area: Area, mastery: number | null, band: BandId | null): AreaResult {
  return {
    id: area.id,
    framework: area.framework,
    title: area.title,
    mastery,
    band,
    known: band === 'intermediaire' || band === 'autonome' ? area.known : null,
    next: band === 'autonome' ? null : area.next,
  };
}

/** A share clamped to 0–1, against rounding. */
function ratio(earned: number, weight: number): number {
  return Math.min(1, Math.max(0, earned / weight));
}
