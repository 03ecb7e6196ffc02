import type { CatalogLike } from '@inclusion-widgets/core';
import type { LocationSearchMessages } from './location-search.messages.js';

/** The English texts of the commune search, imported only for an English widget (see `location-search.messages.ts`). */
export const en: CatalogLike<LocationSearchMessages> = {
  'field.label': 'Your town or postcode',
  'field.hint': 'For example: Lille or 59000',
  'list.label': 'Suggested towns',
  'option.details': '({postcodes}) — {departement}',
  'option.detailsNoPostcode': '— {departement}',
  'status.count': { one: '{count} town suggested', other: '{count} towns suggested' },
  'status.none': 'No town found',
  'status.noneHint': 'No town found. Check the spelling, or type the postcode.',
  'point.label': 'Around me',
  'locate.button': 'Around me',
  'locate.pending': 'Finding your location… If your browser asks you, say yes.',
  'locate.found': 'Location found.',
  'locate.denied':
    'Your location is not allowed. To allow it, tap the padlock left of the site’s address, ' +
    'then “Permissions” or “Location”. Or type the name of your town.',
  'locate.unavailable':
    'Your location could not be found. Check that location is turned on on your device. ' +
    'Or type the name of your town.',
  'locate.timeout': 'Your location is taking too long. Try again in a moment, or type the name of your town.',
  'locate.unsupported': 'Your browser cannot give your location. Type the name of your town or its postcode.',
  'locate.insecure': 'This site cannot find your location. Type the name of your town or its postcode.',
  'radius.label': 'Maximum distance',
  'radius.option': '{distance} km',
};
