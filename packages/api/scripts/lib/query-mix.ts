// The requests of the reliability scripts: what the widgets ask for, in proportions close to real use, around
// communes picked by population (so that Lille and Lyon are asked often and a hamlet rarely). Deterministic.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slugsOf } from '@inclusion-widgets/core';
import { random, weightedPicker, type CommuneCentre } from '../../src/bench/synthetic.js';

/** The committed communes index (the same file the server loads). */
const COMMUNES_CSV = fileURLToPath(new URL('../../data/communes.csv', import.meta.url));

/** The communes' centres, names and populations, read from `data/communes.csv` (no database needed). */
export function readCommunes(): CommuneCentre[] {
  const [header, ...lines] = readFileSync(COMMUNES_CSV, 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  const at = (name: string) => columns.indexOf(name);
  const [code, nom, codes, population, latitude, longitude] = [
    at('code'),
    at('nom'),
    at('codes_postaux'),
    at('population'),
    at('latitude'),
    at('longitude'),
  ];
  return lines.map((line) => {
    // Names may be quoted (commas); the numeric columns are the last ones.
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, '')) ?? [];
    const unquote = (text = '') => text.replace(/^"|"$/g, '').replace(/""/g, '"');
    return {
      code: unquote(cells[code]),
      nom: unquote(cells[nom]),
      codes_postaux: unquote(cells[codes]).split(' '),
      population: Number(cells[population]) || 0,
      latitude: Number(cells[latitude]),
      longitude: Number(cells[longitude]),
    };
  });
}

/** A kind of request, and its share of the mix. */
export const mixShares = {
  'places near a point': 0.4,
  'text search near a commune': 0.1,
  facets: 0.1,
  'communes autocomplete': 0.2,
  'map clusters': 0.15,
  quiz: 0.05,
} as const;

/** One of the kinds of request of the mix. */
export type MixKind = keyof typeof mixShares;

const services: readonly string[] = slugsOf('services');
const words = ['france services', 'mediatheque', 'mairie', 'centre social', 'numerique', 'espace'];
const quizzes = ['competences-numeriques', 'mes-demarches-en-ligne'];

/** A request path of the mix, and its kind. */
export interface MixedRequest {
  kind: MixKind;
  path: string;
}

/**
 * `count` request paths in the proportions of `mixShares`: searches around a point (jittered, so nearly every one
 * is a new query, as from citizens' positions), text searches, facet counts, the communes' autocomplete (prefixes
 * of 2 to 6 letters: many repeats, as people type), map viewports at zoom 8 to 13, and a quiz definition.
 *
 * @example
 * const paths = mixedRequests(readCommunes(), 100_000, 7).map((request) => request.path);
 */
export function mixedRequests(
  communes: readonly CommuneCentre[],
  count: number,
  seed: number,
): MixedRequest[] {
  const next = random(seed);
  const pick = weightedPicker(communes, next);
  const kinds = Object.entries(mixShares) as [MixKind, number][];
  const choose = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const requests: MixedRequest[] = [];
  for (let index = 0; index < count; index += 1) {
    let roll = next();
    let kind: MixKind = kinds[0]?.[0] ?? 'places near a point';
    for (const [name, share] of kinds) {
      kind = name;
      if (roll < share) break;
      roll -= share;
    }
    const commune = pick();
    const lat = (commune.latitude + (next() - 0.5) * 0.05).toFixed(5);
    const lon = (commune.longitude + (next() - 0.5) * 0.05).toFixed(5);
    const filter = next() < 0.3 ? `&services=${choose(services)}` : '';
    let path: string;
    switch (kind) {
      case 'places near a point':
        path = `/v1/lieux?lat=${lat}&lon=${lon}&rayon=${choose([5_000, 10_000, 20_000])}&limit=20${filter}`;
        break;
      case 'text search near a commune':
        path = `/v1/lieux?commune=${commune.code}&rayon=30000&q=${encodeURIComponent(choose(words))}&limit=20`;
        break;
      case 'facets':
        path = `/v1/lieux/facettes?lat=${lat}&lon=${lon}&rayon=20000${filter}`;
        break;
      case 'communes autocomplete':
        path = `/v1/communes?q=${encodeURIComponent(commune.nom.slice(0, 2 + Math.floor(next() * 5)))}&limit=8`;
        break;
      case 'map clusters': {
        const zoom = 8 + Math.floor(next() * 6);
        const half = 180 / 2 ** zoom;
        const bbox = [Number(lon) - half * 2, Number(lat) - half, Number(lon) + half * 2, Number(lat) + half];
        path = `/v1/lieux/carte?bbox=${bbox.map((value) => value.toFixed(4)).join(',')}&zoom=${zoom}`;
        break;
      }
      case 'quiz':
        path = `/v1/quiz/${choose(quizzes)}${next() < 0.3 ? '?lang=en' : ''}`;
        break;
    }
    requests.push({ kind, path });
  }
  return requests;
}
