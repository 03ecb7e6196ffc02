import type { VocabularyValue } from './value.js';

/** The 4 ways a place helps (field `modalites_accompagnement`). */
export const modalitesAccompagnement = [
  {
    slug: 'en-autonomie',
    label: 'En autonomie',
    fr: 'En libre accès',
    en: 'On your own',
    description: {
      fr: 'Vous utilisez seul le matériel du lieu. On vous aide si besoin.',
      en: 'You use the place’s equipment yourself. Someone helps if needed.',
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
    fr: 'En atelier de groupe',
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
    fr: 'Par téléphone ou en vidéo',
    en: 'By phone or video',
    description: {
      fr: 'On vous aide sans que vous ayez à vous déplacer.',
      en: 'You get help without having to travel.',
    },
    aliases: ['À distance (par téléphone ou en visioconférence)'],
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `modalites_accompagnement`. */
export type ModaliteAccompagnementSlug = (typeof modalitesAccompagnement)[number]['slug'];
