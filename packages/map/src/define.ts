// Registers <inclusion-map>. The one module of the package with side effects; `index.ts` exports the classes
// without registering them.
import { define } from '@inclusion-widgets/ui';
import { InclusionMap } from './map.js';
import { version } from './version.js';

define('inclusion-map', InclusionMap, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
