import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-map>`. French is the reference. Plain language: short sentences, everyday words, one
 * idea at a time.
 */
const fr = {
  'map.label': 'Carte des lieux',
  'map.keyboard':
    'Pour déplacer la carte, utilisez les flèches du clavier. Pour voir de plus près ou de plus loin, utilisez les touches plus et moins.',
  'map.attribution': 'Afficher ou cacher les sources de la carte',
  'map.feedback': 'Signaler une erreur sur la carte',
  'map.cooperativeWindows': 'Pour voir de plus près, tournez la molette en appuyant sur la touche Ctrl',
  'map.cooperativeMac': 'Pour voir de plus près, tournez la molette en appuyant sur la touche ⌘',
  'map.cooperativeMobile': 'Pour déplacer la carte, utilisez deux doigts',

  'zoom.group': 'Zoom',
  'zoom.in': 'Voir de plus près',
  'zoom.out': 'Voir de plus loin',

  'cluster.label': {
    one: '{count} lieu ici. Voir de plus près',
    other: '{count} lieux ici. Voir de plus près',
  },

  'problem.webgl':
    'La carte ne peut pas s’afficher sur cet appareil ou avec ce navigateur. La liste des lieux reste disponible.',
  'problem.style': 'Nous n’avons pas pu afficher le fond de la carte.',
} as const;

const en: CatalogLike<typeof fr> = {
  'map.label': 'Map of places',
  'map.keyboard': 'To move the map, use the arrow keys. To zoom in or out, use the plus and minus keys.',
  'map.attribution': 'Show or hide the map credits',
  'map.feedback': 'Report a mistake on the map',
  'map.cooperativeWindows': 'To zoom, hold the Ctrl key and turn the mouse wheel',
  'map.cooperativeMac': 'To zoom, hold the ⌘ key and turn the mouse wheel',
  'map.cooperativeMobile': 'To move the map, use two fingers',

  'zoom.group': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',

  'cluster.label': {
    one: '{count} place here. Zoom in',
    other: '{count} places here. Zoom in',
  },

  'problem.webgl':
    'The map cannot be shown on this device or in this browser. The list of places is still available.',
  'problem.style': 'We could not show the map background.',
};

/** Fills a message of the map's catalog in `locale`. */
export const t = createTranslator({ fr, en });
