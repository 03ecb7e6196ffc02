import {
  boolean,
  emailAddress,
  hexColor,
  identifier,
  listOf,
  locale,
  lonLat,
  number,
  oneOf,
  recoverable,
  slugList,
  territory,
  withDefault,
  type ConfigOf,
} from '@inclusion-widgets/ui';
import { filterGroups } from './filters.js';

/** The radius choices of the search, in kilometres (the attribute may set another, from 1 to 100). */
export const radiusChoicesKm = [2, 5, 10, 20, 50] as const;

/**
 * The attributes of `<inclusion-venue-finder>`. Filters, layout and cosmetic settings are recoverable: a bad
 * value is named in a notice and the widget works without it. `territory` and `api` are not: a wrong
 * territory would show places the partner did not ask for.
 */
export const venueFinderRules = {
  territory: territory(),
  near: recoverable(lonLat()),
  radiusKm: recoverable(withDefault(number({ min: 1, max: 100, integer: true }), 10)),
  services: recoverable(slugList('services')),
  fraisACharge: recoverable(slugList('frais_a_charge')),
  priseEnChargeSpecifique: recoverable(slugList('prise_en_charge_specifique')),
  publicsSpecifiquementAdresses: recoverable(slugList('publics_specifiquement_adresses')),
  modalitesAcces: recoverable(slugList('modalites_acces')),
  modalitesAccompagnement: recoverable(slugList('modalites_accompagnement')),
  dispositifProgrammesNationaux: recoverable(slugList('dispositif_programmes_nationaux')),
  formationsLabels: recoverable(slugList('formations_labels')),
  typologie: recoverable(slugList('typologie')),
  itinerance: recoverable(slugList('itinerance')),
  openNow: recoverable(boolean()),
  hideFilters: recoverable(listOf(filterGroups)),
  view: recoverable(oneOf(['list', 'map', 'split'])),
  map: recoverable(withDefault(oneOf(['auto', 'on', 'off']), 'auto')),
  lang: recoverable(locale()),
  color: recoverable(hexColor()),
  partner: recoverable(identifier()),
  config: identifier(),
  syncUrl: recoverable(boolean()),
  reportEmail: recoverable(emailAddress()),
  headingLevel: recoverable(withDefault(number({ min: 2, max: 6, integer: true }), 2)),
};

/** The configuration of `<inclusion-venue-finder>`, from its attributes. */
export type VenueFinderConfig = ConfigOf<typeof venueFinderRules>;
