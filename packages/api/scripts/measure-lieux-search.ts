// A quick measure (not a test, not the benchmark): latency of proximity searches over synthetic places on
// PGlite in this process. `node --conditions=source --import tsx packages/api/scripts/measure-lieux-search.ts [N]`
import type { Lieu } from '@inclusion-widgets/core';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/database.js';
import { createLogger } from '../src/logger.js';
import { horairesValides } from '../src/lieux/opening-hours.js';
import { searchLieux } from '../src/lieux/search.js';
import { upsertLieux } from '../src/lieux/store.js';
import { migrate } from '../src/migrate.js';
import { emptyLists } from '../src/test-lieux.js';

process.env.TZ = 'UTC';
const count = Number(process.argv[2] ?? 20_000);
// Big French cities (latitude, longitude, weight): places are spread around them, more around larger ones.
const cities: [number, number, number][] = [
  [48.8566, 2.3522, 10],
  [45.764, 4.8357, 4],
  [43.2965, 5.3698, 4],
  [43.6047, 1.4442, 3],
  [50.6292, 3.0573, 3],
  [47.2184, -1.5536, 3],
  [48.5734, 7.7521, 2],
  [44.8378, -0.5792, 3],
  [43.7102, 7.262, 2],
  [48.1173, -1.6778, 2],
  [49.2583, 4.0317, 1],
  [45.1885, 5.7245, 1],
  [47.322, 5.0415, 1],
  [49.4431, 1.0993, 1],
  [46.5802, 0.3404, 1],
  [-20.8821, 55.4507, 1],
  [16.2411, -61.5331, 1],
  [4.9224, -52.3135, 1],
  [45.7772, 3.087, 1],
  [47.9029, 1.9093, 1],
];
const paris: [number, number, number] = [48.8566, 2.3522, 10];
const weights = cities.flatMap((city, index) => Array.from({ length: city[2] }, () => index));
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
const services = [
  'aide-aux-demarches-administratives',
  'maitrise-des-outils-numeriques-du-quotidien',
] as const;
const serviceAt = (index: number) => services[index % 2] ?? services[0];
const hours = [
  'Mo-Fr 09:00-12:00,14:00-17:00',
  'Mo-Fr 09:00-17:00; PH off',
  'Tu-Sa 10:00-18:00',
  '24/7',
  'Mo 14:00-16:00 "sur rendez-vous"',
];

const places: Lieu[] = Array.from({ length: count }, (_, index) => {
  const city = cities[weights[Math.floor(random() * weights.length)] ?? 0] ?? paris;
  return {
    id: `m-${index}`,
    pivot: '00000000000101',
    nom: `Lieu ${index}`,
    commune: 'X',
    code_postal: '75001',
    adresse: '1 rue',
    date_maj: '2024-01-01',
    latitude: city[0] + gauss() * 0.15,
    longitude: city[1] + gauss() * 0.2,
    horaires: hours[index % hours.length],
    ...emptyLists,
    services: [serviceAt(index)],
  };
});

const database = await openDatabase({ dataDir: 'memory://' });
await migrate(database);
let start = performance.now();
await database.transaction((tx) => upsertLieux(tx, places, { checkHoraires: horairesValides }));
await database.exec('ANALYZE lieux');
console.log(`${count} places written in ${Math.round(performance.now() - start)} ms`);
const app = createApp({
  database,
  logger: createLogger({ level: 'silent' }),
  version: 'measure',
  http: { rateLimits: { get: 0 } },
});

const percentile = (values: number[], p: number) =>
  values.sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;
async function measure(
  name: string,
  run: (lat: number, lon: number, index: number) => Promise<unknown>,
): Promise<void> {
  const times: number[] = [];
  for (let index = 0; index < 1_200; index += 1) {
    const city = cities[weights[index % weights.length] ?? 0] ?? paris;
    const lat = city[0] + gauss() * 0.1;
    const lon = city[1] + gauss() * 0.1;
    start = performance.now();
    await run(lat, lon, index);
    if (index >= 200) times.push(performance.now() - start); // the first 200 warm up
  }
  console.log(
    `${name}: p50 ${percentile(times, 0.5).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms (${times.length} queries)`,
  );
}
await measure('searchLieux, point, default radius, limit 20', (lat, lon) =>
  searchLieux(database, { lat, lon }),
);
await measure('searchLieux, point + service filter', (lat, lon, index) =>
  searchLieux(database, { lat, lon, rayon: 10_000, services: [serviceAt(index)] }),
);
await measure('searchLieux, point + ouvert_maintenant', (lat, lon) =>
  searchLieux(database, { lat, lon, ouvert_maintenant: true }),
);
await measure('HTTP GET /v1/lieux?lat&lon (app.request, no socket)', async (lat, lon) => {
  const response = await app.request(`/v1/lieux?lat=${lat.toFixed(4)}&lon=${lon.toFixed(4)}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
});
await measure('HTTP GET /v1/lieux/carte (zoom 11 around a city)', async (lat, lon) => {
  const response = await app.request(
    `/v1/lieux/carte?bbox=${(lon - 0.4).toFixed(3)},${(lat - 0.2).toFixed(3)},${(lon + 0.4).toFixed(3)},${(lat + 0.2).toFixed(3)}&zoom=11`,
  );
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
});
const plan = await database.query<{ 'QUERY PLAN': string }>(
  `EXPLAIN SELECT id FROM lieux l WHERE l.position IS NOT NULL AND earth_box(ll_to_earth(48.85, 2.35), 20000) @> l.position`,
);
console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
await database.close();
