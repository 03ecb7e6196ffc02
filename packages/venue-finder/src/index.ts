/**
 * @inclusion-widgets/venue-finder: `<inclusion-venue-finder>` and the elements it renders. No side effects:
 * import `@inclusion-widgets/venue-finder/define.js` to register the elements.
 *
 * @module
 */

export { InclusionVenueFinder } from './venue-finder.js';
export { venueFinderRules, radiusChoicesKm, type VenueFinderConfig } from './attributes.js';
export {
  InclusionErrorEvent,
  InclusionReadyEvent,
  InclusionSearchEvent,
  InclusionVenueSelectEvent,
} from './events.js';
export { filterGroups, type FilterGroup, type Filters } from './filters.js';
export { InclusionLocationSearch } from './location/location-search.js';
export { InclusionLocationChangeEvent, type SearchLocation } from './location/events.js';
export { InclusionVenueDetails } from './details/venue-details.js';
export { InclusionDetailsBackEvent } from './details/events.js';
export { describeOpening, openingDescription, type OpeningDescription } from './opening-status.js';
export { readUrlState, writeUrlState, placeUrl, type UrlState } from './url-state.js';
