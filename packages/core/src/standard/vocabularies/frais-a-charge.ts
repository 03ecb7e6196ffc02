import type { VocabularyValue } from './value.js';

/** The 3 cost conditions of a place (field `frais_a_charge`). */
export const fraisACharge = [
  {
    slug: 'gratuit',
    label: 'Gratuit',
    fr: 'Gratuit',
    en: 'Free',
    description: {
      fr: 'Vous ne payez rien.',
      en: 'You pay nothing.',
    },
  },
  {
    slug: 'gratuit-sous-condition',
    label: 'Gratuit sous condition',
    fr: 'Gratuit sous condition',
    en: 'Free in some cases',
    description: {
      fr: 'C’est gratuit dans certains cas, par exemple selon votre âge, vos revenus ou votre situation.',
      en: 'It is free in some cases, for example depending on your age, income or situation.',
    },
  },
  {
    slug: 'payant',
    label: 'Payant',
    fr: 'Payant',
    en: 'Paid',
    description: {
      fr: 'Il faut payer : demandez le prix au lieu.',
      en: 'You have to pay: ask the place for the price.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `frais_a_charge`. */
export type FraisAChargeSlug = (typeof fraisACharge)[number]['slug'];
