import type { VocabularyValue } from './value.js';

/** The 5 publics a place specifically addresses (field `publics_specifiquement_adresses`). */
export const publicsSpecifiquementAdresses = [
  {
    slug: 'jeunes',
    label: 'Jeunes',
    fr: 'Jeunes',
    en: 'Young people',
    description: {
      fr: 'Le lieu propose une aide pensée pour les jeunes.',
      en: 'The place offers help designed for young people.',
    },
  },
  {
    slug: 'etudiants',
    label: 'Étudiants',
    fr: 'Étudiants',
    en: 'Students',
    description: {
      fr: 'Le lieu propose une aide pensée pour les étudiants.',
      en: 'The place offers help designed for students.',
    },
  },
  {
    slug: 'familles-et-ou-enfants',
    label: 'Familles et/ou enfants',
    fr: 'Familles et enfants',
    en: 'Families and children',
    description: {
      fr: 'Le lieu propose une aide pensée pour les parents et les enfants.',
      en: 'The place offers help designed for parents and children.',
    },
  },
  {
    slug: 'seniors',
    label: 'Seniors',
    fr: 'Personnes âgées',
    en: 'Older people',
    description: {
      fr: 'Le lieu propose une aide pensée pour les personnes âgées.',
      en: 'The place offers help designed for older people.',
    },
  },
  {
    slug: 'femmes',
    label: 'Femmes',
    fr: 'Femmes',
    en: 'Women',
    description: {
      fr: 'Le lieu propose une aide pensée pour les femmes.',
      en: 'The place offers help designed for women.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `publics_specifiquement_adresses`. */
export type PublicSpecifiquementAdresseSlug = (typeof publicsSpecifiquementAdresses)[number]['slug'];
