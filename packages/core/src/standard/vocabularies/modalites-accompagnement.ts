import type { VocabularyValue } from './value.js';

/** The 4 ways a place helps (field `modalites_accompagnement`). */
export const modalitesAccompagnement = [
  {
    slug: 'en-autonomie',
    label: 'En autonomie',
    fr: 'En autonomie',
    en: 'On your own',
    description: {
      fr: 'Vous utilisez le matériel vous-même, avec de l’aide si besoin.',
      en: 'You use the equipment yourself, with help if needed.',
    },
  },
  {
    slug: 'accompagnement-individuel',
    label: 'Accompagnement individuel',
    fr: 'Aide individuelle',
    en: 'One-to-one help',
    description: {
      fr: 'Une personne vous aide, seul à seul.',
      en: 'Someone helps you one to one.',
    },
  },
  {
    // The field's description lists the long form; the regex and the example the short one.
    slug: 'dans-un-atelier-collectif',
    label: 'Dans un atelier collectif',
    fr: 'En atelier collectif',
    en: 'Group workshop',
    description: {
      fr: 'Vous apprenez en petit groupe, avec d’autres personnes.',
      en: 'You learn in a small group, with other people.',
    },
    aliases: ["Dans un atelier collectif : j'apprends collectivement à utiliser le numérique"],
  },
  {
    // The field's description lists the long form; the regex and the example the short one.
    slug: 'a-distance',
    label: 'À distance',
    fr: 'À distance',
    en: 'Remote',
    description: {
      fr: 'On vous aide par téléphone ou en visioconférence.',
      en: 'You get help by phone or video call.',
    },
    aliases: ['À distance (par téléphone ou en visioconférence)'],
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `modalites_accompagnement`. */
export type ModaliteAccompagnementSlug = (typeof modalitesAccompagnement)[number]['slug'];
