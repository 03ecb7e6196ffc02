import { createTranslator, type CatalogLike, type MessageCatalog } from '@inclusion-widgets/core';

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
    'Votre position n’est pas autorisée. Pour l’autoriser, touchez le cadenas à gauche de l’adresse du site, ' +
    'puis «\u00a0Autorisations\u00a0» ou «\u00a0Position\u00a0». Ou tapez le nom de votre commune.',
  'locate.unavailable':
    'Votre position n’a pas pu être trouvée. Vérifiez que la localisation de votre appareil est activée. ' +
    'Ou tapez le nom de votre commune.',
  'locate.timeout':
    'Votre position met trop de temps à arriver. Réessayez dans un moment, ou tapez le nom de votre commune.',
  'locate.unsupported':
    'Votre navigateur ne peut pas donner votre position. Tapez le nom de votre commune ou son code postal.',
  'locate.insecure':
    'Ce site ne peut pas demander votre position, car sa connexion n’est pas sécurisée. ' +
    'Tapez le nom de votre commune ou son code postal.',
  'radius.label': 'Distance maximale',
  'radius.option': '{distance} km',
} satisfies MessageCatalog;

const en: CatalogLike<typeof fr> = {
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
  'locate.insecure':
    'This site cannot ask for your location, because its connection is not secure. ' +
    'Type the name of your town or its postcode.',
  'radius.label': 'Maximum distance',
  'radius.option': '{distance} km',
};

/** The messages of `<inclusion-location-search>`, by locale. */
export const locationSearchMessages = { fr, en } as const;

/** A key of `locationSearchMessages`. */
export type LocationSearchMessageKey = keyof typeof fr;

/**
 * Fills a message of `<inclusion-location-search>` in a locale.
 *
 * @example
 * t('fr', 'status.count', { count: 5 }); // '5 communes proposées'
 */
export const t = createTranslator(locationSearchMessages);
