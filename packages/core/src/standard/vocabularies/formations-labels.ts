import type { VocabularyValue } from './value.js';

/** The 10 trainings and labels a place may hold (field `formations_labels`). */
export const formationsLabels = [
  {
    slug: 'forme-a-mon-espace-sante',
    label: 'Formé à « Mon Espace Santé »',
    fr: 'Formé à Mon Espace Santé',
    en: 'Trained in Mon Espace Santé',
    description: {
      fr: 'L’équipe sait vous aider à utiliser Mon Espace Santé, votre carnet de santé en ligne.',
      en: 'Staff can help you use Mon Espace Santé, your online health record.',
    },
  },
  {
    slug: 'forme-a-duplex-illettrisme',
    label: 'Formé à « DUPLEX » (illettrisme)',
    fr: 'Formé à DUPLEX (lire et écrire)',
    en: 'Trained in DUPLEX (reading and writing)',
    description: {
      fr: 'L’équipe est formée pour aider les personnes qui ont du mal à lire et à écrire.',
      en: 'Staff are trained to help people who struggle with reading and writing.',
    },
  },
  {
    slug: 'arnia-mednum-bfc-bourgogne-franche-comte',
    label: 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
    fr: 'Arnia / MedNum BFC',
    en: 'Arnia / MedNum BFC',
    description: {
      fr: 'Le lieu fait partie d’un réseau de lieux d’aide au numérique de Bourgogne-Franche-Comté.',
      en: 'The place belongs to a network of digital help places in Bourgogne-Franche-Comté.',
    },
  },
  {
    slug: 'collectif-ressources-et-acteurs-reemploi-normandie',
    label: 'Collectif ressources et acteurs réemploi (Normandie)',
    fr: 'Collectif réemploi (Normandie)',
    en: 'Reuse collective (Normandy)',
    description: {
      fr: 'Le lieu fait partie d’un réseau normand qui répare les ordinateurs pour qu’ils servent encore.',
      en: 'The place belongs to a Normandy network that repairs computers so they can be used again.',
    },
  },
  {
    // The regex spells "Étapes numériques(La Poste)" with no space; the field's description (and the ANCT
    // reference library) "Étapes numériques (La Poste)". The exact regex spelling is the label.
    slug: 'etapes-numeriques-la-poste',
    label: 'Étapes numériques(La Poste)',
    fr: 'Étapes numériques (La Poste)',
    en: 'Étapes numériques (La Poste)',
    description: {
      fr: 'Un label de La Poste. Il est donné aux lieux qui aident à utiliser le numérique.',
      en: 'A La Poste label for places that help people use digital tools.',
    },
    aliases: ['Étapes numériques (La Poste)'],
  },
  {
    slug: 'fabriques-de-territoire',
    label: 'Fabriques de Territoire',
    fr: 'Fabrique de territoire',
    en: 'Fabrique de territoire (community hub)',
    description: {
      fr: 'Un lieu de rencontre aidé par l’État. Il organise des activités et aide au numérique.',
      en: 'A meeting place backed by the State. It runs activities and gives digital help.',
    },
  },
  {
    slug: 'les-eclaireurs-du-numerique-drome',
    label: 'Les Éclaireurs du numérique (Drôme)',
    fr: 'Les Éclaireurs du numérique (Drôme)',
    en: 'Les Éclaireurs du numérique (Drôme)',
    description: {
      fr: 'Le lieu fait partie d’un réseau de lieux d’aide au numérique de la Drôme.',
      en: 'The place belongs to a network of digital help places in the Drôme.',
    },
  },
  {
    // The field's description has a trailing space after this value: trimmed by byLabel.
    slug: 'mes-papiers-metropole-de-lyon',
    label: 'Mes Papiers (Métropole de Lyon)',
    fr: 'Mes Papiers (Métropole de Lyon)',
    en: 'Mes Papiers (Lyon Metropolis)',
    description: {
      fr: 'L’équipe est formée par la Métropole de Lyon pour aider aux démarches administratives.',
      en: 'Staff are trained by Lyon Metropolis to help with official procedures.',
    },
  },
  {
    // The regex leaves the dot unescaped (it would also accept "ORDI 3x0"); we write the exact label.
    slug: 'ordi-3-0',
    label: 'ORDI 3.0',
    fr: 'ORDI 3.0',
    en: 'ORDI 3.0',
    description: {
      fr: 'Un label pour ceux qui réparent des ordinateurs usagés pour qu’ils servent encore.',
      en: 'A label for those who repair used computers so they can be used again.',
    },
  },
  {
    slug: 'sud-labs-paca',
    label: 'SUD LABS (PACA)',
    fr: 'SUD LABS (PACA)',
    en: 'SUD LABS (Provence-Alpes-Côte d’Azur)',
    description: {
      fr: 'Le lieu fait partie d’un réseau de lieux d’aide au numérique de Provence-Alpes-Côte d’Azur.',
      en: 'The place belongs to a network of digital help places in Provence-Alpes-Côte d’Azur.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `formations_labels`. */
export type FormationLabelSlug = (typeof formationsLabels)[number]['slug'];
