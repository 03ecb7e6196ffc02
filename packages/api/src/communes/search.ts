// Commune autocomplete and lookup on the communes index (migration 003, loaded by load.ts).
import type { Commune } from '@inclusion-widgets/core';
import type { Database, Queryable } from '../database.js';
import { normaliserRecherche } from './normalise.js';

/** Bounds of `limit`. */
export const communeSearchLimits = { default: 10, max: 20 } as const;

const columns =
  'c.code, c.nom, c.codes_postaux, c.departement, c.region, c.epci, c.population, c.latitude, c.longitude';

interface CommuneRow {
  code: string;
  nom: string;
  codes_postaux: string[];
  departement: string;
  region: string | null;
  epci: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
}

/** `LIKE` pattern of a prefix: `%`, `_` and `\` typed by someone match themselves. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * Finds communes for an autocomplete. Digits search INSEE codes exactly, then postcodes exactly, then the codes of
 * arrondissements and delegated communes, then postcodes by prefix ("591": Roubaix, La Madeleine…). Text searches
 * names whatever the case, accents, hyphens, apostrophes, and "St"/"Ste" for "Saint"/"Sainte". Ranked: exact name
 * > name prefix > a word of the name starting with the text, or a former name (delegated commune, arrondissement);
 * then by population. Only when nothing matches so are close spellings tried ("marseile": Marseille).
 *
 * @example
 * await searchCommunes(database, 'st etienne', 5); // Saint-Étienne first
 */
export async function searchCommunes(db: Database, q: string, limit: number): Promise<Commune[]> {
  const digits = q.replace(/\s+/g, '');
  if (/^\d{1,5}$/.test(digits)) return searchByCode(db, digits, limit);
  const text = normaliserRecherche(q);
  if (text === '') return [];
  const compact = text.replaceAll(' ', '');
  // Names are stored as a-z, digits and spaces: other letters can match nothing, and trigrams of fewer than
  // 3 characters select too much. Exact and prefix matches are btree lookups, always cheap.
  const trigrams = compact.length >= 3 && /^[a-z0-9 ]+$/.test(text);
  const { rows } = await db.query<CommuneRow>(
    `WITH candidates AS (
       (SELECT code, 0 AS rang, population FROM communes
        WHERE nom_recherche = $1 OR replace(nom_recherche, ' ', '') = $2)
       UNION ALL
       (SELECT code, 1, population FROM communes
        WHERE nom_recherche LIKE $3 OR replace(nom_recherche, ' ', '') LIKE $4
        ORDER BY population DESC NULLS LAST LIMIT $5)
       UNION ALL
       (SELECT a.commune, CASE WHEN a.nom_recherche = $1 THEN 1 ELSE 2 END, NULL FROM communes_alias a
        WHERE $6 AND a.nom_recherche LIKE $3 LIMIT 100)
       UNION ALL
       (SELECT code, 2, population FROM communes WHERE $6 AND nom_recherche LIKE $7
        ORDER BY population DESC NULLS LAST LIMIT $5)
     ),
     best AS (
       SELECT k.code, min(k.rang) AS rang FROM candidates k GROUP BY k.code
     )
     SELECT ${columns}
     FROM best JOIN communes c USING (code)
     ORDER BY best.rang, c.population DESC NULLS LAST, c.code
     LIMIT $5`,
    [text, compact, likePrefix(text), likePrefix(compact), limit, trigrams, `% ${likePrefix(text)}`],
  );
  if (rows.length > 0 || !trigrams) return rows.map(rowToCommune);
  return searchSimilar(db, text, limit);
}

/**
 * Close spellings: the trigram index finds names at least 0.3 similar (pg_trgm's default threshold), of which those
 * at least 0.45 similar are kept — typing errors ("marseile", "bordaux") pass, loose resemblances do not. Measured on
 * PGlite: 2–20 ms for typical queries, 80 ms at worst ("le le le le", 313 candidates). The threshold is not lowered
 * with `SET LOCAL` in a transaction: PGlite 0.5 intermittently failed that transaction with "bad buffer ID: 0" (CI,
 * 2026-11), and a session setting would change every other query of the connection.
 */
async function searchSimilar(db: Queryable, text: string, limit: number): Promise<Commune[]> {
  const { rows } = await db.query<CommuneRow>(
    `SELECT ${columns} FROM communes c
     WHERE c.nom_recherche % $1 AND similarity(c.nom_recherche, $1) >= 0.45
     ORDER BY similarity(c.nom_recherche, $1) DESC, c.population DESC NULLS LAST, c.code
     LIMIT $2`,
    [text, limit],
  );
  return rows.map(rowToCommune);
}

async function searchByCode(db: Queryable, digits: string, limit: number): Promise<Commune[]> {
  const { rows } = await db.query<CommuneRow>(
    `WITH candidates AS (
       (SELECT code, 0 AS rang, population FROM communes WHERE code = $1)
       UNION ALL
       (SELECT commune, CASE WHEN code_postal = $1 THEN 1 ELSE 3 END, population FROM codes_postaux_communes
        WHERE code_postal LIKE $2)
       UNION ALL
       -- Codes still in use: arrondissements (75115), delegated communes. Not the codes of merged communes, which
       -- include the Seine's before 1968 (75015 was Bry-sur-Marne).
       (SELECT commune, 2, NULL FROM communes_alias WHERE code = $1 AND type <> 'ancien-code')
     ),
     -- The first rows only, before reading the communes: "5" matches 3,000 postcodes.
     best AS (
       SELECT code, min(rang) AS rang FROM candidates GROUP BY code
       ORDER BY min(rang), max(population) DESC NULLS LAST, code LIMIT $3
     )
     SELECT ${columns}
     FROM best JOIN communes c USING (code)
     ORDER BY best.rang, c.population DESC NULLS LAST, c.code`,
    [digits, likePrefix(digits), limit],
  );
  return rows.map(rowToCommune);
}

/**
 * The commune of an INSEE code. The code of a municipal arrondissement (75115), of a delegated or associated
 * commune or of a merged commune gives the current commune that covers it (whose `code` differs).
 *
 * @example
 * await findCommune(database, '59350'); // Lille
 */
export async function findCommune(db: Queryable, code: string): Promise<Commune | undefined> {
  const { rows } = await db.query<CommuneRow>(
    `SELECT ${columns} FROM communes c
     WHERE c.code = coalesce((SELECT commune FROM communes_alias WHERE code = $1 LIMIT 1), $1)`,
    [code],
  );
  return rows[0] && rowToCommune(rows[0]);
}

function rowToCommune(row: CommuneRow): Commune {
  const commune: Commune = {
    code: row.code,
    nom: row.nom,
    codes_postaux: row.codes_postaux,
    departement: row.departement,
    latitude: row.latitude,
    longitude: row.longitude,
  };
  if (row.region !== null) commune.region = row.region;
  if (row.epci !== null) commune.epci = row.epci;
  if (row.population !== null) commune.population = row.population;
  return commune;
}
