import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  facettesSchema,
  problemSchema,
  searchFilterFields,
  slugsOf,
  type FacettesParams,
  type Lieu,
  type SearchFilterField,
} from '@inclusion-widgets/core';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { random } from '../bench/synthetic.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { countFacettes, facettesLieux } from './facettes.js';
import { horairesValides } from './opening-hours.js';
import { searchLieux } from './search.js';
import { upsertLieux } from './store.js';
import { emptyLists } from '../test-lieux.js';

const communes = [
  ['59350', 'Lille', '59', '32', '200093201', 50.6311, 3.0468, '59000'],
  ['59009', 'Villeneuve-d’Ascq', '59', '32', '200093201', 50.6233, 3.145, '59650'],
  ['62041', 'Arras', '62', '32', '200033579', 50.2898, 2.781, '62000'],
] as const;

/** A few slugs per field, so that places share them and every combination of filters occurs. */
const palette: { [F in SearchFilterField]: readonly string[] } = {
  services: slugsOf('services').slice(0, 3),
  frais_a_charge: ['gratuit', 'payant'],
  prise_en_charge_specifique: slugsOf('prise_en_charge_specifique').slice(0, 2),
  publics_specifiquement_adresses: slugsOf('publics_specifiquement_adresses').slice(0, 2),
  modalites_acces: slugsOf('modalites_acces').slice(0, 2),
  modalites_accompagnement: slugsOf('modalites_accompagnement').slice(0, 2),
  dispositif_programmes_nationaux: ['france-services', 'conseillers-numeriques'],
  typologie: ['muni', 'asso'],
  formations_labels: slugsOf('formations_labels').slice(0, 1),
  itinerance: ['fixe', 'itinerant'],
};

/** 60 places around Lille, Villeneuve-d’Ascq and Arras (a few without a position), drawn from a seed. */
function generatedPlaces(): Lieu[] {
  const next = random(42);
  const hours = ['Mo-Fr 09:00-17:00', 'Sa 10:00-12:00', 'du lundi au vendredi', undefined];
  return Array.from({ length: 60 }, (_, index) => {
    const [code, nom, , , , latitude, longitude, postcode] = communes[index % communes.length] ?? communes[0];
    const place: Lieu = {
      ...emptyLists,
      id: `lieu-${String(index).padStart(2, '0')}`,
      pivot: '00000000000101',
      nom: `${index % 4 === 0 ? 'Médiathèque' : 'Espace numérique'} ${index} de ${nom}`,
      commune: nom,
      code_postal: postcode,
      code_insee: code,
      adresse: '1 rue de l’Exemple',
      date_maj: '2024-04-02',
    };
    if (index % 13 !== 5) {
      place.latitude = latitude + (next() - 0.5) * 0.1;
      place.longitude = longitude + (next() - 0.5) * 0.1;
    }
    const horaires = hours[index % hours.length];
    if (horaires) place.horaires = horaires;
    for (const field of searchFilterFields) {
      const chosen = palette[field].filter(() => next() < 0.45);
      (place as Record<SearchFilterField, string[]>)[field] = chosen;
    }
    return place;
  });
}

const silent = createLogger({ level: 'silent' });
/** A Monday, 10:00 in Lille: places open on weekdays are open. */
const monday = new Date('2026-03-30T08:00:00Z');

for (const target of testTargets) {
  describe(`facet counts ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;
    const places = generatedPlaces();

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      for (const [code, nom, departement, region, epci, latitude, longitude, postcode] of communes) {
        await database.query(
          `INSERT INTO communes (code, nom, nom_recherche, codes_postaux, departement, region, epci, latitude, longitude)
           VALUES ($1, $2, normaliser($2), $3, $4, $5, $6, $7, $8)`,
          [code, nom, [postcode], departement, region, epci, latitude, longitude],
        );
      }
      await database.transaction((tx) => upsertLieux(tx, places, { checkHoraires: horairesValides }));
      app = createApp({ database, logger: silent, version: '0.0.0-test', http: { rateLimits: { get: 0 } } });
    });
    after(() => databases.tearDown());

    const facettes = (params: FacettesParams) => facettesLieux(database, params, { now: monday });
    const total = async (params: FacettesParams) =>
      (await searchLieux(database, { ...params, limit: 1 }, { now: monday })).total;

    it('answers GET /v1/lieux/facettes with counts of the contract, cacheable like a search', async () => {
      const response = await app.request(
        '/v1/lieux/facettes?commune=59350&rayon=30000&frais_a_charge=gratuit&limit=5&page=2',
      );
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'public, max-age=60');
      const body = facettesSchema.parse(await response.json());
      assert.equal(body.complet, true);
      assert.equal(body.total, await total({ commune: '59350', rayon: 30_000, frais_a_charge: ['gratuit'] }));
      const etag = response.headers.get('ETag') ?? '';
      assert.match(etag, /^"/);
      const again = await app.request('/v1/lieux/facettes?commune=59350&rayon=30000&frais_a_charge=gratuit', {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(again.status, 304, 'limit and page are ignored: the same counts, the same ETag');
    });

    it('counts each field without its own filter, and every other filter (disjunctive facets)', async () => {
      const params: FacettesParams = {
        lat: 50.63,
        lon: 3.06,
        rayon: 15_000,
        frais_a_charge: ['gratuit'],
        typologie: ['muni', 'asso'],
      };
      const counts = await facettes(params);
      assert.equal(counts.total, await total(params));
      // Free places, whatever else: frais_a_charge counted without its own filter, with the typologie one.
      const { frais_a_charge: _costs, ...withoutCosts } = params;
      assert.equal(
        counts.facettes.frais_a_charge.payant ?? 0,
        await total({ ...withoutCosts, frais_a_charge: ['payant'] }),
      );
      assert.equal(counts.facettes.frais_a_charge.gratuit ?? 0, counts.total === 0 ? 0 : await total(params));
      // A field without a filter: choosing one of its values gives exactly its count.
      assert.equal(
        counts.facettes.itinerance.itinerant ?? 0,
        await total({ ...params, itinerance: ['itinerant'] }),
      );
      assert.equal(counts.ouvert_maintenant, await total({ ...params, ouvert_maintenant: true }));
      assert.ok(counts.ouvert_maintenant > 0, 'some places are open on a Monday morning');
      // Slugs with no place are left out, the others are in the vocabulary's order.
      for (const field of searchFilterFields) {
        const slugs = Object.keys(counts.facettes[field]);
        assert.deepEqual(
          slugs,
          slugsOf(field).filter((slug) => slugs.includes(slug)),
        );
        assert.ok(Object.values(counts.facettes[field]).every((count) => count > 0));
      }
    });

    it('agrees with searches for any location and filters (property)', async () => {
      const slugs = <F extends SearchFilterField>(field: F) =>
        fc.subarray([...palette[field]], { maxLength: 2 }) as fc.Arbitrary<NonNullable<FacettesParams[F]>>;
      const location = fc.oneof(
        fc.record({
          lat: fc.double({ min: 50.2, max: 50.7, noNaN: true }),
          lon: fc.double({ min: 2.7, max: 3.2, noNaN: true }),
          rayon: fc.integer({ min: 1_000, max: 60_000 }),
        }),
        fc.record({ commune: fc.constantFrom('59350', '59009', '62041') }),
        fc.record({ territoire: fc.constantFrom('departement:59', 'region:32', 'commune:62041') }),
        fc.record({ bbox: fc.constant<[number, number, number, number]>([2.9, 50.5, 3.2, 50.7]) }),
        fc.record({ q: fc.constantFrom('médiathèque', 'espace lille', 'ARRAS') }),
        fc.constant({}),
      );
      const params = fc.tuple(
        location,
        fc.record(
          {
            services: slugs('services'),
            frais_a_charge: slugs('frais_a_charge'),
            typologie: slugs('typologie'),
            itinerance: slugs('itinerance'),
            modalites_acces: slugs('modalites_acces'),
            ouvert_maintenant: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      );
      await fc.assert(
        fc.asyncProperty(params, async ([where, filters]) => {
          const query: FacettesParams = { ...where, ...filters };
          const counts = await facettes(query);
          assert.equal(counts.total, await total(query));
          assert.equal(counts.ouvert_maintenant, await total({ ...query, ouvert_maintenant: true }));
          for (const field of ['services', 'frais_a_charge', 'typologie', 'itinerance'] as const) {
            for (const slug of palette[field]) {
              const expected = await total({ ...query, [field]: [slug] });
              assert.equal(
                (counts.facettes[field] as Record<string, number>)[slug] ?? 0,
                expected,
                `${field}=${slug} for ${JSON.stringify(query)}`,
              );
            }
          }
        }),
        { numRuns: 25, seed: 7 },
      );
    });

    it('counts only the nearest places past the cap, and says so', async () => {
      const nearest = await searchLieux(database, { lat: 50.6311, lon: 3.0468, limit: 5 }, { now: monday });
      const capped = await facettesLieux(database, { lat: 50.6311, lon: 3.0468 }, { now: monday, cap: 5 });
      assert.equal(capped.complet, false);
      assert.equal(capped.total, 5);
      const services = new Map<string, number>();
      for (const place of nearest.items) {
        for (const slug of place.services) services.set(slug, (services.get(slug) ?? 0) + 1);
      }
      assert.deepEqual(new Map(Object.entries(capped.facettes.services)), services);
      const all = await facettesLieux(database, { lat: 50.6311, lon: 3.0468 }, { now: monday });
      assert.equal(all.complet, true);
      assert.ok(all.total > 5);
    });

    it('answers zero counts for a location with no place', async () => {
      const counts = await facettes({
        lat: 43.3,
        lon: 5.4,
        rayon: 1_000,
        services: [palette.services[0] as never],
      });
      assert.equal(counts.total, 0);
      assert.equal(counts.ouvert_maintenant, 0);
      assert.equal(counts.complet, true);
      for (const field of searchFilterFields) assert.deepEqual(counts.facettes[field], {});
    });

    it('refuses invalid parameters with a problem naming each of them', async () => {
      const response = await app.request(
        '/v1/lieux/facettes?lat=50.6&services=cours-de-cuisine&ouvert_maintenant=peut-etre',
      );
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      const problem = problemSchema.parse(await response.json());
      const paths = (problem.errors ?? []).map((error) => error.path).sort();
      assert.deepEqual(paths, ['ouvert_maintenant', 'services.0']);
      assert.match(problem.detail ?? '', /unknown services slug "cours-de-cuisine"/);

      const crossField = problemSchema.parse(await (await app.request('/v1/lieux/facettes?lat=50.6')).json());
      assert.deepEqual(crossField.errors, [{ path: 'lon', message: 'lat and lon go together' }]);

      const unknown = await app.request('/v1/lieux/facettes?commune=99999');
      assert.equal(unknown.status, 400);
      const body = problemSchema.parse(await unknown.json());
      assert.equal(body.errors?.[0]?.path, 'commune');
    });
  });
}

describe('countFacettes', () => {
  const line = (values: Partial<Record<SearchFilterField, string>>, open: boolean) =>
    `${searchFilterFields.map((field) => values[field] ?? '').join('|')}|${open ? 1 : 0}`;
  const lines = [
    line({ services: 'aide-aux-demarches-administratives', frais_a_charge: 'gratuit' }, true),
    line({ services: 'aide-aux-demarches-administratives', frais_a_charge: 'payant' }, false),
    line({ services: 'maitrise-des-outils-numeriques-du-quotidien', frais_a_charge: 'gratuit,payant' }, true),
    line({ frais_a_charge: 'gratuit' }, false),
  ];

  it('counts without filters: every place, each slug, the open ones', () => {
    const counts = countFacettes(lines, {});
    assert.equal(counts.total, 4);
    assert.equal(counts.ouvert_maintenant, 2);
    assert.deepEqual(counts.facettes.frais_a_charge, { gratuit: 3, payant: 2 });
    assert.deepEqual(counts.facettes.services, {
      'aide-aux-demarches-administratives': 2,
      'maitrise-des-outils-numeriques-du-quotidien': 1,
    });
  });

  it('counts a field under every filter but its own, and "open now" under every other filter', () => {
    const counts = countFacettes(lines, {
      services: ['aide-aux-demarches-administratives'],
      frais_a_charge: ['gratuit'],
      ouvert_maintenant: true,
    });
    assert.equal(counts.total, 1);
    // Free or not, open, with the service: places 1 and 2, of which 2 is closed.
    assert.deepEqual(counts.facettes.frais_a_charge, { gratuit: 1 });
    // Free and open, any service: places 1 and 3.
    assert.deepEqual(counts.facettes.services, {
      'aide-aux-demarches-administratives': 1,
      'maitrise-des-outils-numeriques-du-quotidien': 1,
    });
    // Free with the service, open or not: place 1 (open).
    assert.equal(counts.ouvert_maintenant, 1);
  });
});
