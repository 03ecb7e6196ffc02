// The map's grid (`GET /v1/lieux/carte`): cells of web-mercator squares sized by the zoom, grouped live for a
// filtered map, read from `lieux_cellules` (migration 009) for a map without filters.
import { carteLimits } from '@inclusion-widgets/core';
import type { Queryable, Row } from '../database.js';

/** Web-mercator y of a latitude column, in [0, 1] from north to south (clamped to the square map's ±85.05°). */
export const mercatorY = (latitude: string): string =>
  `((1 - ln(tan(radians(least(greatest(${latitude}, -85.05), 85.05))) + 1 / cos(radians(least(greatest(${latitude}, -85.05), 85.05)))) / pi()) / 2)`;
/** Web-mercator x of a longitude column, in [0, 1] from west to east. */
export const mercatorX = (longitude: string): string => `((${longitude} + 180) / 360)`;

/** Web-mercator x and y of a point, in [0, 1] (the same formulas as `mercatorX` and `mercatorY`). */
function mercator(longitude: number, latitude: number): { x: number; y: number } {
  const radians = (Math.max(-85.05, Math.min(85.05, latitude)) * Math.PI) / 180;
  return {
    x: (longitude + 180) / 360,
    y: (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2,
  };
}

/**
 * The grid level of a viewport: its cells are 1 / (4 · 2^level) of the web-mercator world, 64 px at the map's
 * zoom (4 cells per 256 px tile), one level coarser (cells twice as large) until the viewport holds at most
 * `carteLimits.features` cells. Cells are aligned on a world grid, so that clusters stay put when the map pans.
 *
 * @example
 * gridLevel([-5.5, 41, 10, 51.5], 6); // 4: France at zoom 6 in cells of 1/64 of the world
 */
export function gridLevel(bbox: readonly [number, number, number, number], zoom: number): number {
  const [west, south, east, north] = bbox;
  const width = mercator(east, 0).x - mercator(west, 0).x;
  const height = mercator(0, south).y - mercator(0, north).y;
  let level = zoom;
  // +2 on each axis: the viewport's edges may cut cells.
  const cells = (size: number) => (Math.floor(width / size) + 2) * (Math.floor(height / size) + 2);
  while (cells(1 / (4 * 2 ** level)) > carteLimits.features) level -= 1;
  return level;
}

/**
 * The grid cell size of a viewport, in web-mercator units (`gridLevel` as a size).
 *
 * @example
 * cellSize([2.2, 48.8, 2.5, 48.9], 12); // 1 / 16384
 */
export function cellSize(bbox: readonly [number, number, number, number], zoom: number): number {
  return 1 / (4 * 2 ** gridLevel(bbox, zoom));
}

/** The finest level kept in `lieux_cellules`: cells of about 2.4 km at the equator, 1.6 km in France. */
export const finestCellLevel = 12;
/** The coarsest: the whole world in one cell (a viewport of the world at zoom 0 asks for level −2). */
export const coarsestCellLevel = -2;

/**
 * Computes `lieux_cellules` again from the places, and records the version of the places it holds. Run it in the
 * transaction that wrote the places (an import, the seed), after the writes: the cells then change with the
 * places, all or nothing; a concurrent import waits on the version's row, which this transaction's writes locked.
 * At 1,000,000 places 3.6–3.9 s on PostgreSQL (the finest level from the places, each coarser one from the level
 * below).
 *
 * @example
 * await database.transaction(async (tx) => { await upsertLieux(tx, lieux); await refreshCellules(tx); });
 */
export async function refreshCellules(tx: Queryable): Promise<void> {
  // Raise the version first (a transaction that wrote no place, as a refresh after a migration, holds its row now).
  await tx.query('UPDATE lieux_cellules_etat SET version = version + 1');
  await tx.query('DELETE FROM lieux_cellules');
  const scale = 4 * 2 ** finestCellLevel;
  await tx.query(
    `INSERT INTO lieux_cellules (niveau, x, y, nombre, somme_latitude, somme_longitude, ouest, sud, est, nord, id)
     SELECT $1::smallint, x, y, count(*), sum(latitude), sum(longitude), min(longitude), min(latitude), max(longitude),
            max(latitude), min(id)
     FROM (SELECT least(floor(${mercatorX('longitude')} * $2::double precision), $3::integer)::integer AS x,
                  least(floor(${mercatorY('latitude')} * $2::double precision), $3::integer)::integer AS y,
                  latitude, longitude, id
           FROM lieux WHERE latitude IS NOT NULL) AS places
     GROUP BY x, y`,
    [finestCellLevel, scale, scale - 1],
  );
  for (let level = finestCellLevel - 1; level >= coarsestCellLevel; level -= 1) {
    await tx.query(
      `INSERT INTO lieux_cellules (niveau, x, y, nombre, somme_latitude, somme_longitude, ouest, sud, est, nord, id)
       SELECT $1::smallint, x / 2, y / 2, sum(nombre), sum(somme_latitude), sum(somme_longitude), min(ouest), min(sud),
              max(est), max(nord), min(id)
       FROM lieux_cellules WHERE niveau = $1::smallint + 1
       GROUP BY x / 2, y / 2`,
      [level],
    );
  }
  await tx.query('UPDATE lieux_cellules_etat SET version_cellules = version');
}

/** A cell as the map's query returns it: one place (`count` 1, its id) or a cluster. */
export interface CellRow extends Row {
  count: number;
  latitude: number;
  longitude: number;
  west: number;
  south: number;
  east: number;
  north: number;
  id: string;
}

/**
 * The computed cells of a viewport at a grid level, whole (a cell cut by the viewport's edge counts its places
 * outside it too); `undefined` when the level is not kept or the cells are not those of the places now (a write
 * since the last computation): group the places then.
 *
 * @example
 * const cells = await readCellules(database, [-5.5, 41, 10, 51.5], 4);
 */
export async function readCellules(
  db: Queryable,
  bbox: readonly [number, number, number, number],
  level: number,
): Promise<CellRow[] | undefined> {
  if (level > finestCellLevel || level < coarsestCellLevel) return undefined;
  const scale = 4 * 2 ** level;
  const [west, south, east, north] = bbox;
  const last = Math.max(0, Math.ceil(scale) - 1);
  const index = (value: number) => Math.min(Math.max(Math.floor(value * scale), 0), last);
  const northWest = mercator(west, north);
  const southEast = mercator(east, south);
  // One statement, so one snapshot: the cells and the version they are checked against.
  const { rows } = await db.query<CellRow & { fresh: boolean }>(
    `SELECT e.version_cellules IS NOT DISTINCT FROM e.version AS fresh,
            c.nombre AS count, c.somme_latitude / c.nombre AS latitude, c.somme_longitude / c.nombre AS longitude,
            c.ouest AS west, c.sud AS south, c.est AS east, c.nord AS north, c.id
     FROM lieux_cellules_etat e
     LEFT JOIN lieux_cellules c ON e.version_cellules = e.version
       AND c.niveau = $1 AND c.x BETWEEN $2 AND $3 AND c.y BETWEEN $4 AND $5
     ORDER BY c.x, c.y`,
    [level, index(northWest.x), index(southEast.x), index(northWest.y), index(southEast.y)],
  );
  if (rows[0]?.fresh !== true) return undefined;
  return rows.filter((row) => row.count !== null);
}
