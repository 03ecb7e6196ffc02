import type { HelpLevel, OrientationFilters } from '@inclusion-widgets/core';
import { InclusionEvent } from '@inclusion-widgets/ui';

/**
 * Fired by `<inclusion-orientation>` when the person moves to a question or to the end screen (never when a
 * page sets a property). Carries no answer: where the person is, not what they said.
 *
 * @example
 * orientation.addEventListener('inclusion-orientation-step', ({ step, position, total }) => track(step));
 */
export class InclusionOrientationStepEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-orientation-step';

  /** The orientation's id. */
  readonly orientationId: string;

  /** The question shown, or `null` on the end screen. */
  readonly questionId: string | null;

  /** The id of the question's step (`urgence`, `equipement`…), `null` without one or on the end screen. */
  readonly step: string | null;

  /** The question's position among those asked so far (the end screen: `total + 1`). */
  readonly position: number;

  /** How many questions are asked for the answers so far. */
  readonly total: number;

  constructor(detail: {
    orientationId: string;
    questionId: string | null;
    step: string | null;
    position: number;
    total: number;
  }) {
    super(InclusionOrientationStepEvent.eventName);
    this.orientationId = detail.orientationId;
    this.questionId = detail.questionId;
    this.step = detail.step;
    this.position = detail.position;
    this.total = detail.total;
  }
}

/**
 * Fired by `<inclusion-orientation>` when the person reaches the end screen after answering: the outcome, its
 * level of help and its venue filters. Carries nothing personal.
 *
 * @example
 * orientation.addEventListener('inclusion-orientation-complete', ({ outcome, filters }) => show(outcome, filters));
 */
export class InclusionOrientationCompleteEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-orientation-complete';

  /** The orientation's id. */
  readonly orientationId: string;

  /** The main outcome's id. */
  readonly outcome: string;

  /** Its level of help: 1 urgence numérique, 2 inclusion numérique, 3 montée en compétence. */
  readonly level: HelpLevel;

  /** The venue filters of the main outcome, with the constraints chosen (slugs of the standard by field). */
  readonly filters: OrientationFilters;

  /** The ids of the parallel outcomes that apply (equipment, internet access). */
  readonly parallel: readonly string[];

  /** The search distance chosen, in kilometres, if any. */
  readonly radiusKm: number | undefined;

  /** The national programmes the outcome puts first (not in `filters`: many places do not say theirs). */
  readonly prefer: readonly string[];

  constructor(detail: {
    orientationId: string;
    outcome: string;
    level: HelpLevel;
    filters: OrientationFilters;
    parallel: readonly string[];
    radiusKm: number | undefined;
    prefer: readonly string[];
  }) {
    super(InclusionOrientationCompleteEvent.eventName);
    this.orientationId = detail.orientationId;
    this.outcome = detail.outcome;
    this.level = detail.level;
    this.filters = detail.filters;
    this.parallel = detail.parallel;
    this.radiusKm = detail.radiusKm;
    this.prefer = detail.prefer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-orientation-step': InclusionOrientationStepEvent;
    'inclusion-orientation-complete': InclusionOrientationCompleteEvent;
  }
}
