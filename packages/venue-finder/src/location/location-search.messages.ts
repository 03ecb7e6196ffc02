import { createTranslator, type MessageCatalog } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-location-search>`. French is the reference; plain language: short sentences,
 * everyday words, one idea at a time, and always a way out ("or type your commune").
 */
const fr = {
  'field.label': 'Votre commune ou code postal',
  'field.hint': 'Par exemple\u00a0: Lille ou 59000',
  'list.label': 'Communes proposées',
  // Shown after the commune's name in each option: its postcodes and its département.
  'option.details': '({postcodes}) — {departement}',
  'option.detailsNoPostcode': '— {departement}',
  'status.count': { one: '{count} commune proposée', other: '{count} communes proposées' },
  'status.none': 'Aucune commune trouvée',
  'status.noneHint': 'Aucune commune trouvée. Vérifiez l’orthographe, ou tapez le code postal.',
  'point.label': 'Autour de moi',
  'locate.button': 'Autour de moi',
  'locate.pending': 'Recherche de votre position… Si votre navigateur vous le demande, acceptez.',
  'locate.found': 'Position trouvée.',
  'locate.denied':
    'Vous n’avez pas autorisé ce site à voir votre position. Pour l’autoriser, touchez le cadenas à côté de ' +
    'l’adresse du site, puis «\u00a0Autorisations\u00a0» ou «\u00a0Position\u00a0». ' +
    'Vous pouvez aussi taper le nom de votre commune.',
  'locate.unavailable':
    'Nous n’avons pas trouvé votre position. Vérifiez que la localisation de votre appareil est activée. ' +
    'Vous pouvez aussi taper le nom de votre commune.',
  'locate.timeout':
    'Votre position met trop de temps à arriver. Réessayez dans un moment, ou tapez le nom de votre commune.',
  'locate.unsupported':
    'Votre navigateur ne peut pas donner votre position. Tapez le nom de votre commune ou son code postal.',
  'locate.insecure':
    'Ce site ne peut pas trouver votre position. Tapez le nom de votre commune ou son code postal.',
  'radius.label': 'Distance maximale',
  'radius.option': '{distance} km',
} satisfies MessageCatalog;

/** The French texts, the reference: the English ones have the same keys. */
export type LocationSearchMessages = typeof fr;

/** A key of the commune search's messages. */
export type LocationSearchMessageKey = keyof typeof fr;

/**
 * Fills a message of `<inclusion-location-search>` in a locale.
 *
 * @example
 * t('fr', 'status.count', { count: 5 }); // '5 communes proposées'
 */
export const t = createTranslator({
  fr,
  // Fetched only for an English widget.
  en: () => import('./location-search.messages.en.js').then((module) => module.en),
});
