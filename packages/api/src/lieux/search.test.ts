import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  carteLimits,
  carteSchema,
  fromSearchParams,
  lieuDetailSchema,
  lieuSchema,
  pageSchema,
  problemSchema,
  toSearchParams,
  type Lieu,
  type SearchParams,
} from '@inclusion-widgets/core';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { horairesValides } from './opening-hours.js';
import { cellSize } from './cellules.js';
import { carteLieux, DEFAULT_RAYON, searchLieux } from './search.js';
import { upsertLieux } from './store.js';
import { emptyLists } from '../test-lieux.js';

const lieuPageSchema = pageSchema(lieuSchema);

const communes = [
  ['59350', 'Lille', '59', '32', '200093201', 50.6311, 3.0468],
  ['59009', 'Villeneuve-d’Ascq', '59', '32', '200093201', 50.6233, 3.145],
  ['62041', 'Arras', '62', '32', '200033579', 50.2898, 2.781],
  ['75056', 'Paris', '75', '11', '200054781', 48.8566, 2.3522],
  ['97411', 'Saint-Denis', '974', '04', '249740119', -20.8821, 55.4507],
  ['97302', 'Cayenne', '973', '03', '249730052', 4.9224, -52.3135],
] as const;

const base = {
  pivot: '00000000000101',
  adresse: '1 rue de l’Exemple',
  date_maj: '2024-04-02',
  ...emptyLists,
} satisfies Partial<Lieu>;

function place(id: string, code: string, position: [number, number] | undefined, extra: Partial<Lieu>): Lieu {
  const commune = communes.find((row) => row[0] === code);
  const codePostal = { '59350': '59000', '59009': '59650', '62041': '62000', '75056': '75001' }[code];
  return {
    ...base,
    id,
    nom: id,
    commune: commune?.[1] ?? 'Inconnue',
    code_postal: codePostal ?? (code.startsWith('974') ? '97400' : '97300'),
    code_insee: code,
    ...(position ? { latitude: position[0], longitude: position[1] } : {}),
    ...extra,
  };
}

const weekdays = 'Mo-Fr 09:00-17:00';
const fixtures: Lieu[] = [
  place('lille-mediatheque', '59350', [50.633, 3.058], {
    nom: 'Médiathèque Jean-Lévy',
    services: ['aide-aux-demarches-administratives'],
    frais_a_charge: ['gratuit'],
    typologie: ['muni'],
    horaires: weekdays,
  }),
  place('lille-wazemmes', '59350', [50.625, 3.05], {
    nom: 'Espace numérique de Wazemmes',
    services: ['maitrise-des-outils-numeriques-du-quotidien'],
    frais_a_charge: ['payant'],
    itinerance: ['fixe'],
    formations_labels: ['etapes-numeriques-la-poste'],
    horaires: 'Sa 10:00-12:00',
  }),
  place('lille-horaires-invalides', '59350', [50.64, 3.07], {
    nom: 'Association des Écrivains Publics',
    services: ['aide-aux-demarches-administratives', 'maitrise-des-outils-numeriques-du-quotidien'],
    frais_a_charge: ['gratuit'],
    itinerance: ['itinerant'],
    horaires: 'du lundi au vendredi',
  }),
  place('villeneuve-fs', '59009', [50.623, 3.146], {
    nom: 'France Services de Villeneuve-d’Ascq',
    services: ['aide-aux-demarches-administratives'],
    dispositif_programmes_nationaux: ['france-services'],
    frais_a_charge: ['gratuit'],
    horaires: 'Mo-Fr 09:00-12:00',
  }),
  place('arras-centre-social', '62041', [50.29, 2.78], {
    nom: 'Centre social d’Arras',
    services: ['aide-aux-demarches-administratives'],
    horaires: weekdays,
  }),
  place('paris-bibliotheque', '75056', [48.857, 2.35], { nom: 'Bibliothèque de Paris', horaires: weekdays }),
  place('reunion-fs', '97411', [-20.88, 55.45], {
    nom: 'France Services de Saint-Denis',
    dispositif_programmes_nationaux: ['france-services'],
    horaires: weekdays,
  }),
  place('cayenne-fs', '97302', [4.92, -52.31], {
    nom: 'France Services de Cayenne',
    dispositif_programmes_nationaux: ['france-services'],
    horaires: weekdays,
  }),
  place('lille-sans-position', '59350', undefined, { nom: 'Permanence sans adresse précise' }),
];

const silent = createLogger({ level: 'silent' });
const lille = { lat: 50.6311, lon: 3.0468 };

for (const target of testTargets) {
  describe(`places search ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      for (const [code, nom, departement, region, epci, latitude, longitude] of communes) {
        await database.query(
          `INSERT INTO communes (code, nom, nom_recherche, departement, region, epci, latitude, longitude)
           VALUES ($1, $2, normaliser($2), $3, $4, $5, $6, $7)`,
          [code, nom, departement, region, epci, latitude, longitude],
        );
      }
      await database.transaction((tx) => upsertLieux(tx, fixtures, { checkHoraires: horairesValides }));
      // No rate limit: the property tests send a few hundred requests.
      app = createApp({ database, logger: silent, version: '0.0.0-test', http: { rateLimits: { get: 0 } } });
    });
    after(() => databases.tearDown());

    const get = async (path: string) => {
      const response = await app.request(path);
      return { response, body: (await response.json()) as unknown };
    };
    const ids = (page: { items: readonly { id: string }[] }) => page.items.map((item) => item.id);
    const search = (params: SearchParams, now?: Date) => searchLieux(database, params, { now });

    it('answers a point search sorted by distance, each item with its distance and status', async () => {
      const { response, body } = await get('/v1/lieux?lat=50.6311&lon=3.0468');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Cache-Control') ?? '', /max-age=60\b/);
      const page = lieuPageSchema.parse(body);
      assert.deepEqual(ids(page), [
        'lille-wazemmes',
        'lille-mediatheque',
        'lille-horaires-invalides',
        'villeneuve-fs',
      ]);
      const distances = page.items.map((item) => item.distance ?? -1);
      assert.deepEqual(
        distances,
        [...distances].sort((a, b) => a - b),
      );
      // Wazemmes is 0.0061° south (678 m) and 0.0032° east (226 m at this latitude) of the point: 715 m.
      assert.ok(Math.abs((distances[0] ?? 0) - 715) <= 3, `distance ${distances[0]}`);
      assert.ok(page.items.every((item) => item.ouverture !== undefined));
      assert.equal(page.total, 4);
      assert.equal(page.next, null);
    });

    it('searches around a commune’s centre, with the default radius (Arras, 40 km away, is out)', async () => {
      const page = await search({ commune: '59350' });
      assert.equal(page.total, 4);
      assert.ok(page.items.every((item) => (item.distance ?? Infinity) <= DEFAULT_RAYON));
      const wide = await search({ commune: '59350', rayon: 50_000 });
      assert.deepEqual(ids(wide).at(-1), 'arras-centre-social');
    });

    it('keeps a place at the radius edge in, and one just past it out', async () => {
      const { rows } = await database.query<{ d: number }>(
        `SELECT earth_distance(ll_to_earth($1, $2), ll_to_earth(50.623, 3.146)) AS d`,
        [lille.lat, lille.lon],
      );
      const exact = rows[0]?.d ?? 0;
      const inside = await search({ ...lille, rayon: Math.ceil(exact) });
      assert.ok(ids(inside).includes('villeneuve-fs'));
      const outside = await search({ ...lille, rayon: Math.floor(exact) });
      assert.ok(!ids(outside).includes('villeneuve-fs'));
    });

    it('filters by bbox, sorted by name without a centre', async () => {
      const page = await search({ bbox: [3.0, 50.6, 3.2, 50.65] });
      assert.deepEqual(ids(page), [
        'lille-horaires-invalides',
        'lille-wazemmes',
        'villeneuve-fs',
        'lille-mediatheque',
      ]);
      assert.ok(page.items.every((item) => item.distance === undefined));
    });

    it('filters by each kind of territory', async () => {
      const count = async (territoire: string) => (await search({ territoire })).total;
      assert.equal(await count('commune:59350'), 4);
      assert.equal(await count('epci:200093201'), 5);
      assert.equal(await count('departement:59'), 5);
      assert.equal(await count('departement:974'), 1);
      assert.equal(await count('region:32'), 6);
      assert.equal(await count('region:11'), 1);
    });

    it('filters vocabularies: any value within a filter, every filter given', async () => {
      const any = await search({
        services: ['aide-aux-demarches-administratives', 'maitrise-des-outils-numeriques-du-quotidien'],
      });
      assert.equal(any.total, 5);
      const all = await search({
        services: ['aide-aux-demarches-administratives'],
        frais_a_charge: ['gratuit'],
      });
      assert.deepEqual(ids(all).sort(), ['lille-horaires-invalides', 'lille-mediatheque', 'villeneuve-fs']);
      assert.deepEqual(ids(await search({ typologie: ['muni'] })), ['lille-mediatheque']);
      assert.deepEqual(ids(await search({ itinerance: ['itinerant'] })), ['lille-horaires-invalides']);
      assert.deepEqual(ids(await search({ formations_labels: ['etapes-numeriques-la-poste'] })), [
        'lille-wazemmes',
      ]);
      const programme = await search({
        dispositif_programmes_nationaux: ['france-services'],
        territoire: 'region:32',
      });
      assert.deepEqual(ids(programme), ['villeneuve-fs']);
    });

    it('searches text whatever the accents, case and hyphens; every word must appear', async () => {
      assert.deepEqual(ids(await search({ q: 'MEDIATHEQUE jean levy' })), ['lille-mediatheque']);
      assert.deepEqual(ids(await search({ q: 'écrivains' })), ['lille-horaires-invalides']);
      assert.deepEqual(ids(await search({ q: 'villeneuve d’ascq' })), ['villeneuve-fs']);
      assert.equal((await search({ q: 'france services' })).total, 3);
      assert.equal((await search({ q: 'médiathèque paris' })).total, 0);
      assert.equal((await search({ q: '100%_' })).total, 0);
    });

    it('filters places open now, each evaluated in its own time zone', async () => {
      // Monday 30 March 2026, 06:00 UTC: 08:00 in Paris and Lille, 10:00 in Réunion, 03:00 in Cayenne.
      const morning = await search({ ouvert_maintenant: true }, new Date('2026-03-30T06:00:00Z'));
      assert.deepEqual(ids(morning), ['reunion-fs']);
      assert.deepEqual(morning.items[0]?.ouverture, {
        statut: 'ouvert',
        jusqu_a: '2026-03-30T17:00:00+04:00',
      });
      // 14:00 UTC: 16:00 in Lille (Villeneuve closed at 12:00), 18:00 in Réunion, 11:00 in Cayenne.
      const afternoon = await search({ ouvert_maintenant: true }, new Date('2026-03-30T14:00:00Z'));
      assert.deepEqual(ids(afternoon).sort(), [
        'arras-centre-social',
        'cayenne-fs',
        'lille-mediatheque',
        'paris-bibliotheque',
      ]);
      // 20:30 UTC: only Cayenne would be open at 17:30… it closes at 17:00.
      assert.equal((await search({ ouvert_maintenant: true }, new Date('2026-03-30T20:30:00Z'))).total, 0);
      const closed = await search({ q: 'villeneuve' }, new Date('2026-03-30T14:00:00Z'));
      assert.deepEqual(closed.items[0]?.ouverture, {
        statut: 'ferme',
        prochaine_ouverture: '2026-03-31T09:00:00+02:00',
      });
      const invalid = await search({ q: 'ecrivains' }, new Date('2026-03-30T10:00:00Z'));
      assert.deepEqual(invalid.items[0]?.ouverture, { statut: 'inconnu' });
      assert.equal(invalid.items[0]?.horaires, 'du lundi au vendredi');
    });

    it('walks every result exactly once with the cursor, ties broken by id', async () => {
      const all = await search({ limit: 100 });
      assert.equal(all.total, fixtures.length);
      for (const params of [{}, { commune: '59350', rayon: 100_000 }] as SearchParams[]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await search({ ...params, limit: 2, ...(cursor ? { cursor } : {}) });
          seen.push(...ids(page));
          cursor = page.next ?? undefined;
          pages += 1;
        } while (cursor && pages < 20);
        const expected = await search({ ...params, limit: 100 });
        assert.deepEqual(seen, ids(expected));
        assert.equal(new Set(seen).size, expected.total);
      }
    });

    it('pages with `page` too, and a foreign cursor is a 400 problem', async () => {
      const second = await search({ limit: 3, page: 2 });
      const all = await search({ limit: 100 });
      assert.deepEqual(ids(second), ids(all).slice(3, 6));
      const { response, body } = await get('/v1/lieux?cursor=abc');
      assert.equal(response.status, 400);
      assert.match(problemSchema.parse(body).detail ?? '', /cursor/);
    });

    it('keeps pages stable when many places are at the same distance', async () => {
      const twins = Array.from({ length: 7 }, (_, index) =>
        place(`jumeau-${String(index)}`, '75056', [48.9, 2.4], { nom: 'Jumeau' }),
      );
      await upsertLieux(database, twins);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({
          lat: 48.9,
          lon: 2.4,
          rayon: 1000,
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...ids(page));
        cursor = page.next ?? undefined;
      } while (cursor);
      assert.deepEqual(seen, twins.map((twin) => twin.id).sort());
      await database.query(`DELETE FROM lieux WHERE id LIKE 'jumeau-%'`);
    });

    it('answers a place with its weekly table, and 404 for an unknown id', async () => {
      const { response, body } = await get('/v1/lieux/lille-mediatheque');
      assert.equal(response.status, 200);
      const detail = lieuDetailSchema.parse(body);
      assert.equal(detail.horaires_valides, true);
      assert.equal(detail.horaires_semaine?.complet, true);
      assert.deepEqual(detail.horaires_semaine?.jours[0]?.plages, [{ debut: '09:00', fin: '17:00' }]);
      assert.ok(detail.ouverture);
      const invalid = lieuDetailSchema.parse((await get('/v1/lieux/lille-horaires-invalides')).body);
      assert.equal(invalid.horaires_valides, false);
      assert.equal(invalid.horaires_semaine, undefined);
      assert.deepEqual(invalid.ouverture, { statut: 'inconnu' });
      const missing = await get('/v1/lieux/nope');
      assert.equal(missing.response.status, 404);
      assert.equal(missing.response.headers.get('Content-Type'), 'application/problem+json');
      assert.match(problemSchema.parse(missing.body).detail ?? '', /nope/);
    });

    it('does not take /v1/lieux.csv or /v1/lieux/carte for a place id', async () => {
      const csv = await app.request('/v1/lieux.csv');
      assert.notEqual(csv.headers.get('Content-Type'), 'application/json');
      if (csv.status === 404) assert.doesNotMatch(await csv.text(), /No place has the id/);
      const carte = await get('/v1/lieux/carte?bbox=2,48,4,51&zoom=8');
      assert.equal(carte.response.status, 200);
      assert.ok(carteSchema.safeParse(carte.body).success);
    });

    it('lists every invalid parameter with what was expected', async () => {
      const { response, body } = await get('/v1/lieux?lat=91&rayon=-5&services=cours&limit=500&bbox=1,2');
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      const problem = problemSchema.parse(body);
      const paths = (problem.errors ?? []).map((error) => error.path);
      for (const path of ['lat', 'rayon', 'services.0', 'limit', 'bbox']) {
        assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
      }
      assert.match(problem.detail ?? '', /limit must be between 1 and 100/);
      const unknownCommune = await get('/v1/lieux?commune=59999');
      assert.equal(unknownCommune.response.status, 400);
      assert.match(problemSchema.parse(unknownCommune.body).detail ?? '', /commune/);
    });

    it('round-trips any valid parameters through toSearchParams and the route, never a 500', async () => {
      const slug = fc.constantFrom(
        'aide-aux-demarches-administratives',
        'maitrise-des-outils-numeriques-du-quotidien',
      );
      const params = fc.record(
        {
          lat: fc.double({ min: 50, max: 51, noNaN: true }),
          lon: fc.double({ min: 2.5, max: 3.5, noNaN: true }),
          rayon: fc.integer({ min: 1, max: 100_000 }),
          services: fc.array(slug, { maxLength: 2 }),
          frais_a_charge: fc.array(fc.constantFrom('gratuit', 'payant'), { maxLength: 2 }),
          q: fc.string({ maxLength: 20 }),
          ouvert_maintenant: fc.boolean(),
          limit: fc.integer({ min: 1, max: 100 }),
          page: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(params, async (raw) => {
          const input: SearchParams = { ...raw };
          if ((input.lat === undefined) !== (input.lon === undefined)) {
            delete input.lat;
            delete input.lon;
          }
          if (input.lat === undefined) delete input.rayon;
          const written = toSearchParams(input);
          // The round trip: what the client writes, the API reads back unchanged (empty lists left out).
          const expected = Object.fromEntries(
            Object.entries(input).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
          );
          assert.deepEqual(fromSearchParams(written), { success: true, data: expected });
          const query = written.toString();
          const response = await app.request(`/v1/lieux?${query}`);
          assert.equal(response.status, 200, query);
          lieuPageSchema.parse(await response.json());
        }),
        { numRuns: 40 },
      );
    });

    it('answers arbitrary query strings with 200 or a 400 problem, never a 500', async () => {
      const key = fc.constantFrom(
        'lat',
        'lon',
        'commune',
        'rayon',
        'bbox',
        'territoire',
        'services',
        'typologie',
        'q',
        'ouvert_maintenant',
        'limit',
        'cursor',
        'page',
        'zoom',
        'autre',
      );
      const pairs = fc.array(
        fc.tuple(key, fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double().map(String))),
        {
          maxLength: 6,
        },
      );
      await fc.assert(
        fc.asyncProperty(pairs, fc.constantFrom('/v1/lieux', '/v1/lieux/carte'), async (entries, path) => {
          const query = new URLSearchParams(entries).toString();
          const response = await app.request(`${path}?${query}`);
          assert.ok(
            response.status === 200 || response.status === 400,
            `${response.status} for ${path}?${query}`,
          );
          if (response.status === 400) {
            assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
            problemSchema.parse(await response.json());
          }
        }),
        { numRuns: 60 },
      );
    });

    it('keeps a map viewport under the feature cap with thousands of places', async () => {
      // 3,000 places scattered over the Nord département, deterministic.
      let seed = 42;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      const many = Array.from({ length: 3000 }, (_, index) =>
        place(
          `synth-${String(index).padStart(4, '0')}`,
          '59350',
          [50.2 + random() * 0.9, 2.1 + random() * 2],
          {
            nom: `Lieu ${index}`,
          },
        ),
      );
      await database.transaction((tx) => upsertLieux(tx, many));
      for (const zoom of [0, 5, 8, 10, 12, 14, 18]) {
        const carte = carteSchema.parse(await carteLieux(database, { bbox: [1.5, 49.8, 4.5, 51.3], zoom }));
        assert.ok(carte.clusters.length + carte.points.length <= carteLimits.features, `zoom ${zoom}`);
        assert.equal(carte.total, 3000 + 5, `zoom ${zoom}`);
        assert.equal(
          carte.clusters.reduce((sum, cluster) => sum + cluster.count, 0) + carte.points.length,
          carte.total,
        );
      }
      // A small viewport with few places: points only.
      const near = await carteLieux(database, { bbox: [3.04, 50.62, 3.06, 50.64], zoom: 15 });
      assert.equal(near.clusters.length, 0);
      assert.ok(near.points.length > 0 && near.points.length <= carteLimits.features);
      const { response, body } = await get(
        '/v1/lieux/carte?bbox=1.5,49.8,4.5,51.3&zoom=9&ouvert_maintenant=true',
      );
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Cache-Control') ?? '', /max-age=60\b/);
      carteSchema.parse(body);
      assert.ok(cellSize([-180, -85, 180, 85], 22) > 0);
      await database.query(`DELETE FROM lieux WHERE id LIKE 'synth-%'`);
    });
  });
}
