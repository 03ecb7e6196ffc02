import { InclusionEvent } from '@inclusion-widgets/ui';

/**
 * Fired by `<inclusion-map>` when the citizen activates a place's marker (click, Enter or Space); never when
 * code sets `selected`. The venue finder answers by selecting the place (and firing its own public
 * `inclusion-venue-select`).
 *
 * @example
 * map.addEventListener('inclusion-map-select', (event) => {
 *   map.selected = places.find((place) => place.id === event.id);
 * });
 */
export class InclusionMapSelectEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-map-select';

  /** The id of the place whose marker was activated. */
  readonly id: string;

  constructor(id: string) {
    super(InclusionMapSelectEvent.eventName);
    this.id = id;
  }
}

/**
 * Fired by `<inclusion-map>` each time the places of the visible area have loaded and are drawn (after the
 * first view, and after each move once the map rests).
 *
 * @example
 * map.addEventListener('inclusion-map-load', (event) => {
 *   status.textContent = `${event.total} places on the map`;
 * });
 */
export class InclusionMapLoadEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-map-load';

  /** How many places match in the visible area (each cluster counts its places). */
  readonly total: number;

  constructor(total: number) {
    super(InclusionMapLoadEvent.eventName);
    this.total = total;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-map-select': InclusionMapSelectEvent;
    'inclusion-map-load': InclusionMapLoadEvent;
  }
}
