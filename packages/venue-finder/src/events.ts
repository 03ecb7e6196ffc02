import type { SearchParams } from '@inclusion-widgets/core';
import { InclusionEvent } from '@inclusion-widgets/ui';
import type { Filters } from './filters.js';

/**
 * Fired by `<inclusion-venue-finder>` when a search it ran on the citizen's request has answered: a commune
 * or position chosen, a filter or the distance changed (not for "show more").
 *
 * @example
 * finder.addEventListener('inclusion-search', ({ query, count }) => console.log(query.commune, count));
 */
export class InclusionSearchEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-search';

  /** The parameters of the search, as sent to the API (`GET /v1/lieux`). */
  readonly query: SearchParams;

  /** The chosen filters. */
  readonly filters: Filters;

  /** How many places match (at most the API's counting cap). */
  readonly count: number;

  constructor(query: SearchParams, filters: Filters, count: number) {
    super(InclusionSearchEvent.eventName);
    this.query = query;
    this.filters = filters;
    this.count = count;
  }
}

/**
 * Fired by `<inclusion-venue-finder>` when the citizen opens a place from the list or picks it on the map.
 *
 * @example
 * finder.addEventListener('inclusion-venue-select', ({ id }) => analytics('place', id));
 */
export class InclusionVenueSelectEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-venue-select';

  /** The place's `id`. */
  readonly id: string;

  constructor(id: string) {
    super(InclusionVenueSelectEvent.eventName);
    this.id = id;
  }
}

/** Fired once by `<inclusion-venue-finder>` when it first shows something useful (the search, or results). */
export class InclusionReadyEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-ready';

  constructor() {
    super(InclusionReadyEvent.eventName);
  }
}

/** Fired by `<inclusion-venue-finder>` when a request to the API fails (the widget shows a retry). */
export class InclusionErrorEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-error';

  /** The client's error (`NetworkError`, `TimeoutError`, `HttpError`, `InvalidResponseError`…). */
  readonly error: unknown;

  constructor(error: unknown) {
    super(InclusionErrorEvent.eventName);
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-search': InclusionSearchEvent;
    'inclusion-venue-select': InclusionVenueSelectEvent;
    'inclusion-ready': InclusionReadyEvent;
    'inclusion-error': InclusionErrorEvent;
  }
}
