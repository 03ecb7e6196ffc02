import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-map>`. French is the reference. Plain language: short sentences, everyday words, one
 * idea at a time.
 */
const fr = {
  'map.label': 'Carte des lieux',
  'map.keyboard':
    'Utilisez les flèches du clavier pour déplacer la carte, et les touches plus et moins pour voir de plus près ou de plus loin.',
  'map.attribution': 'Afficher ou cacher les sources de la carte',
  'map.feedback': 'Signaler une erreur sur la carte',
  'map.cooperativeWindows': 'Pour zoomer, tournez la molette en appuyant sur la touche Ctrl',
  'map.cooperativeMac': 'Pour zoomer, tournez la molette en appuyant sur la touche ⌘',
  'map.cooperativeMobile': 'Pour déplacer la carte, utilisez deux doigts',

  'zoom.group': 'Zoom',
  'zoom.in': 'Voir de plus près',
  'zoom.out': 'Voir de plus loin',

  'cluster.label': {
    one: '{count} lieu ici. Zoomer pour le voir',
    other: '{count} lieux ici. Zoomer pour les voir',
  },

  'problem.webgl':
    'La carte ne peut pas s’afficher sur cet appareil ou avec ce navigateur. La liste des lieux reste disponible.',
  'problem.style': 'Le fond de la carte n’a pas pu être chargé.',
} as const;

const en: CatalogLike<typeof fr> = {
  'map.label': 'Map of places',
  'map.keyboard': 'Use the arrow keys to move the map, and the plus and minus keys to zoom in or out.',
  'map.attribution': 'Show or hide the map credits',
  'map.feedback': 'Report a mistake on the map',
  'map.cooperativeWindows': 'To zoom, hold the Ctrl key and turn the mouse wheel',
  'map.cooperativeMac': 'To zoom, hold the ⌘ key and turn the mouse wheel',
  'map.cooperativeMobile': 'To move the map, use two fingers',

  'zoom.group': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',

  'cluster.label': {
    one: '{count} place here. Zoom in to see it',
    other: '{count} places here. Zoom in to see them',
  },

  'problem.webgl':
    'The map cannot be shown on this device or in this browser. The list of places is still available.',
  'problem.style': 'The map background could not be loaded.',
};

/** Fills a message of the map's catalog in `locale`. */
export const t = createTranslator({ fr, en });
