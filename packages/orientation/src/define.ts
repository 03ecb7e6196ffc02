// Registers <inclusion-orientation>. The one module of the package with side effects; `index.ts` exports the
// class without registering it.
import { define } from '@inclusion-widgets/ui';
import { InclusionOrientation } from './orientation.js';
import { version } from './version.js';

define('inclusion-orientation', InclusionOrientation, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-orientation': InclusionOrientation;
  }
}
