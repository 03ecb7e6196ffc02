// Registers <inclusion-venue-finder> and the search field it renders. The one module of the package with side
// effects, with details/define.ts (the finder imports that one when a place is first opened); `index.ts` exports
// the classes without registering them.
import { define } from '@inclusion-widgets/ui';
import { InclusionLocationSearch } from './location/location-search.js';
import { InclusionVenueFinder } from './venue-finder.js';
import { version } from './version.js';

define('inclusion-location-search', InclusionLocationSearch, version);
define('inclusion-venue-finder', InclusionVenueFinder, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-venue-finder': InclusionVenueFinder;
    'inclusion-location-search': InclusionLocationSearch;
  }
}
