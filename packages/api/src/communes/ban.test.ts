import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { adresseListSchema, problemSchema } from '@inclusion-widgets/core';
import { Hono } from 'hono';
import { readConfig } from '../config.js';
import type { Database } from '../database.js';
import { problemResponse } from '../problem.js';
import { registerCommunes } from './routes.js';

/** What the fake address API does with the next request. */
type Behaviour = (request: IncomingMessage, response: ServerResponse) => void;

/** A feature as the BAN answers it (https://adresse.data.gouv.fr/api-doc/adresse), trimmed. */
const amiens = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.290084, 49.897443] },
  properties: {
    label: '8 Boulevard du Port 80000 Amiens',
    score: 0.49159121588068583,
    housenumber: '8',
    id: '80021_6590_00008',
    type: 'housenumber',
    name: '8 Boulevard du Port',
    postcode: '80000',
    citycode: '80021',
    x: 648952.58,
    y: 6977867.25,
    city: 'Amiens',
    context: '80, Somme, Hauts-de-France',
    importance: 0.6706612694243868,
    street: 'Boulevard du Port',
  },
};

const json =
  (body: unknown): Behaviour =>
  (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

// The routes never touch the database for addresses: a database that fails any query proves it.
const noDatabase = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in these tests')),
  exec: () => Promise.reject(new Error('no database in these tests')),
  transaction: () => Promise.reject(new Error('no database in these tests')),
  close: () => Promise.resolve(),
} satisfies Database;

describe('GET /v1/adresses', () => {
  let server: Server;
  let banUrl: string;
  let behaviour: Behaviour;
  let requests: URL[];

  before(async () => {
    server = createServer((request, response) => {
      requests.push(new URL(request.url ?? '/', 'http://127.0.0.1'));
      behaviour(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    banUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search/`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    requests = [];
    behaviour = json({ type: 'FeatureCollection', version: 'draft', features: [amiens] });
  });

  const appWith = (url: string | undefined, banTimeoutMs = 3_000): Hono => {
    const app = new Hono();
    registerCommunes(app, { database: noDatabase, banUrl: url, banTimeoutMs });
    app.onError(() => problemResponse({ status: 500, detail: 'failed' }));
    return app;
  };

  it('is off by default: 404 problem saying address search is not enabled', async () => {
    assert.equal(readConfig({}).banUrl, undefined);
    const response = await appWith(readConfig({}).banUrl).request('/v1/adresses?q=8+bd+du+port');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(
      problemSchema.parse(await response.json()).detail,
      'Address search is not enabled on this server.',
    );
    assert.equal(requests.length, 0);
  });

  it('accepts only an http(s) BAN_URL', () => {
    assert.equal(
      readConfig({ BAN_URL: ' https://api-adresse.data.gouv.fr/search/ ' }).banUrl,
      'https://api-adresse.data.gouv.fr/search/',
    );
    assert.throws(
      () => readConfig({ BAN_URL: 'ftp://example.org/search' }),
      /BAN_URL must be an http\(s\) URL/,
    );
    assert.throws(() => readConfig({ BAN_URL: 'api-adresse.data.gouv.fr' }), /BAN_URL/);
  });

  it('answers the addresses of the upstream answer, valid against the contract', async () => {
    const response = await appWith(banUrl).request('/v1/adresses?q=8%20bd%20du%20port%20amiens&limit=3');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=3600');
    const body = adresseListSchema.parse(await response.json());
    assert.deepEqual(body.items, [
      {
        label: '8 Boulevard du Port 80000 Amiens',
        latitude: 49.897443,
        longitude: 2.290084,
        code_insee: '80021',
        code_postal: '80000',
        commune: 'Amiens',
        type: 'numero',
        score: 0.49159121588068583,
      },
    ]);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.pathname, '/search/');
    assert.equal(requests[0]?.searchParams.get('q'), '8 bd du port amiens');
    assert.equal(requests[0]?.searchParams.get('limit'), '3');
  });

  it('leaves out features the widgets cannot use and keeps the others', async () => {
    const street = {
      ...amiens,
      properties: { ...amiens.properties, type: 'street', label: 'Boulevard du Port 80000 Amiens' },
    };
    const unknownType = { ...amiens, properties: { ...amiens.properties, type: 'poi' } };
    const badCode = { ...amiens, properties: { ...amiens.properties, citycode: '8002' } };
    const noPostcode = {
      ...amiens,
      properties: { ...amiens.properties, type: 'municipality', postcode: undefined },
    };
    behaviour = json({ type: 'FeatureCollection', features: [street, unknownType, badCode, noPostcode] });
    const body = adresseListSchema.parse(
      await (await appWith(banUrl).request('/v1/adresses?q=amiens')).json(),
    );
    assert.deepEqual(
      body.items.map((item) => [item.type, item.code_postal]),
      [
        ['voie', '80000'],
        ['commune', undefined],
      ],
    );
  });

  it('answers 504 problem when the address API does not answer in time', async () => {
    behaviour = () => undefined; // never answers
    const started = performance.now();
    const response = await appWith(banUrl, 200).request('/v1/adresses?q=8+bd+du+port');
    assert.equal(response.status, 504);
    assert.ok(performance.now() - started < 2_000);
    const problem = problemSchema.parse(await response.json());
    assert.match(problem.detail ?? '', /did not answer in time/);
  });

  it('answers 502 problem when the address API fails', async () => {
    behaviour = (_request, response) => {
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end('{"code":500,"message":"boom"}');
    };
    const response = await appWith(banUrl).request('/v1/adresses?q=8+bd+du+port');
    assert.equal(response.status, 502);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.match(problemSchema.parse(await response.json()).detail ?? '', /answered with an error/);
  });

  for (const [name, body] of [
    ['not JSON', '<html>Service unavailable</html>'],
    ['JSON of another shape', '{"features":"none"}'],
    [
      'a feature without coordinates',
      JSON.stringify({ type: 'FeatureCollection', features: [{ ...amiens, geometry: null }] }),
    ],
  ] as const) {
    it(`answers 502 problem when the address API answers ${name}`, async () => {
      behaviour = (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(body);
      };
      const response = await appWith(banUrl).request('/v1/adresses?q=8+bd+du+port');
      assert.equal(response.status, 502);
      problemSchema.parse(await response.json());
    });
  }

  it('answers 502 problem when nothing listens at BAN_URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/search/`;
    await new Promise((resolve) => closed.close(resolve));
    const response = await appWith(url).request('/v1/adresses?q=8+bd+du+port');
    assert.equal(response.status, 502);
  });

  for (const [query, parameter] of [
    ['', 'q'],
    ['?q=ab', 'q'],
    [`?q=${'a'.repeat(201)}`, 'q'],
    ['?q=8+bd+du+port&limit=50', 'limit'],
  ] as const) {
    it(`answers 400 naming ${parameter} for ${query || 'no query'} without calling the address API`, async () => {
      const response = await appWith(banUrl).request(`/v1/adresses${query}`);
      assert.equal(response.status, 400);
      assert.equal(problemSchema.parse(await response.json()).errors?.[0]?.path, parameter);
      assert.equal(requests.length, 0);
    });
  }
});
