import type { AttributeIssue } from './attributes.js';

/**
 * Base class of every public event of the widgets.
 *
 * The convention, for every widget:
 * - one `Event` subclass per event type, named `Inclusion<Name>Event`, in the widget's `events.ts`;
 * - the type is `inclusion-<verb-or-noun>`, exposed as the static `eventName`;
 * - payload as typed, read-only instance fields (no `CustomEvent.detail`);
 * - `bubbles` and `composed` by default, so that the host page can listen on the element or any ancestor,
 *   across shadow roots;
 * - declared in `GlobalEventHandlersEventMap`, so that `addEventListener` is typed;
 * - dispatched on user action or after a completed load, never because code set a property.
 *
 * @example
 * export class InclusionVenueSelectEvent extends InclusionEvent {
 *   static readonly eventName = 'inclusion-venue-select';
 *   readonly venueId: string;
 *   constructor(venueId: string) {
 *     super(InclusionVenueSelectEvent.eventName);
 *     this.venueId = venueId;
 *   }
 * }
 * declare global {
 *   interface GlobalEventHandlersEventMap {
 *     'inclusion-venue-select': InclusionVenueSelectEvent;
 *   }
 * }
 */
export class InclusionEvent extends Event {
  /** Creates an event that bubbles and crosses shadow roots unless `init` says otherwise. */
  constructor(type: string, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
  }
}

/**
 * Fired by a widget when one or more of its attributes are invalid and it shows a configuration error in
 * place of its content. Fired once per distinct set of problems.
 *
 * @example
 * document.addEventListener('inclusion-config-error', (event) => {
 *   for (const issue of event.issues) report(issue.attribute, issue.value, issue.reason);
 * });
 */
export class InclusionConfigErrorEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-config-error';

  /** Every invalid attribute, with its raw value and a localized, plain-language reason. */
  readonly issues: readonly AttributeIssue[];

  constructor(issues: readonly AttributeIssue[]) {
    super(InclusionConfigErrorEvent.eventName);
    this.issues = issues;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-config-error': InclusionConfigErrorEvent;
  }
}
