import type { AreaResult, BandId, HelpLevel, QuizResult } from '@inclusion-widgets/core';
import { InclusionEvent } from '@inclusion-widgets/ui';

/** The result of one area, as `inclusion-quiz-complete` gives it. */
export interface QuizCompleteArea {
  /** The area's id in the definition. */
  readonly id: string;
  /** The area of the framework it belongs to. */
  readonly framework: AreaResult['framework'];
  /** Mastery from 0 to 1, or `null` when no question of the area was answered. */
  readonly mastery: number | null;
  /** The area's band, or `null` when it was not assessed. */
  readonly band: BandId | null;
}

/**
 * Fired by `<inclusion-quiz>` when the person asks for their result, after the review. Carries nothing
 * personal: the quiz, the level of help and the result per area, never the answers.
 *
 * @example
 * quiz.addEventListener('inclusion-quiz-complete', ({ level, services }) => showHelp(level, services));
 */
export class InclusionQuizCompleteEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-quiz-complete';

  /** The quiz's id. */
  readonly quizId: string;

  /** The level of help: 1 urgence numérique, 2 inclusion numérique, 3 montée en compétence. */
  readonly level: HelpLevel;

  /** The result band: `debutant`, `intermediaire` or `autonome`. */
  readonly band: BandId;

  /** The services of the data standard that give this help (to preset the venue finder). */
  readonly services: readonly string[];

  /** The result of each area, in the definition's order. */
  readonly areas: readonly QuizCompleteArea[];

  constructor(result: QuizResult) {
    super(InclusionQuizCompleteEvent.eventName);
    this.quizId = result.quizId;
    this.level = result.level;
    this.band = result.band;
    this.services = [...result.services];
    this.areas = result.areas.map(({ id, framework, mastery, band }) => ({ id, framework, mastery, band }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-quiz-complete': InclusionQuizCompleteEvent;
  }
}
