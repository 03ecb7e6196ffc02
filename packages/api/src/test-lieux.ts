// Test support: what the API's tests and measures put in a place of the standard. Not exported from the package.
import type { Lieu } from '@inclusion-widgets/core';

/** Every list field of a place, empty: a test's place has these unless it says otherwise. */
export const emptyLists = {
  typologie: [],
  courriels: [],
  site_web: [],
  itinerance: [],
  services: [],
  publics_specifiquement_adresses: [],
  prise_en_charge_specifique: [],
  frais_a_charge: [],
  dispositif_programmes_nationaux: [],
  formations_labels: [],
  modalites_acces: [],
  modalites_accompagnement: [],
} satisfies Partial<Lieu>;
