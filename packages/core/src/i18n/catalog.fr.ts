/**
 * French messages, the reference catalog: every key here must exist in every other catalog.
 * Plain language: short sentences, everyday words, one idea at a time.
 * A message is a string with `{name}` placeholders, or plural forms chosen by the `count` parameter.
 */
export const fr = {
  // Errors shown to citizens (typed errors of the API client)
  'error.network': 'Le service ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.',
  'error.timeout': 'Le service met trop de temps à répondre. Réessayez dans un moment.',
  'error.server': 'Le service a un problème en ce moment. Réessayez dans quelques minutes.',
  'error.notFound': 'Nous n’avons pas trouvé ce que vous cherchez.',
  'error.badRequest': 'Nous ne pouvons pas faire cette recherche. Essayez d’autres choix.',
  'error.rateLimited': 'Il y a eu trop de demandes. Attendez un peu, puis réessayez.',
  'error.invalidResponse': 'Le service a un problème. Réessayez plus tard.',
  'error.unknown': 'Il y a eu un problème. Réessayez.',
  'action.retry': 'Réessayer',

  // Configuration errors shown in place of a widget (for the webmaster who embeds it)
  'config.title': 'Ce module ne peut pas s’afficher.',
  'config.intro': 'Son réglage contient une erreur. La personne qui gère ce site peut la corriger :',
  'config.noticeTitle': {
    one: 'Un réglage de ce module est ignoré. La personne qui gère ce site peut le corriger :',
    other: 'Des réglages de ce module sont ignorés. La personne qui gère ce site peut les corriger :',
  },
  'config.attribute': 'attribut « {attribute} » : {reason}',
  'config.invalidValue': 'la valeur « {value} » n’est pas valide.',
  'config.expected': 'la valeur « {value} » n’est pas valide. Valeurs possibles : {expected}.',
  'config.notANumber': '« {value} » n’est pas un nombre.',
  'config.outOfRange': '{value} doit être entre {min} et {max}.',
  'config.notAUrl': '« {value} » n’est pas une adresse web en http ou https.',
  'config.required': 'cet attribut est obligatoire.',
  'config.notAnInteger': '« {value} » n’est pas un nombre entier.',
  'config.tooSmall': '{value} est trop petit : le minimum est {min}.',
  'config.tooLarge': '{value} est trop grand : le maximum est {max}.',
  'config.unknownValues': {
    one: 'la valeur {values} n’existe pas. Valeurs possibles : {expected}.',
    other: 'les valeurs {values} n’existent pas. Valeurs possibles : {expected}.',
  },
  'config.territory':
    '« {value} » n’est pas un territoire. Écrivez commune:59350, epci:200093201, departement:59 ou region:32.',
  'config.lonLat':
    '« {value} » n’est pas un point. Écrivez la longitude puis la latitude, séparées par une virgule : 3.0635,50.6366.',
  'config.lonLatRange':
    '« {value} » est hors limites : la longitude va de -180 à 180 et la latitude de -90 à 90. Écrivez la longitude en premier.',
  'config.color': '« {value} » n’est pas une couleur. Écrivez-la en hexadécimal, par exemple #1a5fb4.',
  'config.identifier':
    '« {value} » n’est pas un identifiant : lettres minuscules sans accent, chiffres et tirets seulement.',
  'config.email': '« {value} » n’est pas une adresse e-mail.',
  'config.andMore': { one: '{list} et {count} autre', other: '{list} et {count} autres' },
  'config.quoted': '« {value} »',
  'config.booleanValue':
    '« {value} » ne convient pas. Écrivez cet attribut sans valeur pour l’activer, ou retirez-le pour le désactiver.',

  // Status and common words
  'status.loading': 'Chargement…',
  'count.results': { one: '{count} résultat', other: '{count} résultats' },
} as const;

/** A key of the message catalogs. */
export type MessageKey = keyof typeof fr;

/** A message: a string, or plural forms selected by `Intl.PluralRules`. */
export type Message = string | { readonly one: string; readonly other: string };

/** A full catalog: one message per key, each with the same shape as the French one. */
export type Catalog = { readonly [K in MessageKey]: (typeof fr)[K] extends string ? string : Message };
