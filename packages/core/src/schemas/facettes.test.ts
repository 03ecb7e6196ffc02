import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facettesParamsSchema, facettesSchema, fromFacettesParams, toFacettesParams } from './facettes.js';
import { toProblems } from './issues.js';
import { searchFilterFields, SearchParamsError } from './search.js';

const noCounts = Object.fromEntries(searchFilterFields.map((field) => [field, {}]));

describe('facet parameters', () => {
  it('are a search’s without pagination, written and read back in the search’s order', () => {
    const params = {
      lat: 50.63,
      lon: 3.05,
      rayon: 10_000,
      services: ['aide-aux-demarches-administratives' as const],
      frais_a_charge: ['gratuit' as const, 'payant' as const],
      ouvert_maintenant: true,
    };
    const query = toFacettesParams(params);
    assert.equal(
      query.toString(),
      'lat=50.63&lon=3.05&rayon=10000&services=aide-aux-demarches-administratives&frais_a_charge=gratuit%2Cpayant&ouvert_maintenant=true',
    );
    assert.deepEqual(fromFacettesParams(query), { success: true, data: params });
    assert.deepEqual(Object.keys(facettesParamsSchema.def.shape).includes('limit'), false);
  });

  it('ignores limit, cursor and page in a query string, and keeps the search’s checks', () => {
    assert.deepEqual(fromFacettesParams(new URLSearchParams('commune=59350&limit=5&cursor=x&page=2')), {
      success: true,
      data: { commune: '59350' },
    });
    const problems = (query: string) => {
      const result = fromFacettesParams(new URLSearchParams(query));
      return result.success ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
    };
    assert.deepEqual(problems('lat=50'), ['lon: lat and lon go together']);
    assert.deepEqual(problems('rayon=500'), ['rayon: rayon needs a point (lat, lon) or a commune']);
    assert.deepEqual(problems('typologie=nope'), ['typologie.0: unknown typologie slug "nope"']);
    assert.throws(() => toFacettesParams({ bbox: [3, 50, 2, 49] }), SearchParamsError);
  });
});

describe('facet counts', () => {
  it('parse counts by slug for every field, "open now" and completeness', () => {
    const body = {
      total: 4,
      facettes: { ...noCounts, frais_a_charge: { gratuit: 3, payant: 2 } },
      ouvert_maintenant: 1,
      complet: false,
    };
    assert.deepEqual(facettesSchema.parse(body), body);
  });

  it('refuse unknown slugs, negative counts and missing fields, naming them', () => {
    const result = facettesSchema.safeParse(
      {
        total: -1,
        facettes: {
          ...noCounts,
          services: { 'cours-de-cuisine': 2 },
          itinerance: { fixe: 1.5 },
          typologie: undefined,
        },
        ouvert_maintenant: 0,
      },
      { reportInput: true },
    );
    assert.equal(result.success, false);
    assert.deepEqual(
      toProblems(result.error?.issues ?? []).map((problem) => `${problem.path}: ${problem.message}`),
      [
        'total: total must be ≥ 0',
        'facettes.services: unknown services slug "cours-de-cuisine"',
        'facettes.typologie: facettes.typologie must be an object of counts by slug',
        'facettes.itinerance.fixe: a count of itinerance must be an integer',
        'complet: complet must be true or false',
      ],
    );
  });
});
