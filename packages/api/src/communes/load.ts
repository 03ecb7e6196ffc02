// Loads the committed communes index (data/communes.csv, data/communes-alias.csv) into the database.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from '../database.js';
import type { Logger } from '../logger.js';
import { normaliserRecherche } from './normalise.js';

/** The committed files, built by `scripts/build-communes.ts`. */
export const COMMUNES_FILES = {
  communes: fileURLToPath(new URL('../../data/communes.csv', import.meta.url)),
  alias: fileURLToPath(new URL('../../data/communes-alias.csv', import.meta.url)),
};

/**
 * Bumped when the loader computes something differently (e.g. `normaliserRecherche`), so that databases loaded by
 * an older version are loaded again although the files are the same.
 */
const LOADER_VERSION = '1';

/** Serialises loads from several processes sharing one PostgreSQL server (distinct from the migrations' key). */
const LOAD_LOCK_KEY = 4_206_159_204;

const BATCH_SIZE = 5_000;

/** Where to read the files; tests give other copies. */
export interface EnsureCommunesOptions {
  /** Path of the communes CSV; default the committed one. */
  communesFile?: string;
  /** Path of the alias CSV; default the committed one. */
  aliasFile?: string;
}

/** What `ensureCommunes` did. */
export interface EnsureCommunesResult {
  /** Whether the data was (re)loaded; `false` when the database already held this version. */
  loaded: boolean;
  /** Communes in the table afterwards. */
  communes: number;
  /** Time spent, in milliseconds. */
  durationMs: number;
}

interface CommuneRecord {
  code: string;
  nom: string;
  nom_recherche: string;
  codes_postaux: string[];
  departement: string;
  region: string | null;
  epci: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
}

interface AliasRecord {
  code: string;
  commune: string;
  nom: string;
  nom_recherche: string;
  type: string;
}

/**
 * Loads the communes index when the `communes` table is empty or when the committed files differ from the version
 * recorded in `data_versions`: everything is replaced in one transaction (readers see the old or the new data,
 * never a mix), then the territory codes derived on `lieux` are refreshed. Several processes may call it at once.
 * Call it after `migrate` and before anything that reads `communes` (the seed of places).
 *
 * @example
 * await migrate(database, { logger });
 * await ensureCommunes(database, logger);
 */
export async function ensureCommunes(
  db: Database,
  logger?: Logger,
  options: EnsureCommunesOptions = {},
): Promise<EnsureCommunesResult> {
  const start = performance.now();
  const communesFile = options.communesFile ?? COMMUNES_FILES.communes;
  const aliasFile = options.aliasFile ?? COMMUNES_FILES.alias;
  const [communesCsv, aliasCsv] = await Promise.all([readFile(communesFile), readFile(aliasFile)]);
  const checksum = createHash('sha256')
    .update(`loader ${LOADER_VERSION}\n`)
    .update(communesCsv)
    .update('\n--\n')
    .update(aliasCsv)
    .digest('hex');

  const result = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOAD_LOCK_KEY]);
    const { rows } = await tx.query<{ checksum: string | null; present: boolean }>(
      `SELECT (SELECT checksum FROM data_versions WHERE name = 'communes') AS checksum,
              EXISTS (SELECT 1 FROM communes) AS present`,
    );
    const current = rows[0];
    if (current?.present && current.checksum === checksum) return { loaded: false, communes: -1 };

    const communes = parseCommunes(communesCsv, communesFile);
    const alias = parseAlias(aliasCsv, aliasFile);
    await tx.query('DELETE FROM codes_postaux_communes');
    await tx.query('DELETE FROM communes_alias');
    await tx.query('DELETE FROM communes');
    // Into an empty table, building the indexes once afterwards is about twice as fast as maintaining them row by
    // row. A reload keeps them: dropping an index would block readers of other processes until the commit.
    const rebuild = current?.present ? [] : await dropSecondaryIndexes(tx);
    for (let i = 0; i < communes.length; i += BATCH_SIZE) {
      await insertCommunes(tx, communes.slice(i, i + BATCH_SIZE));
    }
    for (let i = 0; i < alias.length; i += BATCH_SIZE) {
      await insertAlias(tx, alias.slice(i, i + BATCH_SIZE));
    }
    await tx.query(
      `INSERT INTO codes_postaux_communes (code_postal, commune, population)
       SELECT DISTINCT unnest(codes_postaux), code, population FROM communes`,
    );
    for (const definition of rebuild) await tx.query(definition);
    // Places keep the territory codes derived at import: refresh them for the new data.
    await tx.query(
      `UPDATE lieux l SET departement = c.departement, region = c.region, epci = c.epci
       FROM communes c
       WHERE c.code = coalesce((SELECT a.commune FROM communes_alias a WHERE a.code = l.code_insee LIMIT 1), l.code_insee)
         AND (l.departement, l.region, l.epci) IS DISTINCT FROM (c.departement, c.region, c.epci)`,
    );
    // Fresh statistics, or the planner reads a prefix search along the population index (30 ms instead of 0.1).
    await tx.exec('ANALYZE communes; ANALYZE communes_alias; ANALYZE codes_postaux_communes;');
    await tx.query(
      `INSERT INTO data_versions (name, checksum, rows, loaded_at) VALUES ('communes', $1, $2, now())
       ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, rows = excluded.rows, loaded_at = now()`,
      [checksum, communes.length],
    );
    return { loaded: true, communes: communes.length };
  });

  const durationMs = Math.round(performance.now() - start);
  if (result.loaded) {
    logger?.info({ communes: result.communes, duration_ms: durationMs }, 'communes index loaded');
    return { loaded: true, communes: result.communes, durationMs };
  }
  const { rows } = await db.query<{ count: number }>('SELECT count(*) AS count FROM communes');
  logger?.debug({ communes: rows[0]?.count }, 'communes index up to date');
  return { loaded: false, communes: rows[0]?.count ?? 0, durationMs };
}

/**
 * Drops the indexes of the three tables other than primary keys; returns the statements that create them again
 * (read from the catalogue, so that they follow the migrations).
 */
async function dropSecondaryIndexes(tx: Queryable): Promise<string[]> {
  const { rows } = await tx.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid IN ('communes'::regclass, 'communes_alias'::regclass, 'codes_postaux_communes'::regclass)
       AND NOT i.indisprimary`,
  );
  for (const row of rows) await tx.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}

async function insertCommunes(tx: Queryable, records: CommuneRecord[]): Promise<void> {
  await tx.query(
    `INSERT INTO communes (code, nom, nom_recherche, codes_postaux, departement, region, epci, population,
                           latitude, longitude)
     SELECT code, nom, nom_recherche, codes_postaux, departement, region, epci, population, latitude, longitude
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, nom text, nom_recherche text, codes_postaux text[],
       departement text, region text, epci text, population integer, latitude double precision,
       longitude double precision)`,
    [JSON.stringify(records)],
  );
}

async function insertAlias(tx: Queryable, records: AliasRecord[]): Promise<void> {
  await tx.query(
    `INSERT INTO communes_alias (code, commune, nom, nom_recherche, type)
     SELECT code, commune, nom, nom_recherche, type
     FROM jsonb_to_recordset($1::jsonb) AS r(code text, commune text, nom text, nom_recherche text, type text)`,
    [JSON.stringify(records)],
  );
}

/**
 * Reads a CSV file as written by `scripts/build-communes.ts` (RFC 4180: commas, fields quoted with `"` when needed,
 * LF or CRLF). A few lines instead of csv-parse, which takes 5 times as long on these 2 MB, at every first start.
 */
export function readCsv(
  content: Buffer | string,
  file: string,
  columns: readonly string[],
): Record<string, string>[] {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  const records = text.includes('"') ? parseQuoted(text, file) : parseUnquoted(text);
  const [header = [], ...lines] = records;
  const missing = columns.filter((column) => !header.includes(column));
  if (lines.length === 0 || missing.length > 0) {
    throw new Error(
      `${file}: expected a CSV with the columns ${columns.join(', ')} and at least one row` +
        (missing.length > 0 ? `; missing ${missing.join(', ')}` : ''),
    );
  }
  return lines.map((values, index) => {
    if (values.length !== header.length) {
      throw new Error(
        `${file}, line ${index + 2}: ${values.length} fields, the header has ${header.length}.`,
      );
    }
    const row: Record<string, string> = {};
    header.forEach((name, column) => {
      row[name] = values[column] ?? '';
    });
    return row;
  });
}

/** Without any quote, a line is a record and a comma separates fields: 10 times as fast as the general case. */
function parseUnquoted(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

function parseQuoted(text: string, file: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const separator = /[,\r\n]/g;
  while (position < text.length) {
    let value: string;
    if (text[position] === '"') {
      let end = position + 1;
      value = '';
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) throw new Error(`${file}: a quoted field is not closed (line ${records.length + 2}).`);
        value += text.slice(end, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          end = quote + 2;
        } else {
          position = quote + 1;
          break;
        }
      }
    } else {
      separator.lastIndex = position;
      const end = separator.exec(text)?.index ?? text.length;
      value = text.slice(position, end);
      position = end;
    }
    record.push(value);
    if (text[position] === ',') {
      position += 1;
      continue;
    }
    if (text[position] === '\r') position += 1;
    if (text[position] !== '\n' && position < text.length) {
      throw new Error(`${file}: unexpected character after a quoted field (line ${records.length + 2}).`);
    }
    position += 1;
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
  }
  return records;
}

function parseCommunes(content: Buffer, file: string): CommuneRecord[] {
  const rows = readCsv(content, file, [
    'code',
    'nom',
    'codes_postaux',
    'departement',
    'region',
    'epci',
    'population',
    'latitude',
    'longitude',
  ]);
  return rows.map((row, index) => {
    const latitude = Number(row.latitude);
    const longitude = Number(row.longitude);
    const population = row.population ? Number(row.population) : null;
    if (
      !row.code ||
      !row.nom ||
      !row.departement ||
      !row.latitude ||
      !row.longitude ||
      !Number.isFinite(latitude) ||
      !Number.isFinite(longitude) ||
      (population !== null && !Number.isInteger(population))
    ) {
      throw new Error(
        `${file}, line ${index + 2}: a commune needs a code, a name, a département and coordinates.`,
      );
    }
    return {
      code: row.code,
      nom: row.nom,
      nom_recherche: normaliserRecherche(row.nom),
      codes_postaux: row.codes_postaux ? row.codes_postaux.split('|') : [],
      departement: row.departement,
      region: row.region || null,
      epci: row.epci || null,
      population,
      latitude,
      longitude,
    };
  });
}

function parseAlias(content: Buffer, file: string): AliasRecord[] {
  return readCsv(content, file, ['code', 'commune', 'nom', 'type']).map((row, index) => {
    if (!row.code || !row.commune || !row.type) {
      throw new Error(`${file}, line ${index + 2}: an alias needs a code, a commune and a type.`);
    }
    return {
      code: row.code,
      commune: row.commune,
      nom: row.nom ?? '',
      nom_recherche: normaliserRecherche(row.nom ?? ''),
      type: row.type,
    };
  });
}
