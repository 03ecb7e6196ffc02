import type { VocabularyValue } from './value.js';

/**
 * The 7 particular needs a place can support (field `prise_en_charge_specifique`). The field's description
 * is garbled and omits "Déficience visuelle"; the regex, followed here, has it.
 */
export const priseEnChargeSpecifique = [
  {
    slug: 'surdite',
    label: 'Surdité',
    fr: 'Personnes sourdes ou malentendantes',
    en: 'Deaf or hard of hearing',
    description: {
      fr: 'L’équipe sait accueillir les personnes sourdes ou malentendantes.',
      en: 'Staff know how to help deaf or hard-of-hearing people.',
    },
  },
  {
    slug: 'handicaps-moteurs',
    label: 'Handicaps moteurs',
    fr: 'Handicap moteur',
    en: 'Physical disabilities',
    description: {
      fr: 'L’équipe sait aider les personnes qui ont un handicap moteur.',
      en: 'Staff know how to help people with a physical disability.',
    },
  },
  {
    slug: 'handicaps-mentaux',
    label: 'Handicaps mentaux',
    fr: 'Handicap mental',
    en: 'Intellectual disabilities',
    description: {
      fr: 'L’équipe sait aider les personnes qui ont un handicap mental.',
      en: 'Staff know how to help people with an intellectual disability.',
    },
  },
  {
    slug: 'illettrisme',
    label: 'Illettrisme',
    fr: 'Difficultés pour lire et écrire',
    en: 'Difficulty reading and writing',
    description: {
      fr: 'L’équipe sait aider les personnes qui ont du mal à lire ou à écrire.',
      en: 'Staff know how to help people who find reading or writing hard.',
    },
  },
  {
    slug: 'langues-etrangeres-anglais',
    label: 'Langues étrangères (anglais)',
    fr: 'Aide en anglais',
    en: 'Help in English',
    description: {
      fr: 'L’équipe peut vous aider en anglais.',
      en: 'Staff can help you in English.',
    },
  },
  {
    slug: 'langues-etrangeres-autres',
    label: 'Langues étrangères (autres)',
    fr: 'Aide dans d’autres langues',
    en: 'Help in other languages',
    description: {
      fr: 'L’équipe peut vous aider dans d’autres langues que le français et l’anglais.',
      en: 'Staff can help you in languages other than French and English.',
    },
  },
  {
    slug: 'deficience-visuelle',
    label: 'Déficience visuelle',
    fr: 'Personnes aveugles ou malvoyantes',
    en: 'Blind or partially sighted',
    description: {
      fr: 'L’équipe sait accueillir les personnes aveugles ou qui voient mal.',
      en: 'Staff know how to help blind or partially sighted people.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `prise_en_charge_specifique`. */
export type PriseEnChargeSpecifiqueSlug = (typeof priseEnChargeSpecifique)[number]['slug'];
