-- Map viewports with many places and no filter (`GET /v1/lieux/carte` from France down to a city) read grid cells
-- computed ahead instead of grouping every place of the viewport: at 1,000,000 places the grouping took 0.2–2.5 s
-- for large viewports (docs/performance.md, "The map at 1,000,000 places"), reading these cells a few milliseconds.
--
-- A cell of level k is a square of 1 / (4 · 2^k) of the web-mercator world (the map's cells at zoom k, 64 px), at
-- x = floor(mercator x · 4 · 2^k), y = floor(mercator y · 4 · 2^k); levels -2 to 12 (src/lieux/cellules.ts). Each
-- holds what a cluster needs: the number of places, the sums of their coordinates (for the mean), their extent,
-- and the smallest id (the place itself when there is one).
CREATE TABLE lieux_cellules (
  niveau smallint NOT NULL,
  x integer NOT NULL,
  y integer NOT NULL,
  nombre integer NOT NULL,
  somme_latitude double precision NOT NULL,
  somme_longitude double precision NOT NULL,
  ouest double precision NOT NULL,
  sud double precision NOT NULL,
  est double precision NOT NULL,
  nord double precision NOT NULL,
  id text NOT NULL,
  PRIMARY KEY (niveau, x, y)
);

-- Whether the cells are those of the places now: every statement that adds, removes or moves places raises `version`
-- (in the writer's transaction; names are read from `lieux` with the cells), the computation of the cells records
-- the version it saw. The map reads the cells only
-- when both are equal, so cells are never stale: a write the cells do not hold yet sends the map back to grouping
-- the places themselves until the cells are computed again (after each import, in the import's transaction).
CREATE TABLE lieux_cellules_etat (
  seule boolean PRIMARY KEY DEFAULT true CHECK (seule),
  version bigint NOT NULL DEFAULT 0,
  version_cellules bigint
);
INSERT INTO lieux_cellules_etat DEFAULT VALUES;

CREATE FUNCTION lieux_cellules_perimees() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE lieux_cellules_etat SET version = version + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER lieux_cellules_perimees
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, latitude, longitude ON lieux
  FOR EACH STATEMENT EXECUTE FUNCTION lieux_cellules_perimees();
