-- Map viewports with many places (`GET /v1/lieux/carte`, large areas at 1,000,000 places) group every place of the
-- viewport into grid cells. Measured at 1M places on PostgreSQL (docs/performance.md, "The map at 1,000,000
-- places"): the grouping read the whole 1 GB table (about 1 KB a place), 1.07 s warm for France and 2.28 s cold.
-- This narrow index holds what the grouping reads — position and id — so that it is an index-only scan of a few
-- tens of MB instead (0.60 s warm in the same measure); the names of single-place cells are read afterwards by id.
CREATE INDEX lieux_grille ON lieux (latitude, longitude) INCLUDE (id) WHERE latitude IS NOT NULL;
