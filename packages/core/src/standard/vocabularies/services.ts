import type { VocabularyValue } from './value.js';

/** The 9 kinds of help a place offers (field `services`). */
export const services = [
  {
    slug: 'aide-aux-demarches-administratives',
    label: 'Aide aux démarches administratives',
    fr: 'Aide aux démarches administratives',
    en: 'Help with official procedures',
    description: {
      fr: 'On vous aide à faire vos démarches en ligne : CAF, impôts, retraite, santé, papiers…',
      en: 'Get help with official procedures online: benefits, taxes, pension, health, ID papers…',
    },
  },
  {
    slug: 'maitrise-des-outils-numeriques-du-quotidien',
    label: 'Maîtrise des outils numériques du quotidien',
    fr: 'Apprendre à utiliser un ordinateur ou un téléphone',
    en: 'Learn to use a computer or a phone',
    description: {
      fr: 'Par exemple : allumer un ordinateur, aller sur Internet, envoyer un e-mail.',
      en: 'For example: turn on a computer, go on the internet, send an email.',
    },
  },
  {
    slug: 'insertion-professionnelle-via-le-numerique',
    label: 'Insertion professionnelle via le numérique',
    fr: 'Trouver un emploi avec le numérique',
    en: 'Finding work with digital tools',
    description: {
      fr: 'On vous aide à chercher un emploi ou une formation en ligne et à faire votre CV.',
      en: 'Get help to look for a job or training online and to write your CV.',
    },
  },
  {
    slug: 'utilisation-securisee-du-numerique',
    label: 'Utilisation sécurisée du numérique',
    fr: 'Se protéger sur Internet',
    en: 'Staying safe online',
    description: {
      fr: 'Apprendre à protéger vos mots de passe et à éviter les arnaques.',
      en: 'Learn to protect your passwords and to avoid scams.',
    },
  },
  {
    slug: 'parentalite-et-education-avec-le-numerique',
    label: 'Parentalité et éducation avec le numérique',
    fr: 'Parents, enfants et numérique',
    en: 'Parenting and education with digital tools',
    description: {
      fr: 'Apprendre à guider vos enfants face aux écrans et à suivre leur école en ligne.',
      en: 'Learn to guide your children with screens and to follow their school online.',
    },
  },
  {
    slug: 'loisirs-et-creations-numeriques',
    label: 'Loisirs et créations numériques',
    fr: 'Loisirs et créations numériques',
    en: 'Digital leisure and creation',
    description: {
      fr: 'Découvrir la photo, la vidéo, la musique ou les jeux, et créer vous-même.',
      en: 'Discover photos, video, music or games, and create things yourself.',
    },
  },
  {
    // The field's description spells "Comprehension" without the accent; the regex has it.
    slug: 'comprehension-du-monde-numerique',
    label: 'Compréhension du monde numérique',
    fr: 'Comprendre le monde numérique',
    en: 'Understanding the digital world',
    description: {
      fr: 'Mieux comprendre Internet, les réseaux sociaux, l’information en ligne et l’intelligence artificielle.',
      en: 'Better understand the internet, social media, online news and artificial intelligence.',
    },
    aliases: ['Comprehension du monde numérique'],
  },
  {
    slug: 'acces-internet-et-materiel-informatique',
    label: 'Accès internet et matériel informatique',
    fr: 'Accès à Internet et à un ordinateur',
    en: 'Internet and computer access',
    description: {
      fr: 'Utiliser sur place un ordinateur, une imprimante, un scanner ou le wifi.',
      en: 'Use a computer, a printer, a scanner or the wifi on site.',
    },
  },
  {
    slug: 'acquisition-de-materiel-informatique-a-prix-solidaire',
    label: 'Acquisition de matériel informatique à prix solidaire',
    fr: 'Acheter un ordinateur ou un téléphone à petit prix',
    en: 'Low-cost computers and phones',
    description: {
      fr: 'Acheter un ordinateur, une tablette ou un téléphone moins cher, souvent d’occasion.',
      en: 'Buy a computer, a tablet or a phone for less, often second-hand.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `services`. */
export type ServiceSlug = (typeof services)[number]['slug'];

/** A group of services, as citizens think of them, for the venue finder's filters. */
export interface ServiceGroup {
  /** Stable identifier. */
  readonly id: string;
  /** French heading. */
  readonly fr: string;
  /** English heading. */
  readonly en: string;
  /** The services in this group. */
  readonly services: readonly ServiceSlug[];
}

/**
 * The 9 services in 4 groups, each service in exactly one, for the venue finder's filters.
 *
 * "Insertion professionnelle via le numérique" sits with the longer learning paths (level 3, "montée en
 * compétence", in DESIGN.md: employment, parenting, creation, understanding), not with procedures: it means
 * learning to look for work online, not having an urgent procedure done. "Utilisation sécurisée" sits with
 * the everyday basics: protecting passwords and spotting scams is part of using a phone day to day. The
 * "digital culture" group is headed "Aller plus loin…" because "culture numérique" is jargon for beginners.
 */
export const serviceGroups = [
  {
    id: 'procedures',
    fr: 'Faire mes démarches',
    en: 'Doing my procedures',
    services: ['aide-aux-demarches-administratives'],
  },
  {
    id: 'everyday-basics',
    fr: 'Les bases du quotidien',
    en: 'Everyday basics',
    services: ['maitrise-des-outils-numeriques-du-quotidien', 'utilisation-securisee-du-numerique'],
  },
  {
    id: 'digital-culture',
    fr: 'Aller plus loin avec le numérique',
    en: 'Going further with digital',
    services: [
      'insertion-professionnelle-via-le-numerique',
      'parentalite-et-education-avec-le-numerique',
      'loisirs-et-creations-numeriques',
      'comprehension-du-monde-numerique',
    ],
  },
  {
    id: 'equipment',
    fr: 'M’équiper et me connecter',
    en: 'Getting equipped and online',
    services: [
      'acces-internet-et-materiel-informatique',
      'acquisition-de-materiel-informatique-a-prix-solidaire',
    ],
  },
] as const satisfies readonly ServiceGroup[];

/** Identifier of a group of services. */
export type ServiceGroupId = (typeof serviceGroups)[number]['id'];
