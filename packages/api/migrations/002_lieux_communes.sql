-- Places ("lieux de médiation numérique") with the fields of the national standard v1, and the communes
-- they are searched from. Controlled vocabularies are stored as arrays of slugs (see packages/core's
-- vocabularies); the import turns the standard's exact labels into slugs and the CSV export turns them back.

-- Text as searched: no accents, lower case, hyphens and apostrophes as spaces, spaces collapsed.
-- A SQL-standard body binds `public.unaccent` when the function is created, whatever the search_path later.
CREATE FUNCTION normaliser(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)), '[-''’[:space:]]+', ' ', 'g'));

-- The IANA time zone of a département: opening hours are read in the place's own time.
CREATE FUNCTION fuseau_horaire(departement text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE departement
    WHEN '971' THEN 'America/Guadeloupe'
    WHEN '972' THEN 'America/Martinique'
    WHEN '973' THEN 'America/Cayenne'
    WHEN '974' THEN 'Indian/Reunion'
    WHEN '975' THEN 'America/Miquelon'
    WHEN '976' THEN 'Indian/Mayotte'
    WHEN '977' THEN 'America/St_Barthelemy'
    WHEN '978' THEN 'America/Marigot'
    WHEN '986' THEN 'Pacific/Wallis'
    WHEN '987' THEN 'Pacific/Tahiti'
    WHEN '988' THEN 'Pacific/Noumea'
    ELSE 'Europe/Paris'
  END;

CREATE TABLE communes (
  code text PRIMARY KEY,                 -- INSEE code (5 characters, 2A/2B in Corsica)
  nom text NOT NULL,                     -- current official name, with its article ("Le Havre")
  nom_recherche text NOT NULL,           -- normaliser(nom), "saint" spelled out
  codes_postaux text[] NOT NULL DEFAULT '{}',
  departement text NOT NULL,
  region text,
  epci text,                             -- SIREN of the EPCI
  population integer,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL
);

CREATE TABLE lieux (
  id text PRIMARY KEY,
  pivot text NOT NULL,
  nom text NOT NULL,
  commune text NOT NULL,
  code_postal text NOT NULL,
  code_insee text,
  adresse text NOT NULL,
  complement_adresse text,
  latitude double precision,
  longitude double precision,
  typologie text[] NOT NULL DEFAULT '{}',
  telephone text,
  courriels text[] NOT NULL DEFAULT '{}',
  site_web text[] NOT NULL DEFAULT '{}',
  horaires text,                         -- OpenStreetMap opening_hours, kept as given even when invalid
  presentation_resume text,
  presentation_detail text,
  source text,
  itinerance text[] NOT NULL DEFAULT '{}',
  structure_parente text,
  date_maj date NOT NULL,
  services text[] NOT NULL DEFAULT '{}',
  publics_specifiquement_adresses text[] NOT NULL DEFAULT '{}',
  prise_en_charge_specifique text[] NOT NULL DEFAULT '{}',
  frais_a_charge text[] NOT NULL DEFAULT '{}',
  dispositif_programmes_nationaux text[] NOT NULL DEFAULT '{}',
  formations_labels text[] NOT NULL DEFAULT '{}',
  autres_formations_labels text,
  modalites_acces text[] NOT NULL DEFAULT '{}',
  modalites_accompagnement text[] NOT NULL DEFAULT '{}',
  fiche_acces_libre text,
  prise_rdv text,

  -- Derived at import, for territory filters and opening hours.
  departement text,
  region text,
  epci text,
  fuseau_horaire text GENERATED ALWAYS AS (fuseau_horaire(departement)) STORED,
  horaires_valides boolean,              -- NULL without hours; false when `horaires` does not parse
  recherche text GENERATED ALWAYS AS (
    normaliser(nom || ' ' || commune || ' ' || adresse || ' ' || coalesce(presentation_resume, ''))
  ) STORED,
  importe_le timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT lieux_coordonnees CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CONSTRAINT lieux_latitude CHECK (latitude BETWEEN -90 AND 90),
  CONSTRAINT lieux_longitude CHECK (longitude BETWEEN -180 AND 180)
);

-- Distance: earth_box + earth_distance on this index (see the search queries).
CREATE INDEX lieux_position ON lieux USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL;
-- Viewports: point(longitude, latitude) <@ box.
CREATE INDEX lieux_bbox ON lieux USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL;
CREATE INDEX lieux_code_insee ON lieux (code_insee);
CREATE INDEX lieux_departement ON lieux (departement);
CREATE INDEX lieux_region ON lieux (region);
CREATE INDEX lieux_epci ON lieux (epci);
CREATE INDEX lieux_services ON lieux USING gin (services);
CREATE INDEX lieux_dispositifs ON lieux USING gin (dispositif_programmes_nationaux);
CREATE INDEX lieux_recherche ON lieux USING gin (recherche gin_trgm_ops);
