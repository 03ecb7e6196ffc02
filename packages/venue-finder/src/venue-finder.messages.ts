import { createTranslator } from '@inclusion-widgets/core';

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
  'filters.programmes': 'Réseaux nationaux',
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
  'results.freeUnderCondition': 'Gratuit dans certains cas',
  'results.paid': 'Payant',
  'results.support': 'Accueil adapté : {list}',
  'results.accessLibre': 'Accès pour les personnes handicapées décrit sur Acceslibre',
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

/** The French texts, the reference: the English ones have the same keys. */
export type VenueFinderMessages = typeof fr;

/** Fills a text of the venue finder in `locale`. */
export const t = createTranslator({
  fr,
  // Fetched only for an English widget.
  en: () => import('./venue-finder.messages.en.js').then((module) => module.en),
});
