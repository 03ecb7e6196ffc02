import type { CatalogLike } from '@inclusion-widgets/core';
import type { VenueFinderMessages } from './venue-finder.messages.js';

/** The English texts of the finder, imported only for an English widget (see `venue-finder.messages.ts`). */
export const en: CatalogLike<VenueFinderMessages> = {
  'finder.title': 'Find a place that helps with digital tools',
  'finder.intro': 'Type the name of your town to see the places near you.',
  'finder.territoryIntro': 'Here are the places of this area. Type your town to see the nearest ones.',

  'filters.toggle': 'Filters',
  'filters.active': { one: '{count} filter on', other: '{count} filters on' },
  'filters.clear': 'Remove all filters',
  'filters.services': 'What do you need help with?',
  'filters.free': 'Price',
  'filters.freeOnly': 'Free only',
  'filters.support': 'Adapted welcome',
  'filters.publics': 'For whom?',
  'filters.access': 'How to get help there?',
  'filters.accompaniment': 'How are you helped?',
  'filters.programmes': 'National networks',
  'filters.open': 'Opening hours',
  'filters.openNow': 'Open now',
  'filters.count': { one: '{count} place', other: '{count} places' },
  'filters.loading': 'Loading the filters…',

  'results.status': { one: '{count} place found', other: '{count} places found' },
  'results.statusNear': {
    one: '{count} place found within {radius} of {place}',
    other: '{count} places found within {radius} of {place}',
  },
  'results.statusAroundMe': {
    one: '{count} place found within {radius} of you',
    other: '{count} places found within {radius} of you',
  },
  'results.statusMore': { one: '{shown} place shown of {count}', other: '{shown} places shown of {count}' },
  'results.manyMore': 'More than {count} places found',
  'results.searching': 'Looking for places…',
  'results.showMore': 'Show more places',
  'results.distance': '{distance} away',
  'results.free': 'Free',
  'results.freeUnderCondition': 'Free in some cases',
  'results.paid': 'Paid',
  'results.support': 'Adapted welcome: {list}',
  'results.accessLibre': 'Access for disabled people described on Acceslibre',
  'results.open': 'See details',
  'results.showOnMap': 'Show on the map',
  'results.onMap': 'Selected on the map',
  'results.services': 'Help offered',

  'empty.title': 'No place matches your search.',
  'empty.widen': 'Search up to {radius}',
  'empty.removeFilters': 'Remove the filters',
  'empty.noFilter': 'Try another town.',

  'view.label': 'Display',
  'view.list': 'List',
  'view.map': 'Map',
  'view.showMap': 'Show the map',
  'view.hideMap': 'Hide the map',
  'map.loading': 'Loading the map…',
  'map.failed': 'The map cannot be shown. The list is still available.',

  'details.loading': 'Loading the place…',
};
