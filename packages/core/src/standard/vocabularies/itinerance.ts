import type { VocabularyValue } from './value.js';

/** Whether the place moves around or stays put (field `itinerance`). */
export const itinerance = [
  {
    slug: 'itinerant',
    label: 'Itinérant',
    fr: 'Vient près de chez vous',
    en: 'Comes to you',
    description: {
      fr: 'L’aide se déplace. Par exemple, elle vient dans un bus équipé d’ordinateurs.',
      en: 'Help travels. For example, it comes in a bus with computers.',
    },
  },
  {
    slug: 'fixe',
    label: 'Fixe',
    fr: 'Toujours au même endroit',
    en: 'Always in the same place',
    description: {
      fr: 'Vous venez au lieu pour avoir de l’aide.',
      en: 'You come to the place to get help.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `itinerance`. */
export type ItineranceSlug = (typeof itinerance)[number]['slug'];
