import type { Commune } from '@inclusion-widgets/core';
import { InclusionEvent } from '@inclusion-widgets/ui';

/**
 * Where to look for places: a commune picked in the list, or a point (the citizen's position from
 * "Autour de moi", or a point set by the finder, with an optional label to show in the field).
 */
export type SearchLocation =
  | { readonly kind: 'commune'; readonly commune: Commune }
  | { readonly kind: 'point'; readonly lon: number; readonly lat: number; readonly label?: string };

/**
 * Fired by `<inclusion-location-search>` when the citizen picks a commune, gets their position with
 * "Autour de moi", or changes the distance; never when code sets a property.
 *
 * @example
 * search.addEventListener('inclusion-location-change', ({ location, radiusKm }) => {
 *   if (location?.kind === 'commune') searchNear(location.commune.code, radiusKm);
 * });
 */
export class InclusionLocationChangeEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-location-change';

  /** The location now chosen (the element's `value`); `undefined` when none is chosen yet. */
  readonly location: SearchLocation | undefined;

  /** The distance now chosen, in kilometres (the element's `radiusKm`). */
  readonly radiusKm: number;

  constructor(location: SearchLocation | undefined, radiusKm: number) {
    super(InclusionLocationChangeEvent.eventName);
    this.location = location;
    this.radiusKm = radiusKm;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-location-change': InclusionLocationChangeEvent;
  }
}
