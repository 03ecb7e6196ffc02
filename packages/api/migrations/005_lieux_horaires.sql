-- Searches: the position on the earth cube stored once per place, and opening hours as a regular week.

-- `position` is ll_to_earth(latitude, longitude), computed at write time. Reading it is free, while calling
-- ll_to_earth costs its trigonometry and the `earth` domain's check for every candidate row (~17 µs a row on
-- PGlite): distance filters and sorts read `position <-> origin` (the chord, which grows with the great-circle
-- distance) and the index below replaces 002's index on the expression.
ALTER TABLE lieux ADD COLUMN position earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED;
CREATE INDEX lieux_position_stockee ON lieux USING gist (position) WHERE position IS NOT NULL;
DROP INDEX lieux_position;

-- Opening hours as a regular week, for the `ouvert_maintenant` filter of searches and maps.
--
-- `horaires_minutes` holds the opening periods of a regular week as minutes since Monday 00:00 in the place's
-- own wall-clock time (0 to 10080, a period past Sunday midnight split in two). It is written at upsert from
-- the parsed `horaires` (see src/lieux/opening-hours.ts, `horairesMinutes`), NULL when there are none or they
-- do not parse. "Open now" is then `horaires_minutes @> <minute of the week now in fuseau_horaire>` (that
-- minute computed by the API once per zone): exact for hours that repeat every week (the vast majority), the
-- regular week for hours with public holidays, school holidays or seasons; each result's `ouverture`,
-- computed by the library, is exact in every case.
ALTER TABLE lieux ADD COLUMN horaires_minutes int4multirange;

