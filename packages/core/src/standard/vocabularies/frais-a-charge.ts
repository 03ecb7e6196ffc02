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
    fr: 'Gratuit dans certains cas',
    en: 'Free in some cases',
    description: {
      fr: 'Le prix dépend par exemple de votre âge, de vos revenus ou de votre situation.',
      en: 'The price depends, for example, on your age, your income or your situation.',
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
