import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fromSearchParams,
  searchParameterOrder,
  searchParamsSchema,
  SearchParamsError,
  toSearchParams,
  writeSearchQuery,
  type SearchParams,
} from './search.js';
import { parseTerritoire } from './territoire.js';

function problemsOf(params: unknown): string[] {
  try {
    toSearchParams(params as SearchParams);
  } catch (error) {
    assert.ok(error instanceof SearchParamsError);
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return [];
}

describe('writeSearchQuery (without zod)', () => {
  it('lists the schema’s parameters, in the schema’s order', () => {
    assert.deepEqual([...searchParameterOrder], Object.keys(searchParamsSchema.def.shape));
  });

  it('writes valid parameters as toSearchParams does', () => {
    const params: SearchParams = {
      commune: '59350',
      rayon: 5000,
      frais_a_charge: ['gratuit', 'gratuit-sous-condition'],
      services: [],
      ouvert_maintenant: true,
      limit: 20,
    };
    assert.equal(writeSearchQuery(params).toString(), toSearchParams(params).toString());
  });
});

describe('toSearchParams', () => {
  it('writes lists comma-separated, in a fixed order, leaving out empty values', () => {
    const query = toSearchParams({
      limit: 10,
      services: ['aide-aux-demarches-administratives', 'acces-internet-et-materiel-informatique'],
      lon: 3.05,
      lat: 50.63,
      frais_a_charge: [],
      ouvert_maintenant: false,
      q: 'médiathèque',
      territoire: 'departement:59',
    });
    assert.equal(
      query.toString(),
      'lat=50.63&lon=3.05&territoire=departement%3A59&services=aide-aux-demarches-administratives%2Cacces-internet-et-materiel-informatique&ouvert_maintenant=false&q=m%C3%A9diath%C3%A8que&limit=10',
    );
    assert.equal(toSearchParams({ bbox: [2.9, 50.5, 3.2, 50.8] }).get('bbox'), '2.9,50.5,3.2,50.8');
    assert.equal(toSearchParams({}).toString(), '');
  });

  it('explains every invalid parameter', () => {
    assert.deepEqual(
      problemsOf({
        lat: 50.6,
        rayon: 500_000,
        limit: 0,
        services: ['aide'],
        territoire: 'pays:FR',
        commune: '5935',
        q: 'x'.repeat(201),
      }),
      [
        'commune: must be an INSEE commune code of 5 characters, e.g. 59350',
        'rayon: rayon must be between 1 and 100000',
        'territoire: territoire must be commune:<INSEE code>, epci:<SIREN>, departement:<code> or region:<code>, e.g. departement:59',
        'services.0: unknown services slug "aide"',
        'q: q must be at most 200 characters',
        'limit: limit must be between 1 and 100',
      ],
    );
  });

  it('checks parameters that go together', () => {
    assert.deepEqual(problemsOf({ lat: 50.6 }), ['lon: lat and lon go together']);
    assert.deepEqual(problemsOf({ rayon: 1000 }), ['rayon: rayon needs a point (lat, lon) or a commune']);
    assert.deepEqual(problemsOf({ cursor: 'abc', page: 2 }), ['page: use cursor or page, not both']);
    assert.deepEqual(problemsOf({ bbox: [3.2, 50.5, 2.9, 50.8] }), [
      'bbox: bbox must be west,south,east,north with west ≤ east and south ≤ north',
    ]);
    assert.deepEqual(problemsOf({ bbox: [1, 2, 3] }), [
      'bbox: bbox must be 4 numbers: west, south, east, north',
    ]);
  });
});

describe('fromSearchParams', () => {
  it('reads back what toSearchParams writes', () => {
    const params: SearchParams = {
      lat: 50.63,
      lon: 3.05,
      rayon: 5000,
      bbox: [2.9, 50.5, 3.2, 50.8],
      services: ['aide-aux-demarches-administratives', 'acces-internet-et-materiel-informatique'],
      modalites_accompagnement: ['a-distance'],
      ouvert_maintenant: true,
      q: 'Lille, centre',
      limit: 20,
      page: 2,
    };
    assert.deepEqual(fromSearchParams(toSearchParams(params)), { success: true, data: params });
  });

  it('accepts repeated keys and reports bad values with their path', () => {
    const repeated = fromSearchParams(
      new URLSearchParams('services=aide-aux-demarches-administratives&services=a,b'),
    );
    assert.deepEqual(repeated, {
      success: false,
      problems: [
        { path: 'services.1', message: 'unknown services slug "a"' },
        { path: 'services.2', message: 'unknown services slug "b"' },
      ],
    });
    const bad = fromSearchParams(new URLSearchParams('limit=ten&ouvert_maintenant=peut-etre'));
    assert.deepEqual(bad.success ? [] : bad.problems.map((problem) => problem.path), [
      'ouvert_maintenant',
      'limit',
    ]);
  });
});

describe('parseTerritoire', () => {
  it('reads each kind of territory and rejects the rest', () => {
    assert.deepEqual(parseTerritoire('commune:59350'), { type: 'commune', code: '59350' });
    assert.deepEqual(parseTerritoire('epci:200093201'), { type: 'epci', code: '200093201' });
    assert.deepEqual(parseTerritoire('departement:2A'), { type: 'departement', code: '2A' });
    assert.deepEqual(parseTerritoire('departement:974'), { type: 'departement', code: '974' });
    assert.deepEqual(parseTerritoire('region:32'), { type: 'region', code: '32' });
    for (const value of ['departement:20', 'departement:96', 'epci:1234', 'toString:x', 'commune', '']) {
      assert.equal(parseTerritoire(value), undefined, value);
    }
  });
});
