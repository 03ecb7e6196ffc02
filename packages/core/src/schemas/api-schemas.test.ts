import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { communeSchema } from './commune.js';
import { formatIssues, formatPath } from './issues.js';
import { lieuSchema } from './lieu.js';
import { pageSchema } from './page.js';
import { problemSchema } from './problem.js';

const lille = {
  code: '59350',
  nom: 'Lille',
  codes_postaux: ['59000', '59160', '59260', '59777', '59800'],
  departement: '59',
  region: '32',
  epci: '200093201',
  latitude: 50.63178,
  longitude: 3.04706,
};

describe('pageSchema', () => {
  const lieuPage = pageSchema(lieuSchema);

  it('parses a page of venues, with or without a next cursor', () => {
    const item = {
      id: 'a',
      pivot: '43493312300029',
      nom: 'N',
      commune: 'C',
      code_postal: '59000',
      adresse: 'A',
      date_maj: '2024-01-01',
    };
    assert.equal(lieuPage.parse({ items: [item], total: 1, limit: 20, next: null }).items[0]?.id, 'a');
    assert.equal(lieuPage.parse({ items: [], total: 0, limit: 20 }).next, undefined);
    assert.equal(lieuPage.parse({ items: [], total: 40, limit: 20, next: 'c2' }).next, 'c2');
  });

  it('reports the path of an invalid item', () => {
    const result = lieuPage.safeParse({ items: [{ id: 'a' }], total: -1, limit: 20 }, { reportInput: true });
    assert.equal(result.success, false);
    const lines = formatIssues(result.error?.issues ?? []);
    assert.ok(lines.includes('items.0.pivot: required (string)'), lines.join('\n'));
    assert.ok(lines.includes('total: total must be ≥ 0'));
  });
});

describe('communeSchema', () => {
  it('parses a commune and checks its codes', () => {
    assert.deepEqual(communeSchema.parse(lille), lille);
    const result = communeSchema.safeParse({
      ...lille,
      codes_postaux: ['590'],
      departement: '96',
      epci: 'MEL',
    });
    assert.deepEqual(formatIssues(result.error?.issues ?? []), [
      'codes_postaux.0: must be a postcode of 5 digits',
      'departement: departement must be a département code',
      'epci: epci must be the SIREN of an EPCI (9 digits)',
    ]);
  });
});

describe('problemSchema', () => {
  it('defaults type to about:blank and keeps extension members', () => {
    const problem = problemSchema.parse({ title: 'Not Found', status: 404, lieu: 'x' });
    assert.equal(problem.type, 'about:blank');
    assert.equal(problem['lieu'], 'x');
  });

  it('rejects a body that is not a problem document', () => {
    assert.equal(problemSchema.safeParse({ message: 'oops' }).success, false);
    assert.equal(problemSchema.safeParse({ title: 'x', status: 700 }).success, false);
  });
});

describe('formatPath', () => {
  it('joins keys and indexes with dots', () => {
    assert.equal(formatPath(['items', 0, 'services', 1]), 'items.0.services.1');
    assert.equal(formatPath([]), '');
  });
});
