import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-venue-finder>` (the search, the filters and the list). French is the reference.
 * Plain language: short sentences, everyday words, one idea at a time.
 */
const fr = {
  'finder.title': 'Trouver un lieu d’aide au numérique',
  'finder.intro': 'Écrivez le nom de votre commune pour voir les lieux proches de chez vous.',
  'finder.territoryIntro':
    'Voici les lieux de ce territoire. Écrivez votre commune pour voir les plus proches.',

  'filters.toggle': 'Filtres',
  'filters.active': { one: '{count} filtre actif', other: '{count} filtres actifs' },
  'filters.clear': 'Retirer tous les filtres',
  'filters.services': 'Pour quoi avez-vous besoin d’aide ?',
  'filters.free': 'Prix',
  'filters.freeOnly': 'Gratuit seulement',
  'filters.support': 'Accueil adapté',
  'filters.publics': 'Pour qui ?',
  'filters.access': 'Comment y aller ?',
  'filters.accompaniment': 'Comment êtes-vous aidé ?',
  'filters.programmes': 'Programmes nationaux',
  'filters.open': 'Horaires',
  'filters.openNow': 'Ouvert maintenant',
  'filters.count': { one: '{count} lieu', other: '{count} lieux' },
  'filters.loading': 'Chargement des filtres…',

  'results.status': {
    one: '{count} lieu trouvé',
    other: '{count} lieux trouvés',
  },
  'results.statusNear': {
    one: '{count} lieu trouvé à moins de {radius} de {place}',
    other: '{count} lieux trouvés à moins de {radius} de {place}',
  },
  'results.statusAroundMe': {
    one: '{count} lieu trouvé à moins de {radius} de vous',
    other: '{count} lieux trouvés à moins de {radius} de vous',
  },
  'results.statusMore': {
    one: '{shown} lieu affiché sur {count}',
    other: '{shown} lieux affichés sur {count}',
  },
  'results.manyMore': 'Plus de {count} lieux trouvés',
  'results.searching': 'Recherche des lieux…',
  'results.showMore': 'Voir plus de lieux',
  'results.distance': 'à {distance}',
  'results.free': 'Gratuit',
  'results.freeUnderCondition': 'Gratuit sous conditions',
  'results.paid': 'Payant',
  'results.support': 'Accueil adapté : {list}',
  'results.accessLibre': 'Accessibilité décrite sur Accès Libre',
  'results.open': 'Voir le détail',
  'results.showOnMap': 'Voir sur la carte',
  'results.onMap': 'Sélectionné sur la carte',
  'results.services': 'Aides proposées',

  'empty.title': 'Aucun lieu ne correspond à votre recherche.',
  'empty.widen': 'Chercher jusqu’à {radius}',
  'empty.removeFilters': 'Retirer les filtres',
  'empty.noFilter': 'Essayez une autre commune.',

  'view.label': 'Affichage',
  'view.list': 'Liste',
  'view.map': 'Carte',
  'view.showMap': 'Afficher la carte',
  'view.hideMap': 'Masquer la carte',
  'map.loading': 'Chargement de la carte…',
  'map.failed': 'La carte ne peut pas s’afficher. La liste reste disponible.',

  'details.loading': 'Chargement du lieu…',
} as const;

const en: CatalogLike<typeof fr> = {
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
  'filters.programmes': 'National programmes',
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
  'results.freeUnderCondition': 'Free under conditions',
  'results.paid': 'Paid',
  'results.support': 'Adapted welcome: {list}',
  'results.accessLibre': 'Accessibility described on Accès Libre',
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

/** Fills a text of the venue finder in `locale`. */
export const t = createTranslator({ fr, en });
