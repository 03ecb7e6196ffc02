// Builds the outlines of the default map style, committed so that a fresh clone needs nothing else:
//   packages/api/data/departements.geojson   the 96 metropolitan départements (`code`, `nom`), coordinates rounded
//                                            to 3 decimals (about 110 m north–south, 75 m east–west: finer than a
//                                            pixel below zoom 10, where this background is meant to be seen)
//   test/fixtures/carte-style.json           the style of the API with a few départements of the north inline, more
//                                            simplified, for browser tests that draw a map with no server
//
// Source: /work/shared/data/departements-2018-simplifie.geojson (gregoiredavid/france-geojson, from IGN Admin
// Express COG 2018, Licence Ouverte 2.0; see packages/api/data/README.md).
//
// Run from the repository root:
//   node --conditions=source --import tsx packages/api/scripts/build-departements.ts [SHARED_DATA_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { carteStyle, type FeatureCollection } from '../src/carte/style.js';

type Position = [number, number];
type Ring = Position[];

const here = fileURLToPath(new URL('.', import.meta.url));
const sharedDir = resolve(process.argv[2] ?? resolve(here, '../../../../shared/data'));
const output = resolve(here, '../data/departements.geojson');
const fixture = resolve(here, '../../../test/fixtures/carte-style.json');

/** The départements of the fixture: Nord and its neighbours, where the test places are. */
const fixtureCodes = ['59', '62', '80', '02'];

interface SourceFeature {
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** Perpendicular distance from `point` to the segment `a`–`b`, in degrees (fine for simplifying outlines). */
function distanceToSegment(point: Position, a: Position, b: Position): number {
  const [x, y] = point;
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker on an open line: keeps the points farther than `tolerance` from the simplified line. */
function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length <= 2 || tolerance <= 0) return points;
  const first = points[0] as Position;
  const last = points[points.length - 1] as Position;
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i += 1) {
    const distance = distanceToSegment(points[i] as Position, first, last);
    if (distance > farthest) {
      farthest = distance;
      index = i;
    }
  }
  if (farthest <= tolerance) return [first, last];
  return [
    ...simplifyLine(points.slice(0, index + 1), tolerance).slice(0, -1),
    ...simplifyLine(points.slice(index), tolerance),
  ];
}

/**
 * A ring rounded to `decimals`, simplified with `tolerance` (degrees; 0 keeps every point), without repeated
 * points, still closed; `undefined` when fewer than 4 positions are left (a sliver that rounding erased).
 */
function cleanRing(ring: Ring, decimals: number, tolerance: number): Ring | undefined {
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor;
  // Split at the point farthest from the first, so that simplification keeps two anchors of the closed ring.
  const open = ring.slice(0, -1);
  const start = open[0] as Position;
  const away = (point: Position) => Math.hypot(point[0] - start[0], point[1] - start[1]);
  let split = 0;
  let farthest = 0;
  open.forEach((point, i) => {
    if (away(point) > farthest) {
      farthest = away(point);
      split = i;
    }
  });
  const simplified = [
    ...simplifyLine(ring.slice(0, split + 1), tolerance).slice(0, -1),
    ...simplifyLine(ring.slice(split), tolerance),
  ];
  const rounded: Ring = [];
  for (const [longitude, latitude] of simplified) {
    const point: Position = [round(longitude), round(latitude)];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) rounded.push([first[0], first[1]]);
  return rounded.length >= 4 ? rounded : undefined;
}

function cleanPolygon(rings: Ring[], decimals: number, tolerance: number): Ring[] | undefined {
  const [outer, ...holes] = rings.map((ring) => cleanRing(ring, decimals, tolerance));
  if (!outer) return undefined;
  return [outer, ...holes.filter((hole): hole is Ring => hole !== undefined)];
}

function convert(features: SourceFeature[], decimals: number, tolerance: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const { code, nom } = feature.properties;
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const cleaned = polygons
        .map((polygon) => cleanPolygon(polygon, decimals, tolerance))
        .filter((polygon): polygon is Ring[] => polygon !== undefined);
      if (cleaned.length === 0) throw new Error(`département ${code}: nothing left after rounding`);
      return {
        type: 'Feature',
        properties: { code, nom },
        geometry:
          cleaned.length === 1
            ? { type: 'Polygon', coordinates: cleaned[0] }
            : { type: 'MultiPolygon', coordinates: cleaned },
      };
    }),
  };
}

const source = JSON.parse(
  readFileSync(resolve(sharedDir, 'departements-2018-simplifie.geojson'), 'utf8'),
) as { features: SourceFeature[] };
const sorted = [...source.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const departements = convert(sorted, 3, 0);
const text = `${JSON.stringify(departements)}\n`;
writeFileSync(output, text);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sourceBytes = readFileSync(resolve(sharedDir, 'departements-2018-simplifie.geojson')).byteLength;
process.stdout.write(
  `${output}: ${departements.features.length} départements, ${kb(text.length)} (source ${kb(sourceBytes)}), ` +
    `${kb(gzipSync(text, { level: 9 }).byteLength)} gzip\n`,
);

const north = convert(
  sorted.filter((feature) => fixtureCodes.includes(feature.properties.code)),
  2,
  0.01,
);
// Formatted as the repository's `prettier --check` expects it.
const style = await format(JSON.stringify(carteStyle({ departements: north })), {
  ...(await resolveConfig(fixture)),
  filepath: fixture,
});
writeFileSync(fixture, style);
process.stdout.write(`${fixture}: ${north.features.length} départements inline, ${kb(style.length)}\n`);
