// The bad-input catalogue, "API queries" (docs/bad-inputs.md): every case through the real app, on every database.
// A refused input is a 4xx `application/problem+json` whose `detail` names the parameter; a text that only looks
// hostile (`' OR 1=1 --`, `%`, `_`) is searched as written and finds nothing; nothing is ever lost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lieuSchema, pageSchema, problemSchema, type Lieu } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { Database } from './database.js';
import { horairesValides } from './lieux/opening-hours.js';
import { upsertLieux } from './lieux/store.js';
import { createLogger } from './logger.js';
import { migrate } from './migrate.js';
import { createPartner } from './statistics/store.js';
import { testTargets } from './test-databases.js';
import type { TestDatabases } from './test-databases.js';
import { emptyLists } from './test-lieux.js';

const adminToken = 'bad-inputs-admin-token';
const lieuPageSchema = pageSchema(lieuSchema);

const base = {
  pivot: '00000000000101',
  commune: 'Lille',
  code_postal: '59000',
  code_insee: '59350',
  adresse: '1 rue de l’Exemple',
  date_maj: '2024-04-02',
  horaires: 'Mo-Fr 09:00-17:00',
  ...emptyLists,
} satisfies Partial<Lieu>;

const places: Lieu[] = [
  { ...base, id: 'lille-mediatheque', nom: 'Médiathèque Jean-Lévy', latitude: 50.633, longitude: 3.058 },
  { ...base, id: 'lille-wazemmes', nom: 'Espace numérique de Wazemmes', latitude: 50.625, longitude: 3.05 },
  { ...base, id: 'lille-france-services', nom: 'France Services de Lille', latitude: 50.64, longitude: 3.07 },
];

/** A cursor written as the API writes one (base64url JSON), holding what a tamperer put in it. */
const cursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const json = (body: string, type = 'application/json'): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': type },
  body,
});
const put = (body: string, type = 'application/json'): RequestInit => ({
  method: 'PUT',
  headers: { 'Content-Type': type, Authorization: `Bearer ${adminToken}` },
  body,
});
const event = { type: 'widget-affiche', widget: 'quiz' };

/** One bad input: what is sent, and the answer it gets. */
interface Case {
  /** The case in words; the test's name, and the row of the catalogue. */
  name: string;
  path: string;
  init?: RequestInit;
  status: number;
  /** A refusal: the word `detail` must hold (the parameter, or the value it could not find). */
  names?: string;
  /** A search answered 200: how many places it finds. */
  total?: number;
}

const lille = 'lat=50.63&lon=3.06';
const long = (length: number) => 'a'.repeat(length);

const cases: readonly Case[] = [
  // Numbers out of range
  { name: 'negative radius: rayon=-5', path: `/v1/lieux?${lille}&rayon=-5`, status: 400, names: 'rayon' },
  { name: 'zero radius: rayon=0', path: `/v1/lieux?${lille}&rayon=0`, status: 400, names: 'rayon' },
  { name: 'huge radius: rayon=1e9', path: `/v1/lieux?${lille}&rayon=1e9`, status: 400, names: 'rayon' },
  { name: 'radius without a centre: rayon=5000', path: '/v1/lieux?rayon=5000', status: 400, names: 'rayon' },
  { name: 'huge limit: limit=1000000', path: '/v1/lieux?limit=1000000', status: 400, names: 'limit' },
  { name: 'zero limit: limit=0', path: '/v1/lieux?limit=0', status: 400, names: 'limit' },
  { name: 'negative limit: limit=-1', path: '/v1/lieux?limit=-1', status: 400, names: 'limit' },
  { name: 'fractional limit: limit=2.5', path: '/v1/lieux?limit=2.5', status: 400, names: 'limit' },
  { name: 'page 0: page=0', path: '/v1/lieux?page=0', status: 400, names: 'page' },
  { name: 'latitude out of range: lat=91', path: '/v1/lieux?lat=91&lon=3', status: 400, names: 'lat' },
  { name: 'lat without lon', path: '/v1/lieux?lat=50.63', status: 400, names: 'lon' },
  { name: 'inverted bbox: bbox=4,51,2,48', path: '/v1/lieux?bbox=4,51,2,48', status: 400, names: 'bbox' },
  {
    name: 'out-of-range bbox: bbox=-200,-95,200,95',
    path: '/v1/lieux?bbox=-200,-95,200,95',
    status: 400,
    names: 'bbox',
  },
  { name: 'bbox of three numbers: bbox=1,2,3', path: '/v1/lieux?bbox=1,2,3', status: 400, names: 'bbox' },
  { name: 'bbox of words: bbox=a,b,c,d', path: '/v1/lieux?bbox=a,b,c,d', status: 400, names: 'bbox' },
  {
    name: 'inverted bbox on the map: /v1/lieux/carte?bbox=4,51,2,48',
    path: '/v1/lieux/carte?bbox=4,51,2,48&zoom=8',
    status: 400,
    names: 'bbox',
  },
  { name: 'map without bbox', path: '/v1/lieux/carte?zoom=8', status: 400, names: 'bbox' },
  {
    name: 'map zoom out of range: zoom=99',
    path: '/v1/lieux/carte?bbox=2,48,4,51&zoom=99',
    status: 400,
    names: 'zoom',
  },
  {
    name: 'facets latitude out of range: lat=91',
    path: '/v1/lieux/facettes?lat=91&lon=3',
    status: 400,
    names: 'lat',
  },
  // Not numbers
  { name: 'word for a number: lat=abc', path: '/v1/lieux?lat=abc&lon=3', status: 400, names: 'lat' },
  { name: 'NaN: lat=NaN', path: '/v1/lieux?lat=NaN&lon=3', status: 400, names: 'lat' },
  { name: 'Infinity: lat=Infinity', path: '/v1/lieux?lat=Infinity&lon=3', status: 400, names: 'lat' },
  { name: 'overflowing number: lat=1e999', path: '/v1/lieux?lat=1e999&lon=3', status: 400, names: 'lat' },
  { name: 'hexadecimal: lat=0x10', path: '/v1/lieux?lat=0x10&lon=3', status: 400, names: 'lat' },
  { name: 'hexadecimal limit: limit=0x10', path: '/v1/lieux?limit=0x10', status: 400, names: 'limit' },
  { name: 'binary literal: rayon=0b11', path: `/v1/lieux?${lille}&rayon=0b11`, status: 400, names: 'rayon' },
  { name: 'empty number: lat=&lon=', path: '/v1/lieux?lat=&lon=', status: 400, names: 'lat' },
  {
    name: 'not a boolean: ouvert_maintenant=peut-etre',
    path: '/v1/lieux?ouvert_maintenant=peut-etre',
    status: 400,
    names: 'ouvert_maintenant',
  },
  // Injection strings: refused by the parameter's form, or searched as plain text
  {
    name: "SQL injection in q: ' OR 1=1 --",
    path: `/v1/lieux?q=${encodeURIComponent("' OR 1=1 --")}`,
    status: 200,
    total: 0,
  },
  { name: 'LIKE wildcard in q: %', path: '/v1/lieux?q=%25', status: 200, total: 0 },
  { name: 'LIKE wildcard in q: _', path: '/v1/lieux?q=_', status: 200, total: 0 },
  { name: 'backslash in q', path: '/v1/lieux?q=%5C', status: 200, total: 0 },
  {
    name: 'statement in q: ;DROP TABLE lieux;--',
    path: `/v1/lieux?q=${encodeURIComponent(';DROP TABLE lieux;--')}`,
    status: 200,
    total: 0,
  },
  {
    name: "SQL injection in commune: ' OR 1=1 --",
    path: `/v1/lieux?commune=${encodeURIComponent("' OR 1=1 --")}`,
    status: 400,
    names: 'commune',
  },
  {
    name: "SQL injection in services: ' OR 1=1 --",
    path: `/v1/lieux?services=${encodeURIComponent("' OR 1=1 --")}`,
    status: 400,
    names: 'services',
  },
  {
    name: "SQL injection in territoire: departement:59' OR '1'='1",
    path: `/v1/lieux?territoire=${encodeURIComponent("departement:59' OR '1'='1")}`,
    status: 400,
    names: 'territoire',
  },
  {
    name: "SQL injection in a place id: /v1/lieux/' OR 1=1 --",
    path: `/v1/lieux/${encodeURIComponent("' OR 1=1 --")}`,
    status: 404,
    names: 'OR 1=1',
  },
  {
    name: "SQL injection in the communes search: q=' OR 1=1 --",
    path: `/v1/communes?q=${encodeURIComponent("' OR 1=1 --")}`,
    status: 200,
  },
  {
    name: "SQL injection in an event's partenaire",
    path: '/v1/evenements',
    init: json(JSON.stringify({ partenaire: "' OR 1=1 --", evenements: [event] })),
    status: 400,
    names: 'partenaire',
  },
  // Unusual Unicode
  { name: 'NUL in q: q=a%00b', path: '/v1/lieux?q=a%00b', status: 400, names: 'q' },
  {
    name: 'NUL in the map q',
    path: '/v1/lieux/carte?bbox=2,48,4,51&zoom=8&q=a%00b',
    status: 400,
    names: 'q',
  },
  { name: 'NUL in the facets q', path: '/v1/lieux/facettes?q=a%00b', status: 400, names: 'q' },
  { name: 'NUL in the communes q', path: '/v1/communes?q=a%00b', status: 200 },
  { name: 'lone surrogate in q: %ED%A0%80', path: '/v1/lieux?q=%ED%A0%80', status: 200, total: 0 },
  { name: 'right-to-left override in q', path: '/v1/lieux?q=%E2%80%AEsecivreS', status: 200, total: 0 },
  {
    name: 'zero-width space inside a word of q',
    path: '/v1/lieux?q=Wazem%E2%80%8Bmes',
    status: 200,
    total: 0,
  },
  {
    name: 'combining accents in q (decomposed é)',
    path: '/v1/lieux?q=Me%CC%81diathe%CC%80que',
    status: 200,
    total: 1,
  },
  { name: '10,000-character q', path: `/v1/lieux?q=${long(10_000)}`, status: 400, names: 'q' },
  { name: '10,000-character communes q', path: `/v1/communes?q=${long(10_000)}`, status: 400, names: 'q' },
  // Repeated parameters
  { name: 'repeated lat: lat=1&lat=2', path: '/v1/lieux?lat=1&lat=2&lon=3', status: 400, names: 'lat' },
  {
    name: 'repeated limit: limit=5&limit=50',
    path: '/v1/lieux?limit=5&limit=50',
    status: 400,
    names: 'limit',
  },
  {
    name: 'repeated zoom on the map',
    path: '/v1/lieux/carte?bbox=2,48,4,51&zoom=8&zoom=9',
    status: 400,
    names: 'zoom',
  },
  {
    name: 'repeated communes q: q=lille&q=paris',
    path: '/v1/communes?q=lille&q=paris',
    status: 400,
    names: 'q',
  },
  // Unknown values
  {
    name: 'unknown service slug: services=cours',
    path: '/v1/lieux?services=cours',
    status: 400,
    names: 'services',
  },
  { name: 'unknown commune: commune=59999', path: '/v1/lieux?commune=59999', status: 400, names: 'commune' },
  { name: 'unknown quiz: /v1/quiz/inconnu', path: '/v1/quiz/inconnu', status: 404, names: 'inconnu' },
  {
    name: 'unknown orientation: /v1/orientations/inconnu',
    path: '/v1/orientations/inconnu',
    status: 404,
    names: 'inconnu',
  },
  {
    name: 'unknown configuration: /v1/configurations/inconnue',
    path: '/v1/configurations/inconnue',
    status: 404,
    names: 'inconnue',
  },
  // Malformed territoire
  {
    name: 'territoire without code: territoire=departement',
    path: '/v1/lieux?territoire=departement',
    status: 400,
    names: 'territoire',
  },
  {
    name: 'territoire with an impossible code: departement:999',
    path: '/v1/lieux?territoire=departement:999',
    status: 400,
    names: 'territoire',
  },
  {
    name: 'territoire of an unknown kind: pays:fr',
    path: '/v1/lieux?territoire=pays:fr',
    status: 400,
    names: 'territoire',
  },
  {
    name: 'malformed territoire of the CSV export',
    path: '/v1/lieux.csv?territoire=region',
    status: 400,
    names: 'territoire',
  },
  // Tampered cursor
  { name: 'cursor that is not one: cursor=abc', path: '/v1/lieux?cursor=abc', status: 400, names: 'cursor' },
  { name: 'empty cursor: cursor=', path: '/v1/lieux?cursor=', status: 400, names: 'cursor' },
  {
    name: 'cursor of another version: ["v2", …]',
    path: `/v1/lieux?cursor=${cursor(['v2', 'x', 'lille-mediatheque'])}`,
    status: 400,
    names: 'cursor',
  },
  {
    name: 'cursor by name used on a search by distance',
    path: `/v1/lieux?${lille}&cursor=${cursor(['v1', 'x', 'lille-mediatheque'])}`,
    status: 400,
    names: 'cursor',
  },
  {
    name: 'cursor holding a NUL character',
    path: `/v1/lieux?cursor=${cursor(['v1', 'x', 'a\u0000b'])}`,
    status: 400,
    names: 'cursor',
  },
  {
    name: 'cursor and page together',
    path: `/v1/lieux?page=2&cursor=${cursor(['v1', 'x', 'y'])}`,
    status: 400,
    names: 'page',
  },
  // Odd ids in the path
  {
    name: 'path traversal in a place id: ..%2F..%2Fetc%2Fpasswd',
    path: '/v1/lieux/..%2F..%2Fetc%2Fpasswd',
    status: 404,
    names: 'etc/passwd',
  },
  { name: '5,000-character place id', path: `/v1/lieux/${long(5_000)}`, status: 404, names: 'id' },
  { name: 'NUL in a place id', path: '/v1/lieux/a%00b', status: 400, names: 'id' },
  { name: 'invalid UTF-8 in a place id: %ED%A0%80', path: '/v1/lieux/%ED%A0%80', status: 404, names: 'id' },
  { name: 'path traversal in a quiz id', path: '/v1/quiz/..%2F..%2Fpackage', status: 404, names: 'package' },
  {
    name: 'path traversal in a configuration id',
    path: '/v1/configurations/..%2F..',
    status: 400,
    names: 'id',
  },
  { name: 'path traversal in a commune code', path: '/v1/communes/..%2F..', status: 400, names: 'code' },
  // Bodies
  {
    name: 'event body that is not JSON',
    path: '/v1/evenements',
    init: json('{"partenaire":'),
    status: 400,
    names: 'JSON',
  },
  {
    name: 'event body that is JSON null',
    path: '/v1/evenements',
    init: json('null'),
    status: 400,
    names: 'body',
  },
  {
    name: 'event body without its fields: {}',
    path: '/v1/evenements',
    init: json('{}'),
    status: 400,
    names: 'partenaire',
  },
  {
    name: 'event body over 16 KiB',
    path: '/v1/evenements',
    init: json(
      JSON.stringify({ partenaire: 'mairie-exemple', evenements: [{ ...event, lieu: long(20_000) }] }),
    ),
    status: 413,
    names: '16 KiB',
  },
  {
    name: 'event body as XML: Content-Type application/xml',
    path: '/v1/evenements',
    init: json('<a/>', 'application/xml'),
    status: 415,
    names: 'Content-Type',
  },
  {
    name: 'event with an unknown field',
    path: '/v1/evenements',
    init: json(JSON.stringify({ partenaire: 'mairie-exemple', evenements: [{ ...event, email: 'a@b.fr' }] })),
    status: 400,
    names: 'email',
  },
  {
    name: 'configuration body as text/plain',
    path: '/v1/admin/configurations/essai',
    init: put('{}', 'text/plain'),
    status: 415,
    names: 'Content-Type',
  },
  {
    name: 'configuration body that is not JSON',
    path: '/v1/admin/configurations/essai',
    init: put('{"widget":'),
    status: 400,
    names: 'JSON',
  },
  {
    name: 'configuration body that is an array',
    path: '/v1/admin/configurations/essai',
    init: put('[]'),
    status: 400,
    names: 'object',
  },
  {
    name: 'statistics since an impossible date: depuis=2024-13-45',
    path: '/v1/statistiques?partenaire=mairie-exemple&depuis=2024-13-45',
    status: 400,
    names: 'depuis',
  },
];

const silent = createLogger({ level: 'silent' });

for (const target of testTargets) {
  describe(`bad inputs of the API queries ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;

    const count = async (table: string): Promise<number> =>
      (await database.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`)).rows[0]?.n ?? -1;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      await database.query(
        `INSERT INTO communes (code, nom, nom_recherche, departement, region, epci, latitude, longitude)
         VALUES ('59350', 'Lille', normaliser('Lille'), '59', '32', '200093201', 50.6311, 3.0468)`,
      );
      await upsertLieux(database, places, { checkHoraires: horairesValides });
      await createPartner(database, { id: 'mairie-exemple', nom: 'Mairie d’Exemple' });
      app = createApp({
        database,
        logger: silent,
        version: '0.0.0-test',
        adminToken,
        http: { rateLimits: { get: 0, post: 0, postOtherOrigin: 0 } },
      });
    });
    after(() => databases.tearDown());

    for (const { name, path, init, status, names, total } of cases) {
      it(name, async () => {
        const response = await app.request(path, init);
        const body = await response.text();
        assert.equal(response.status, status, body.slice(0, 300));
        if (status >= 400) {
          assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
          const problem = problemSchema.parse(JSON.parse(body));
          assert.ok(problem.detail?.includes(names ?? ''), `${names ?? ''} in ${problem.detail ?? ''}`);
          // No stack, no SQL in what the client reads.
          assert.doesNotMatch(problem.detail ?? '', /\bat \S+:\d+|SELECT |FROM lieux|syntax error/);
        } else {
          assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
          if (total !== undefined) assert.equal(lieuPageSchema.parse(JSON.parse(body)).total, total);
        }
      });
    }

    it('still answers a good search after every bad input', async () => {
      const response = await app.request(`/v1/lieux?${lille}&rayon=5000`);
      assert.equal(response.status, 200);
      assert.equal(lieuPageSchema.parse(await response.json()).total, places.length);
    });

    it('keeps every place, commune and partner after the injection attempts', async () => {
      assert.equal(await count('lieux'), places.length);
      assert.equal(await count('communes'), 1);
      assert.equal(await count('partenaires'), 1);
      assert.equal(await count('configurations'), 0);
    });
  });
}
