// Writing and reading rows of the `lieux` table (migration 002). The API's only code that knows its columns.
import { vocabularyFields, type Lieu } from '@inclusion-widgets/core';
import type { Queryable, Row } from '../database.js';
import { horairesMinutes } from './opening-hours.js';

/** The standard's fields, as columns of `lieux` (the derived columns are not listed). */
export const lieuColumns = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const satisfies readonly (keyof Lieu)[];

/** A field of the standard stored in `lieux`. */
export type LieuColumn = (typeof lieuColumns)[number];

// Multi-valued fields: the vocabularies (slugs) and the lists of e-mails and web sites.
const arrayColumns: ReadonlySet<LieuColumn> = new Set<LieuColumn>([
  ...vocabularyFields,
  'courriels',
  'site_web',
]);

const sqlTypes: Partial<Record<LieuColumn, string>> = {
  latitude: 'double precision',
  longitude: 'double precision',
  date_maj: 'date',
};
const sqlTypeOf = (column: LieuColumn): string =>
  sqlTypes[column] ?? (arrayColumns.has(column) ? 'text[]' : 'text');

/** Decides, for a place's `horaires`, whether they parse (`null` without hours); see `upsertLieux`. */
export type HorairesCheck = (horaires: string) => boolean;

/** Options of `upsertLieux`. */
export interface UpsertOptions {
  /** Whether a `horaires` string is valid OSM `opening_hours`; without it `horaires_valides` stays `NULL`. */
  checkHoraires?: HorairesCheck;
  /** Rows per statement; default 500. */
  batchSize?: number;
}

/**
 * Inserts the places, or replaces every field of those whose `id` exists, and fills the derived columns:
 * département, région and EPCI from `communes` by `code_insee` (the département from the postcode when the
 * commune is unknown), and `horaires_valides`. Run it inside a transaction to make a whole import atomic.
 * Returns how many rows were written.
 *
 * @example
 * await database.transaction((tx) => upsertLieux(tx, lieux, { checkHoraires }));
 */
export async function upsertLieux(
  db: Queryable,
  lieux: readonly Lieu[],
  options: UpsertOptions = {},
): Promise<number> {
  const { checkHoraires, batchSize = 500 } = options;
  const definitions = [
    ...lieuColumns.map((column) => `${column} ${sqlTypeOf(column)}`),
    'horaires_valides boolean',
    'horaires_minutes int4multirange',
  ];
  const columns = [...lieuColumns, 'horaires_valides', 'horaires_minutes', 'departement', 'region', 'epci'];
  const values = [
    ...lieuColumns.map((column) => `r.${column}`),
    'r.horaires_valides',
    'r.horaires_minutes',
    // Postcodes 97x/98x name overseas départements in 3 digits; Corsica's 20xxx are 2A (200, 201) or 2B.
    `coalesce(c.departement, CASE
       WHEN r.code_postal ~ '^9[78]' THEN left(r.code_postal, 3)
       WHEN r.code_postal ~ '^20[01]' THEN '2A'
       WHEN r.code_postal ~ '^20' THEN '2B'
       ELSE left(r.code_postal, 2) END)`,
    'c.region',
    'c.epci',
  ];
  const updates = columns
    .filter((column) => column !== 'id')
    .map((column) => `${column} = excluded.${column}`)
    .concat('importe_le = now()');
  const sql = `
    INSERT INTO lieux (${columns.join(', ')})
    SELECT ${values.join(', ')}
    FROM jsonb_to_recordset($1::jsonb) AS r(${definitions.join(', ')})
    -- An arrondissement or a former commune (communes_alias, migration 003) counts as its current commune.
    LEFT JOIN communes c ON c.code = coalesce(
      (SELECT a.commune FROM communes_alias a WHERE a.code = r.code_insee LIMIT 1), r.code_insee)
    ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
  let written = 0;
  for (let start = 0; start < lieux.length; start += batchSize) {
    const batch = lieux.slice(start, start + batchSize).map((lieu) => {
      const record: Record<string, unknown> = {};
      for (const column of lieuColumns) record[column] = lieu[column] ?? null;
      record.horaires_valides =
        lieu.horaires === undefined || checkHoraires === undefined ? null : checkHoraires(lieu.horaires);
      // The regular week, for "open now" in SQL (migration 005).
      record.horaires_minutes = lieu.horaires === undefined ? null : horairesMinutes(lieu.horaires);
      return record;
    });
    await db.query(sql, [JSON.stringify(batch)]);
    written += batch.length;
  }
  return written;
}

/** The columns to select for `rowToLieu` (the standard's fields, plus derived ones the API uses). */
export const lieuSelect = [...lieuColumns, 'fuseau_horaire', 'horaires_valides'].join(', ');

/** A `lieux` row (selected with `lieuSelect`) as the contract's `Lieu`: absent fields instead of `NULL`. */
export function rowToLieu(row: Row): Lieu {
  const lieu: Record<string, unknown> = {};
  for (const column of lieuColumns) {
    const value = row[column];
    if (arrayColumns.has(column)) lieu[column] = Array.isArray(value) ? value : [];
    else if (value !== null && value !== undefined) lieu[column] = value;
  }
  return lieu as Lieu;
}
