import { InclusionEvent } from '@inclusion-widgets/ui';

/**
 * Fired by `<inclusion-venue-details>` when the citizen asks to go back to the list. The finder then closes
 * the details and gives the focus back to the place's item in the list, where the list was scrolled.
 *
 * @example
 * details.addEventListener('inclusion-details-back', () => this.closeDetails());
 */
export class InclusionDetailsBackEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-details-back';

  /** The `id` of the place the details showed. */
  readonly id: string;

  constructor(id: string) {
    super(InclusionDetailsBackEvent.eventName);
    this.id = id;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-details-back': InclusionDetailsBackEvent;
  }
}
