import type { VocabularyValue } from './value.js';

/** The 11 national schemes or programmes a place may belong to (field `dispositif_programmes_nationaux`). */
export const dispositifProgrammesNationaux = [
  {
    slug: 'aidants-connect',
    label: 'Aidants Connect',
    fr: 'Aidants Connect',
    en: 'Aidants Connect',
    description: {
      fr: 'Une personne autorisée peut faire vos démarches en ligne à votre place, en toute sécurité.',
      en: 'An authorised person can do your online procedures for you, safely.',
    },
  },
  {
    // Description and regex both say "numérique" (singular); the programme is "Bibliothèques numériques de
    // référence". The label keeps the standard's spelling; the slug and an alias use the correct one.
    slug: 'bibliotheques-numeriques-de-reference',
    label: 'Bibliothèques numérique de référence',
    fr: 'Bibliothèque numérique de référence',
    en: 'Reference digital library',
    description: {
      fr: 'Une bibliothèque soutenue par l’État pour ses services numériques.',
      en: 'A library backed by the State for its digital services.',
    },
    aliases: ['Bibliothèques numériques de référence'],
  },
  {
    slug: 'certification-pix',
    label: 'Certification PIX',
    fr: 'Certification Pix',
    en: 'Pix certification',
    description: {
      fr: 'Vous pouvez y passer Pix. C’est un test officiel : il montre ce que vous savez faire en numérique.',
      en: 'You can take Pix here. It is an official test: it shows what you can do with digital tools.',
    },
  },
  {
    // The field's description lists it with a leading space (" Conseillers numériques"): trimmed by byLabel.
    slug: 'conseillers-numeriques',
    label: 'Conseillers numériques',
    fr: 'Conseillers numériques',
    en: 'Digital advisers',
    description: {
      fr: 'Des conseillers formés par l’État vous aident à utiliser le numérique, souvent gratuitement.',
      en: 'State-trained advisers help you use digital tools, often free of charge.',
    },
  },
  {
    slug: 'emmaus-connect',
    label: 'Emmaüs Connect',
    fr: 'Emmaüs Connect',
    en: 'Emmaüs Connect',
    description: {
      fr: 'Une association qui vend du matériel à petit prix et aide à apprendre le numérique.',
      en: 'A charity that helps people get low-cost equipment and learn digital skills.',
    },
  },
  {
    slug: 'france-services',
    label: 'France Services',
    fr: 'France Services',
    en: 'France Services',
    description: {
      fr: 'Un guichet public qui vous aide pour vos démarches : CAF, impôts, retraite, santé, emploi…',
      en: 'A public help desk for official procedures: benefits, taxes, pension, health, jobs…',
    },
  },
  {
    slug: 'grande-ecole-du-numerique',
    label: 'Grande école du numérique',
    fr: 'Grande école du numérique',
    en: 'Grande École du Numérique',
    description: {
      fr: 'Des formations ouvertes à tous, pour apprendre un métier du numérique.',
      en: 'A network of training courses for digital jobs, open to all.',
    },
  },
  {
    slug: 'la-croix-rouge',
    label: 'La Croix Rouge',
    fr: 'Croix-Rouge française',
    en: 'French Red Cross',
    description: {
      fr: 'La Croix-Rouge aide les personnes en difficulté, y compris avec le numérique.',
      en: 'The Red Cross helps people in difficulty, including with digital tools.',
    },
  },
  {
    slug: 'point-d-acces-numerique-caf',
    label: "Point d'accès numérique CAF",
    fr: 'Point d’accès numérique CAF',
    en: 'CAF digital access point',
    description: {
      fr: 'Un lieu équipé pour faire vos démarches CAF en ligne, avec de l’aide.',
      en: 'A place equipped to do your family-benefits (CAF) procedures online, with help.',
    },
  },
  {
    slug: 'promeneurs-du-net',
    label: 'Promeneurs du net',
    fr: 'Promeneurs du Net',
    en: 'Online youth workers (Promeneurs du Net)',
    description: {
      fr: 'Des éducateurs présents sur Internet et les réseaux sociaux pour écouter et aider les jeunes.',
      en: 'Youth workers present online and on social media to listen to and help young people.',
    },
  },
  {
    slug: 'relais-numerique-emmaus-connect',
    label: 'Relais numérique (Emmaüs Connect)',
    fr: 'Relais numérique Emmaüs Connect',
    en: 'Emmaüs Connect digital relay',
    description: {
      fr: 'Un lieu qui travaille avec Emmaüs Connect. Il propose du matériel et Internet à petit prix, et aide à débuter.',
      en: 'A place that works with Emmaüs Connect. It offers low-cost equipment and internet, and help to get started.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `dispositif_programmes_nationaux`. */
export type DispositifProgrammeNationalSlug = (typeof dispositifProgrammesNationaux)[number]['slug'];
