import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { openDatabase, type Database } from '../database.js';
import { createLogger } from '../logger.js';
import { DEPARTEMENTS_FILE } from './routes.js';
import { carteStyle, departementsAttribution, type FeatureCollection } from './style.js';

type Json = Record<string, unknown>;
type Style = StyleSpecification & { sources: { departements: { data: unknown; attribution?: string } } };

const silent = createLogger({ level: 'silent' });

// The style needs no database; the app does (it is the real one, with its ETag, compression and answer cache).
describe('the default map style', () => {
  let database: Database;
  let app: Hono;

  before(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    app = createApp({
      database,
      logger: silent,
      version: '0.0.0-test',
      http: { rateLimits: { get: 0 }, responseCache: { maxBytes: 1024 * 1024 } },
    });
  });
  after(() => database.close());

  const style = async (url: string, init?: RequestInit) => {
    const response = await app.request(url, init);
    return { response, body: (await response.json()) as Style };
  };

  it('is a valid MapLibre style with a background and the départements, and nothing to load from elsewhere', async () => {
    const { response, body } = await style('/v1/carte/style.json');
    assert.equal(response.status, 200);
    assert.deepEqual(validateStyleMin(body), []);
    assert.equal(body.version, 8);
    assert.equal(body.glyphs, undefined, 'no glyphs: no text layer');
    assert.equal(body.sprite, undefined, 'no sprite');
    assert.deepEqual(
      body.layers.map((layer) => [layer.id, layer.type]),
      [
        ['background', 'background'],
        ['departements-fill', 'fill'],
        ['departements-outline', 'line'],
      ],
    );
    assert.equal(body.sources.departements.attribution, departementsAttribution);
    assert.match(departementsAttribution, /Licence Ouverte/);
  });

  it('names its GeoJSON with an absolute URL on the request’s origin, one per host', async () => {
    const local = (await style('/v1/carte/style.json')).body.sources.departements.data;
    assert.match(String(local), /^http:\/\/localhost\/v1\/carte\/departements\.geojson\?v=[\w-]{12}$/);
    // The answer cache keeps one answer per host: another host never gets this one's URLs.
    const other = (await style('https://api.example.org/v1/carte/style.json')).body.sources.departements.data;
    assert.match(String(other), /^https:\/\/api\.example\.org\/v1\/carte\/departements\.geojson\?v=/);
  });

  it('uses PUBLIC_URL when the server has one', async () => {
    const behindProxy = createApp({
      database,
      logger: silent,
      version: '0.0.0-test',
      publicUrl: 'https://api.example.org/inclusion',
    });
    const response = await behindProxy.request('http://127.0.0.1:8080/v1/carte/style.json');
    const body = (await response.json()) as Style;
    assert.match(
      String(body.sources.departements.data),
      /^https:\/\/api\.example\.org\/inclusion\/v1\/carte\/departements\.geojson\?v=/,
    );
  });

  it('is cacheable for a day, with an ETag answered by 304', async () => {
    const { response } = await style('/v1/carte/style.json');
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=86400');
    const etag = response.headers.get('ETag') ?? '';
    assert.match(etag, /^"/);
    const again = await app.request('/v1/carte/style.json', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('serves the 96 metropolitan départements as GeoJSON, immutable under its versioned URL', async () => {
    const url = String((await style('/v1/carte/style.json')).body.sources.departements.data);
    const response = await app.request(url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/geo+json; charset=utf-8');
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    const geojson = (await response.json()) as FeatureCollection;
    assert.equal(geojson.type, 'FeatureCollection');
    assert.equal(geojson.features.length, 96);
    const codes = geojson.features.map((feature) => feature.properties.code);
    assert.ok(codes.includes('59') && codes.includes('2A') && codes.includes('2B'), codes.join(','));
    for (const feature of geojson.features) {
      assert.equal(typeof feature.properties.nom, 'string');
      const polygons = (
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
      ) as number[][][][];
      for (const ring of polygons.flat()) {
        assert.ok(ring.length >= 4, `${String(feature.properties.code)}: a ring of ${ring.length} positions`);
        assert.deepEqual(ring[0], ring[ring.length - 1], 'closed');
        for (const [longitude, latitude] of ring) {
          assert.ok(longitude! > -6 && longitude! < 10 && latitude! > 41 && latitude! < 52);
          assert.equal(Math.round(longitude! * 1000) / 1000, longitude, 'rounded to 3 decimals');
        }
      }
    }
    const unversioned = await app.request('/v1/carte/departements.geojson');
    assert.equal(unversioned.headers.get('Cache-Control'), 'public, max-age=86400');
  });

  it('sends the GeoJSON compressed, well under 100 KB', async () => {
    const response = await app.request('/v1/carte/departements.geojson', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    assert.equal(response.headers.get('Content-Encoding'), 'gzip');
    const compressed = Buffer.from(await response.arrayBuffer());
    assert.ok(compressed.byteLength < 100 * 1024, `${compressed.byteLength} bytes`);
    assert.deepEqual(gunzipSync(compressed), readFileSync(DEPARTEMENTS_FILE));
    const again = await app.request('/v1/carte/departements.geojson');
    assert.equal((await again.arrayBuffer()).byteLength, readFileSync(DEPARTEMENTS_FILE).byteLength);
  });
});

describe('the test fixture style', () => {
  it('is the API’s style with a few départements of the north inline (for browser tests with no server)', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../../../test/fixtures/carte-style.json', import.meta.url), 'utf8'),
    ) as Style;
    assert.deepEqual(validateStyleMin(fixture), []);
    const data = fixture.sources.departements.data as FeatureCollection;
    assert.deepEqual(
      data.features.map((feature) => feature.properties.code),
      ['02', '59', '62', '80'],
    );
    const { sources: _sources, ...rest } = carteStyle({ departements: data }) as Json;
    const { sources: _fixtureSources, ...fixtureRest } = fixture as unknown as Json;
    assert.deepEqual(
      fixtureRest,
      rest,
      'same layers and colours as the API’s: rebuild it with scripts/build-departements.ts',
    );
  });
});
