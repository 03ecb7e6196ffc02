-- The communes index (loaded from data/communes.csv by src/communes/load.ts) and its search.

-- Versions of the reference data loaded at start: a file is loaded again only when its checksum changes.
CREATE TABLE data_versions (
  name text PRIMARY KEY,                 -- e.g. 'communes'
  checksum text NOT NULL,                -- SHA-256 of the files and of the loader's normalisation
  rows integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

-- Autocomplete on names: exact and prefix (btree, `LIKE 'abc%'` whatever the database's collation), the same
-- without spaces ("lhay" finds "l hay les roses"), and trigrams for words inside the name and typing errors.
CREATE INDEX communes_nom_prefixe ON communes (nom_recherche text_pattern_ops);
CREATE INDEX communes_nom_compact ON communes ((replace(nom_recherche, ' ', '')) text_pattern_ops);
CREATE INDEX communes_nom_trigrammes ON communes USING gin (nom_recherche gin_trgm_ops);
-- Exact postcode (`codes_postaux @> ARRAY['59000']`) and ranking by population.
CREATE INDEX communes_codes_postaux ON communes USING gin (codes_postaux);
CREATE INDEX communes_population ON communes (population DESC NULLS LAST);

-- One row per (postcode, commune), for postcode prefixes ("590" finds the Lille area): a GIN index on an array
-- answers equality, not prefixes.
CREATE TABLE codes_postaux_communes (
  code_postal text NOT NULL,
  commune text NOT NULL,                 -- the commune's INSEE code
  population integer                     -- the commune's, to rank before reading `communes`
);
CREATE INDEX codes_postaux_communes_prefixe ON codes_postaux_communes (code_postal text_pattern_ops);

-- Other codes a place's `code_insee` may carry, and the current commune that covers each: municipal arrondissements
-- of Paris, Lyon and Marseille (75115 → 75056), delegated and associated communes, codes of merged communes.
-- A code points to one commune; it may have several rows (names), and may be the commune's own code (a delegated
-- commune that kept it: Bellegarde-sur-Valserine, 01033, in Valserhône).
CREATE TABLE communes_alias (
  code text NOT NULL,
  commune text NOT NULL,                 -- the current commune's INSEE code
  nom text NOT NULL,                     -- e.g. 'Paris 15e Arrondissement', 'Bellegarde-sur-Valserine'; may be ''
  nom_recherche text NOT NULL,
  type text NOT NULL CHECK (type IN ('arrondissement-municipal', 'commune-deleguee', 'commune-associee', 'ancien-code')),
  PRIMARY KEY (code, nom)
);
CREATE INDEX communes_alias_nom_prefixe ON communes_alias (nom_recherche text_pattern_ops);
