import type { VocabularyValue } from './value.js';

/** Whether the place moves around or stays put (field `itinerance`). */
export const itinerance = [
  {
    slug: 'itinerant',
    label: 'Itinérant',
    fr: 'Itinérant',
    en: 'Mobile',
    description: {
      fr: 'L’aide vient près de chez vous, par exemple dans un bus numérique.',
      en: 'Help comes to you, for example in a digital bus.',
    },
  },
  {
    slug: 'fixe',
    label: 'Fixe',
    fr: 'Fixe',
    en: 'Fixed location',
    description: {
      fr: 'L’aide a toujours lieu au même endroit.',
      en: 'Help is always given at the same place.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `itinerance`. */
export type ItineranceSlug = (typeof itinerance)[number]['slug'];
