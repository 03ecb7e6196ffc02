import type { WidgetConfiguration } from '@inclusion-widgets/core';
import { InclusionEvent } from '@inclusion-widgets/ui';

/**
 * Fired by `<inclusion-configurator>` when a partner's configuration has been saved on the API. Carries the
 * configuration as the API serves it, never the token.
 *
 * @example
 * configurator.addEventListener('inclusion-configuration-saved', ({ configuration }) => log(configuration.id));
 */
export class InclusionConfigurationSavedEvent extends InclusionEvent {
  /** The event type. */
  static readonly eventName = 'inclusion-configuration-saved';

  /** The configuration saved. */
  readonly configuration: WidgetConfiguration;

  constructor(configuration: WidgetConfiguration) {
    super(InclusionConfigurationSavedEvent.eventName);
    this.configuration = configuration;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-configuration-saved': InclusionConfigurationSavedEvent;
  }
}
