import type { VocabularyValue } from './value.js';

/** The 6 ways to get in touch with a place or get into it (field `modalites_acces`). */
export const modalitesAcces = [
  {
    slug: 'se-presenter',
    label: 'Se présenter',
    fr: 'Venir sur place',
    en: 'Walk in',
    description: {
      fr: 'Vous pouvez venir directement pendant les heures d’ouverture.',
      en: 'You can come in during opening hours.',
    },
  },
  {
    slug: 'telephoner',
    label: 'Téléphoner',
    fr: 'Téléphoner',
    en: 'Call',
    description: {
      fr: 'Appelez le lieu avant de venir.',
      en: 'Call the place before you come.',
    },
  },
  {
    slug: 'contacter-par-mail',
    label: 'Contacter par mail',
    fr: 'Écrire un e-mail',
    en: 'Send an email',
    description: {
      fr: 'Écrivez au lieu par e-mail pour demander de l’aide.',
      en: 'Email the place to ask for help.',
    },
  },
  {
    slug: 'prendre-un-rdv-en-ligne',
    label: 'Prendre un RDV en ligne',
    fr: 'Prendre rendez-vous en ligne',
    en: 'Book online',
    description: {
      fr: 'Réservez un rendez-vous sur Internet.',
      en: 'Book an appointment on the internet.',
    },
  },
  {
    slug: 'ce-lieu-n-accueille-pas-de-public',
    label: "Ce lieu n'accueille pas de public",
    fr: 'Pas d’accueil du public',
    en: 'Not open to the public',
    description: {
      fr: 'Ce lieu ne reçoit pas les personnes sur place.',
      en: 'This place does not see people in person.',
    },
  },
  {
    slug: 'envoyer-un-mail-avec-une-fiche-de-prescription',
    label: 'Envoyer un mail avec une fiche de prescription',
    fr: 'Sur demande d’un professionnel',
    en: 'Referred by a professional',
    description: {
      fr: 'Un professionnel, par exemple un travailleur social, écrit au lieu pour vous.',
      en: 'A professional, for example a social worker, writes to the place for you.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `modalites_acces`. */
export type ModaliteAccesSlug = (typeof modalitesAcces)[number]['slug'];
