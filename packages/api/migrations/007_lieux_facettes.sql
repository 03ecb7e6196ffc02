-- Facet counts (`GET /v1/lieux/facettes`) read the ten vocabularies of every place of a location, up to 10,000
-- places. Reading ten arrays a row costs their parsing in the driver (125–160 ms for 4,000 places on PGlite);
-- this one text column, joined into one string by the query, about 13 ms, little more than finding the places
-- (docs/performance.md).
--
-- `facettes` is the vocabularies in the order of core's `searchFilterFields` (services, frais_a_charge,
-- prise_en_charge_specifique, publics_specifiquement_adresses, modalites_acces, modalites_accompagnement,
-- dispositif_programmes_nationaux, typologie, formations_labels, itinerance), separated by `|`, the slugs of each
-- separated by `,` (slugs are kebab-case: neither character occurs in them). src/lieux/facettes.ts reads it in
-- that order; a new vocabulary needs a new migration that redefines both.

-- array_to_string is only STABLE in general (element types' output functions); on text[] it is immutable.
CREATE FUNCTION facettes_texte(
  services text[],
  frais_a_charge text[],
  prise_en_charge_specifique text[],
  publics_specifiquement_adresses text[],
  modalites_acces text[],
  modalites_accompagnement text[],
  dispositif_programmes_nationaux text[],
  typologie text[],
  formations_labels text[],
  itinerance text[]
) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(array_to_string(services, ','), '') || '|' ||
         coalesce(array_to_string(frais_a_charge, ','), '') || '|' ||
         coalesce(array_to_string(prise_en_charge_specifique, ','), '') || '|' ||
         coalesce(array_to_string(publics_specifiquement_adresses, ','), '') || '|' ||
         coalesce(array_to_string(modalites_acces, ','), '') || '|' ||
         coalesce(array_to_string(modalites_accompagnement, ','), '') || '|' ||
         coalesce(array_to_string(dispositif_programmes_nationaux, ','), '') || '|' ||
         coalesce(array_to_string(typologie, ','), '') || '|' ||
         coalesce(array_to_string(formations_labels, ','), '') || '|' ||
         coalesce(array_to_string(itinerance, ','), '');

ALTER TABLE lieux ADD COLUMN facettes text GENERATED ALWAYS AS (
  facettes_texte(services, frais_a_charge, prise_en_charge_specifique, publics_specifiquement_adresses,
                 modalites_acces, modalites_accompagnement, dispositif_programmes_nationaux, typologie,
                 formations_labels, itinerance)
) STORED;
