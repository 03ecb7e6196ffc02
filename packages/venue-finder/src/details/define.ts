// Registers <inclusion-venue-details>. The venue finder imports this module when a place is first opened, so that
// the details, their vocabularies (every structure type of the standard) and the print and share code stay out of
// what the list needs.
import { define } from '@inclusion-widgets/ui';
import { version } from '../version.js';
import { InclusionVenueDetails } from './venue-details.js';

define('inclusion-venue-details', InclusionVenueDetails, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-venue-details': InclusionVenueDetails;
  }
}
