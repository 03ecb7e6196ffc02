-- Extensions the API relies on: distances (cube + earthdistance), fuzzy search (pg_trgm),
-- accent-insensitive search (unaccent).
--
-- Extensions belong to the whole database, not to a schema's tables: they are installed once, in `public`,
-- which must stay on the search_path (PostgreSQL 15's earthdistance calls cube functions unqualified).
-- A database where they already exist, in any schema, is left as it is.
CREATE EXTENSION IF NOT EXISTS cube SCHEMA public;
CREATE EXTENSION IF NOT EXISTS earthdistance SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
