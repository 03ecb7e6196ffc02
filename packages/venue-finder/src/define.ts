// Registers <inclusion-venue-finder> and the elements it renders. The one module of the package with side
// effects; `index.ts` exports the classes without registering them.
import { define } from '@inclusion-widgets/ui';
import { InclusionVenueDetails } from './details/venue-details.js';
import { InclusionLocationSearch } from './location/location-search.js';
import { InclusionVenueFinder } from './venue-finder.js';
import { version } from './version.js';

define('inclusion-location-search', InclusionLocationSearch, version);
define('inclusion-venue-details', InclusionVenueDetails, version);
define('inclusion-venue-finder', InclusionVenueFinder, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-venue-finder': InclusionVenueFinder;
    'inclusion-location-search': InclusionLocationSearch;
    'inclusion-venue-details': InclusionVenueDetails;
  }
}
