// Registers <inclusion-configurator>. The one module of the package with side effects; `index.ts` exports the
// class without registering it.
import { define } from '@inclusion-widgets/ui';
import { InclusionConfigurator } from './configurator.js';
import { version } from './version.js';

define('inclusion-configurator', InclusionConfigurator, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-configurator': InclusionConfigurator;
  }
}
