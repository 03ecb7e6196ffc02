// Searching places (`GET /v1/lieux`), one place with its weekly hours (`GET /v1/lieux/{id}`), and map
// viewports (`GET /v1/lieux/carte`). SQL only: the same queries run on PGlite and on a PostgreSQL server.
import {
  carteLimits,
  parseTerritoire,
  searchFilterFields,
  type Carte,
  type CarteParams,
  type Lieu,
  type LieuDetail,
  type Page,
  type SearchParams,
  type ValidationProblem,
} from '@inclusion-widgets/core';
import type { Database, Queryable, Row } from '../database.js';
import { gridLevel, mercatorX, mercatorY, readCellules } from './cellules.js';
import { minuteOfWeek, ouverture, semaine } from './opening-hours.js';
import { lieuSelect, rowToLieu } from './store.js';

/**
 * Radius of a search by point or commune without `rayon`, in metres: a commune and its neighbours, or a city
 * and its suburbs — about half an hour by car or public transport, the national aim for reaching a France
 * Services desk — while keeping the distance scan small in dense areas.
 */
export const DEFAULT_RAYON = 20_000;

/** Page size without `limit`. */
export const DEFAULT_LIMIT = 20;

/**
 * Most matches `total` counts: counting is the one cost that grows with the number of matches (every place in
 * the radius), so a search in a dense area stays fast whatever the dataset. `total` is exact below it; equal to
 * it, it means "this many or more" (a widget shows "1 000+").
 */
export const TOTAL_CAP = 1_000;

/** Places at exactly the same distance that a page by distance still orders by id (see `searchLieux`). */
const TIE_ROOM = 50;

/**
 * Runs a distance search with bitmap scans off, inside a transaction (`SET LOCAL`): the planner, which cannot
 * estimate how many places a cube holds, would otherwise read every candidate of the radius and sort them,
 * where the GiST index gives the nearest first and the scan stops at the page's end (1 ms instead of 50 on
 * 20,000 places around Paris). A plain `Queryable` (already in a transaction) runs the queries as they are.
 */
export async function nearestFirst<R>(
  db: Queryable,
  byDistance: boolean,
  run: (tx: Queryable) => Promise<R>,
): Promise<R> {
  if (!byDistance || !isDatabase(db)) return run(db);
  return db.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_bitmapscan = off');
    return run(tx);
  });
}

function isDatabase(db: Queryable): db is Database {
  return typeof (db as Partial<Database>).transaction === 'function';
}

/** A search the parameters cannot describe (unknown commune, foreign cursor): answered with 400. */
export class SearchInputError extends Error {
  /** The invalid parameters, with why. */
  readonly problems: readonly ValidationProblem[];

  constructor(problems: readonly ValidationProblem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
    this.name = 'SearchInputError';
    this.problems = problems;
  }
}

/** Options of the queries. */
export interface QueryOptions {
  /** The instant of "open now" and of each place's `ouverture`; now by default (tests pass one). */
  now?: Date;
}

/** Builds a parameterised WHERE clause. */
export class Conditions {
  /** The values, `$1` first. */
  readonly params: unknown[] = [];
  /** The conditions, joined by AND. */
  readonly clauses: string[] = [];

  /** Adds a value and returns its placeholder. */
  value(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition. */
  add(clause: string): void {
    this.clauses.push(clause);
  }

  /** `WHERE …`, or nothing without conditions. */
  get where(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

type Filters = Pick<
  SearchParams,
  'territoire' | 'q' | 'ouvert_maintenant' | (typeof searchFilterFields)[number]
>;

/** The filters shared by searches, maps and facet counts: territory, vocabularies, text, open now. */
async function addFilters(db: Queryable, where: Conditions, filters: Filters, now: Date): Promise<void> {
  await addPlaceFilters(db, where, filters);
  // Each vocabulary: any of its values (`&&`); several vocabularies: all of them.
  for (const field of searchFilterFields) {
    const slugs = filters[field];
    if (slugs && slugs.length > 0) where.add(`l.${field} && ${where.value(slugs)}::text[]`);
  }
  if (filters.ouvert_maintenant) where.add(openNow(where, now));
}

/** The filters that say where to look rather than what to keep: `territoire` and the text `q`. */
export async function addPlaceFilters(
  db: Queryable,
  where: Conditions,
  filters: Pick<SearchParams, 'territoire' | 'q'>,
): Promise<void> {
  if (filters.territoire !== undefined) {
    const territoire = parseTerritoire(filters.territoire);
    if (territoire) {
      const column = { commune: 'code_insee', epci: 'epci', departement: 'departement', region: 'region' }[
        territoire.type
      ];
      where.add(`l.${column} = ${where.value(territoire.code)}`);
    }
  }
  if (filters.q !== undefined && filters.q.trim() !== '') {
    // Every word of the query, normalised like `recherche` (no accents, case, hyphens), must appear in it:
    // LIKE on the trigram index. Predictable (no fuzzy false positives), accent- and case-insensitive.
    const { rows } = await db.query<{ q: string | null }>('SELECT normaliser($1) AS q', [filters.q]);
    const words = (rows[0]?.q ?? '').split(' ').filter((word) => word !== '');
    for (const word of words) {
      where.add(`l.recherche LIKE ${where.value(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    }
  }
}

/**
 * The SQL condition "open now" on a place `l`: its regular week (`horaires_minutes`) holds the minute of the
 * week now in its zone. The minute of each zone is computed here once: no time-zone conversion per row.
 */
export function openNow(where: Conditions, now: Date): string {
  const minutes = Object.fromEntries(fuseaux.map((zone) => [zone, minuteOfWeek(now, zone)]));
  return `l.horaires_minutes @> (${where.value(JSON.stringify(minutes))}::jsonb ->> l.fuseau_horaire)::integer`;
}

/** The time zones `fuseau_horaire(departement)` gives (migration 002). */
const fuseaux = [
  'Europe/Paris',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'America/Miquelon',
  'Indian/Mayotte',
  'America/St_Barthelemy',
  'America/Marigot',
  'Pacific/Wallis',
  'Pacific/Tahiti',
  'Pacific/Noumea',
] as const;

// --- Cursor ----------------------------------------------------------------------------------------------

interface CursorKey {
  /** The sort key of the last item: its exact distance, or its normalised name. */
  key: number | string;
  id: string;
}

function encodeCursor(cursor: CursorKey): string {
  return Buffer.from(JSON.stringify(['v1', cursor.key, cursor.id])).toString('base64url');
}

function decodeCursor(text: string, byDistance: boolean): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    // A NUL character would reach PostgreSQL, which refuses it in text: a cursor of this API never holds one.
    const clean =
      Array.isArray(value) && !value.some((part) => typeof part === 'string' && part.includes('\u0000'));
    if (clean && value.length === 3 && value[0] === 'v1' && typeof value[2] === 'string') {
      const key: unknown = value[1];
      if (byDistance && typeof key === 'number' && Number.isFinite(key)) return { key, id: value[2] };
      if (!byDistance && typeof key === 'string') return { key, id: value[2] };
    }
  } catch {
    // Not base64url JSON: reported below.
  }
  throw new SearchInputError([
    {
      path: 'cursor',
      message:
        'cursor must be the `next` value of a previous page of this same search; start again without cursor',
    },
  ]);
}

// --- Search ----------------------------------------------------------------------------------------------

/** Where a commune's centre is, or a 400 problem when the code is unknown. */
async function communeCentre(db: Queryable, code: string): Promise<{ lat: number; lon: number }> {
  const { rows } = await db.query<{ latitude: number; longitude: number }>(
    'SELECT latitude, longitude FROM communes WHERE code = $1',
    [code],
  );
  const row = rows[0];
  if (!row) {
    throw new SearchInputError([
      { path: 'commune', message: `no commune has the INSEE code ${code}; use a code of /v1/communes?q=` },
    ]);
  }
  return { lat: row.latitude, lon: row.longitude };
}

/** The place's stored `ll_to_earth(latitude, longitude)` (migration 005). */
const positionOf = (alias: string) => `${alias}.position`;

/** earthdistance's `earth()`: the radius of its sphere, in metres. */
const EARTH_RADIUS = 6_378_168;

/** The chord of the earth sphere that a great-circle distance spans (the inverse of `sec_to_gc`). */
const chordOf = (metres: number): number =>
  2 * EARTH_RADIUS * Math.sin(Math.min(metres, Math.PI * EARTH_RADIUS) / (2 * EARTH_RADIUS));

/** The great-circle distance a chord spans: earthdistance's `sec_to_gc`, as `earth_distance` computes it. */
const greatCircleOf = (chord: number): number =>
  2 * EARTH_RADIUS * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS)));

/** The place's opening status for a row selected with its derived columns. */
function statusOf(row: Row, now: Date): Lieu['ouverture'] {
  if (typeof row.horaires !== 'string' || row.horaires_valides === false) return { statut: 'inconnu' };
  return ouverture(row.horaires, {
    at: now,
    timeZone: typeof row.fuseau_horaire === 'string' ? row.fuseau_horaire : undefined,
    latitude: typeof row.latitude === 'number' ? row.latitude : undefined,
    longitude: typeof row.longitude === 'number' ? row.longitude : undefined,
    departement: typeof row.departement === 'string' ? row.departement : undefined,
    region: typeof row.region === 'string' ? row.region : undefined,
  });
}

const detailSelect = `${lieuSelect}, departement, region`;

/** Where a search looks: a point or a commune's centre within a radius, and a bounding box. */
type Location = Pick<SearchParams, 'lat' | 'lon' | 'commune' | 'rayon' | 'bbox'>;

/**
 * Adds the conditions of a location: within `rayon` (default `DEFAULT_RAYON`) of the point or of the commune's
 * centre (a 400 problem for an unknown commune), inside `bbox`. Returns the centre, if any, and the SQL of the
 * chord from it to a place `l` (`NULL` without a centre): ordering by it is ordering by distance.
 */
export async function addLocation(
  db: Queryable,
  where: Conditions,
  params: Location,
): Promise<{ centre: { lat: number; lon: number } | undefined; distance: string }> {
  let centre: { lat: number; lon: number } | undefined;
  if (params.lat !== undefined && params.lon !== undefined) centre = { lat: params.lat, lon: params.lon };
  else if (params.commune !== undefined) centre = await communeCentre(db, params.commune);

  let distance = 'NULL::double precision';
  if (centre) {
    const origin = `ll_to_earth(${where.value(centre.lat)}::double precision, ${where.value(centre.lon)}::double precision)`;
    const rayon = params.rayon ?? DEFAULT_RAYON;
    // `<->` is the straight-line (chord) distance between points of the earth cube, a C function that grows
    // with the great-circle distance: filtering and sorting on it is filtering and sorting on `earth_distance`,
    // without its SQL-level trigonometry for every candidate. earth_box finds the candidates on the GiST index.
    distance = `(${positionOf('l')} <-> ${origin})`;
    where.add('l.position IS NOT NULL');
    where.add(`earth_box(${origin}, ${where.value(rayon)}::double precision) @> ${positionOf('l')}`);
    where.add(`${distance} <= ${where.value(chordOf(rayon))}::double precision`);
  }
  if (params.bbox) {
    const [west, south, east, north] = params.bbox.map((value) => where.value(value));
    where.add('l.latitude IS NOT NULL');
    where.add(`point(l.longitude, l.latitude) <@ box(point(${west}, ${south}), point(${east}, ${north}))`);
  }
  return { centre, distance };
}

/**
 * Searches places. By point (`lat`/`lon`) or `commune` (its centre) within `rayon` (default `DEFAULT_RAYON`),
 * sorted by distance then id; otherwise sorted by name then id. `bbox`, `territoire`, every vocabulary (any
 * of its values; all the vocabularies given), `q` (every word, accent-insensitive) and `ouvert_maintenant`
 * narrow it. Pages by an opaque keyset cursor (stable under ties) or by `page`. Each item has its `distance`
 * (whole metres, when there is a centre) and its `ouverture` in its own time zone.
 *
 * @example
 * const page = await searchLieux(database, { lat: 50.63, lon: 3.06, services: ['aide-aux-demarches-administratives'] });
 */
export async function searchLieux(
  db: Queryable,
  params: SearchParams,
  options: QueryOptions = {},
): Promise<Page<Lieu>> {
  const now = options.now ?? new Date();
  const limit = params.limit ?? DEFAULT_LIMIT;
  const where = new Conditions();
  const { centre, distance } = await addLocation(db, where, params);
  await addFilters(db, where, params, now);

  const sortKey = centre ? distance : 'normaliser(l.nom)';
  // Counting is the one cost that grows with the number of matches: counted up to TOTAL_CAP.
  const countSql = `SELECT count(*)::integer AS total FROM (SELECT 1 FROM lieux l ${where.where} LIMIT ${TOTAL_CAP}) AS matches`;
  const countParams = [...where.params];

  if (params.cursor !== undefined) {
    const cursor = decodeCursor(params.cursor, centre !== undefined);
    const key = centre ? `${where.value(cursor.key)}::double precision` : `${where.value(cursor.key)}::text`;
    where.add(`(${sortKey}, l.id) > (${key}, ${where.value(cursor.id)}::text)`);
  }
  const offset = params.cursor === undefined && params.page !== undefined ? (params.page - 1) * limit : 0;
  const columns = `${detailSelect
    .split(', ')
    .map((column) => `l.${column}`)
    .join(', ')},
           ${distance} AS distance, ${sortKey} AS sort_key`;
  // By distance, the GiST index gives the nearest places first only when the ORDER BY is the distance alone: with
  // `, l.id` after it, PostgreSQL reads every place of the radius and sorts them (457 ms instead of 2 ms around
  // Paris at 1M places). So the nearest are taken by distance alone, with room for ties, then ordered by distance
  // and id for a stable cursor. A page could only be misordered if more than TIE_ROOM places shared one distance.
  const sql = centre
    ? `
    SELECT * FROM (
      SELECT ${columns}
      FROM lieux l
      ${where.where}
      ORDER BY ${sortKey}
      LIMIT ${where.value(offset + limit + 1 + TIE_ROOM)}
    ) AS nearest
    ORDER BY sort_key, id
    LIMIT ${where.value(limit + 1)} OFFSET ${where.value(offset)}`
    : `
    SELECT ${columns}
    FROM lieux l
    ${where.where}
    ORDER BY ${sortKey}, l.id
    LIMIT ${where.value(limit + 1)} OFFSET ${where.value(offset)}`;

  const [{ rows }, counted] = await nearestFirst(db, centre !== undefined, (tx) =>
    Promise.all([tx.query<Row>(sql, where.params), tx.query<{ total: number }>(countSql, countParams)]),
  );
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  const next =
    rows.length > limit && last
      ? encodeCursor({ key: last.sort_key as number | string, id: String(last.id) })
      : null;
  const items = pageRows.map((row) => {
    const lieu: Lieu = { ...rowToLieu(row), ouverture: statusOf(row, now) };
    if (typeof row.distance === 'number') lieu.distance = Math.round(greatCircleOf(row.distance));
    return lieu;
  });
  return { items, total: counted.rows[0]?.total ?? 0, limit, next };
}

/**
 * One place with its opening status and weekly hours table, or `undefined`.
 *
 * @example
 * const lieu = await getLieuDetail(database, 'fs-123');
 */
export async function getLieuDetail(
  db: Queryable,
  id: string,
  options: QueryOptions = {},
): Promise<LieuDetail | undefined> {
  const now = options.now ?? new Date();
  const { rows } = await db.query<Row>(`SELECT ${detailSelect} FROM lieux WHERE id = $1`, [id]);
  const row = rows[0];
  if (!row) return undefined;
  const detail: LieuDetail = { ...rowToLieu(row), ouverture: statusOf(row, now) };
  if (detail.horaires !== undefined) {
    const table =
      row.horaires_valides === false
        ? undefined
        : semaine(detail.horaires, {
            at: now,
            timeZone: typeof row.fuseau_horaire === 'string' ? row.fuseau_horaire : undefined,
            latitude: detail.latitude,
            longitude: detail.longitude,
            departement: typeof row.departement === 'string' ? row.departement : undefined,
            region: typeof row.region === 'string' ? row.region : undefined,
          });
    detail.horaires_valides = table !== undefined;
    if (table) detail.horaires_semaine = table;
  }
  return detail;
}

// --- Map -------------------------------------------------------------------------------------------------

/**
 * The places of a map viewport, filtered like a search: every place as a point when they are at most
 * `carteLimits.features`, otherwise one feature per non-empty cell of a web-mercator grid sized by the zoom
 * (a cluster with its count, mean position and extent, or a point for a cell of one place). Never more than
 * `carteLimits.features` features. Without filters, the cells are those computed after the last import
 * (`lieux_cellules`), whole: a cluster cut by the viewport's edge counts its places just outside too, so that its
 * count and position do not change as the map pans; with filters, the places of the viewport are grouped.
 *
 * @example
 * const carte = await carteLieux(database, { bbox: [2.2, 48.8, 2.5, 48.9], zoom: 12 });
 */
export async function carteLieux(
  db: Queryable,
  params: CarteParams,
  options: QueryOptions = {},
): Promise<Carte> {
  const now = options.now ?? new Date();
  const where = new Conditions();
  const [west, south, east, north] = params.bbox.map((value) => where.value(value)) as [
    string,
    string,
    string,
    string,
  ];
  where.add('l.latitude IS NOT NULL');
  await addFilters(db, where, params, now);

  // Few places: all of them, as points (one query through the viewport's GiST index, capped one beyond the limit;
  // bitmap scans off, which would read every place of a large viewport before the limit: 48 ms for France at
  // 200,000 places, instead of stopping at the 401st).
  const cap = carteLimits.features;
  const few = await nearestFirst(db, true, (tx) =>
    tx.query<Row>(
      `SELECT l.id, l.nom, l.commune, l.latitude, l.longitude FROM lieux l ${where.where}
       AND point(l.longitude, l.latitude) <@ box(point(${west}, ${south}), point(${east}, ${north}))
     LIMIT ${where.value(cap + 1)}`,
      where.params,
    ),
  );
  // In id order, so that the same viewport gives the same body (and ETag).
  few.rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const point = (row: Row) => ({
    id: String(row.id),
    nom: String(row.nom),
    commune: String(row.commune),
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  });
  if (few.rows.length <= cap) {
    return {
      bbox: params.bbox,
      zoom: params.zoom,
      total: few.rows.length,
      clusters: [],
      points: few.rows.map(point),
    };
  }
  where.params.pop();
  const level = gridLevel(params.bbox, params.zoom);
  // Many places and no filter: the cells computed after the last import (migration 009), when they still hold the
  // places of now; otherwise the places themselves, grouped.
  const cells = where.clauses.length === 1 ? await readCellules(db, params.bbox, level) : undefined;
  const rows = cells
    ? await nameSingles(db, cells)
    : await groupPlaces(db, where, { west, south, east, north }, level);
  const carte: Carte = { bbox: params.bbox, zoom: params.zoom, total: 0, clusters: [], points: [] };
  for (const row of rows) {
    const count = Number(row.count);
    carte.total += count;
    if (count === 1) {
      carte.points.push(point({ ...row, latitude: row.south, longitude: row.west }));
    } else {
      carte.clusters.push({
        count,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        bbox: [Number(row.west), Number(row.south), Number(row.east), Number(row.north)],
      });
    }
  }
  return carte;
}

/**
 * The places of a viewport grouped by the cells of a grid level, with the name of the place of single-place cells.
 * The viewport as bounds on latitude and longitude, which the narrow index `lieux_grille` answers alone (migration
 * 008) when no filter reads other columns; names are read after, for single places only.
 */
async function groupPlaces(
  db: Queryable,
  where: Conditions,
  bounds: { west: string; south: string; east: string; north: string },
  level: number,
): Promise<Row[]> {
  const { west, south, east, north } = bounds;
  const size = where.value(1 / (4 * 2 ** level));
  const { rows } = await db.query<Row>(
    `SELECT count(*)::integer AS count,
            avg(l.latitude) AS latitude, avg(l.longitude) AS longitude,
            min(l.longitude) AS west, min(l.latitude) AS south, max(l.longitude) AS east, max(l.latitude) AS north,
            min(l.id) AS id
     FROM lieux l ${where.where}
       AND l.latitude BETWEEN ${south} AND ${north} AND l.longitude BETWEEN ${west} AND ${east}
     GROUP BY floor(${mercatorX('l.longitude')} / ${size}::double precision),
              floor(${mercatorY('l.latitude')} / ${size}::double precision)`,
    where.params,
  );
  return nameSingles(db, rows);
}

/**
 * Cells with the name and commune of the place of each single-place cell, read by id afterwards (a join would let
 * the planner hash the whole table).
 */
async function nameSingles(db: Queryable, rows: Row[]): Promise<Row[]> {
  const singles = rows.filter((row) => Number(row.count) === 1).map((row) => String(row.id));
  if (singles.length === 0) return rows;
  const named = await db.query<Row>('SELECT id, nom, commune FROM lieux WHERE id = ANY($1::text[])', [
    singles,
  ]);
  const names = new Map(named.rows.map((row) => [String(row.id), row]));
  return rows.map((row) => ({ ...row, ...names.get(String(row.id)) }));
}
