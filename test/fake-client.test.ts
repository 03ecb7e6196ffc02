import { expect } from '@open-wc/testing';
import {
  facettesSchema,
  NetworkError,
  searchFilterFields,
  SearchParamsError,
  type FacettesParams,
} from '@inclusion-widgets/core';
import { FakeClient } from './fake-client.js';

// The fake client is the one seam where widget tests replace the API. These tests keep it honest: it parses
// its data with the contract's schemas, answers like the API does, and fails, waits and aborts on demand.
describe('FakeClient', () => {
  it('serves the default fixtures, parsed by the contract schemas', async () => {
    const client = new FakeClient();
    const page = await client.searchLieux({});
    expect(page.total).to.equal(client.lieux.length);
    expect(page.items[0]?.services).to.be.an('array');
  });

  it('refuses a fixture that breaks the contract, naming the field', () => {
    expect(() => new FakeClient({ lieux: [{ id: 'x', nom: 'Sans adresse' } as never] })).to.throw(
      /lieux\.0\.(pivot|commune|adresse)/,
    );
  });

  it('sorts by distance from a commune and filters by radius and service', async () => {
    const client = new FakeClient();
    const page = await client.searchLieux({
      commune: '59350',
      rayon: 20_000,
      services: ['aide-aux-demarches-administratives'],
    });
    expect(page.items.length).to.be.greaterThan(0);
    const distances = page.items.map((lieu) => lieu.distance ?? Infinity);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(distances.every((distance) => distance <= 20_000)).to.equal(true);
    for (const lieu of page.items) expect(lieu.services).to.include('aide-aux-demarches-administratives');
  });

  it('autocompletes communes by name, without accents, and by postcode', async () => {
    const client = new FakeClient();
    const byName = await client.searchCommunes('roub');
    expect(byName.map((commune) => commune.nom)).to.include('Roubaix');
    const byPostcode = await client.searchCommunes('59100');
    expect(byPostcode.map((commune) => commune.nom)).to.include('Roubaix');
    expect(await client.searchCommunes('  ')).to.deep.equal([]);
  });

  it('answers a place’s detail and a map viewport of its fixtures', async () => {
    const client = new FakeClient();
    const first = client.lieux[0];
    const detail = await client.getLieu(first?.id ?? '');
    expect(detail.id).to.equal(first?.id);
    const carte = await client.getCarte({ bbox: [-180, -85, 180, 85], zoom: 2 });
    const placed = client.lieux.filter((lieu) => lieu.latitude !== undefined);
    expect(carte.total).to.equal(placed.length);
    expect(carte.points.length + carte.clusters.length).to.be.at.most(400);
  });

  it('counts facets like the API: each field without its own filter, open now without its own', async () => {
    const client = new FakeClient();
    const params: FacettesParams = {
      lat: 50.63,
      lon: 3.06,
      rayon: 20_000,
      frais_a_charge: ['gratuit'],
      services: ['aide-aux-demarches-administratives'],
    };
    const counts = facettesSchema.parse(await client.getFacettes(params));
    const total = async (query: FacettesParams) => (await client.searchLieux({ ...query, limit: 100 })).total;
    expect(counts.total).to.equal(await total(params));
    expect(counts.total).to.be.greaterThan(0);
    expect(counts.complet).to.equal(true);
    expect(counts.ouvert_maintenant).to.equal(await total({ ...params, ouvert_maintenant: true }));
    for (const field of searchFilterFields) {
      for (const [slug, count] of Object.entries(counts.facettes[field] as Record<string, number>)) {
        expect(count, `${field}=${slug}`).to.equal(await total({ ...params, [field]: [slug] }));
      }
    }
    expect(Object.keys(counts.facettes.frais_a_charge)).to.include('gratuit');
  });

  it('validates facet parameters like the real client, ignoring pagination', async () => {
    const client = new FakeClient();
    const error = await client.getFacettes({ rayon: 500 }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(SearchParamsError);
    const paged = await client.getFacettes({ commune: '59350', limit: 5 } as FacettesParams);
    expect(paged.total).to.equal((await client.getFacettes({ commune: '59350' })).total);
  });

  it('serves widget configurations from its fixtures, and 404 for an unknown one', async () => {
    const client = new FakeClient();
    const configuration = await client.getConfiguration('exemple-lille');
    expect(configuration.widget).to.equal('venue-finder');
    expect(configuration.attributs.territory).to.equal('departement:59');
    const error = await client.getConfiguration('nope').catch((caught: unknown) => caught);
    expect(error).to.have.property('status', 404);
    expect(
      () => new FakeClient({ configurations: [{ id: 'x-y', widget: 'quiz', attributs: { Bad: 'v' } }] }),
    ).to.throw(/configurations\.0\.attributs\.Bad: attribute names must be kebab-case/);
  });

  it('names a map style the browser can load with no server: the API’s, with départements inline', async () => {
    const url = new FakeClient().carteStyleUrl();
    const response = await fetch(url);
    expect(response.ok).to.equal(true);
    const style = (await response.json()) as {
      version: number;
      glyphs?: string;
      layers: { id: string }[];
      sources: { departements: { data: { features: { properties: { code: string } }[] } } };
    };
    expect(style.version).to.equal(8);
    expect(style.glyphs).to.equal(undefined);
    expect(style.layers.map((layer) => layer.id)).to.deep.equal([
      'background',
      'departements-fill',
      'departements-outline',
    ]);
    expect(style.sources.departements.data.features.map((feature) => feature.properties.code)).to.include(
      '59',
    );
    expect(new FakeClient({ carteStyleUrl: 'https://tiles.example/style.json' }).carteStyleUrl()).to.equal(
      'https://tiles.example/style.json',
    );
  });

  it('answers 404 like the API for an unknown venue', async () => {
    const error = await new FakeClient().getLieu('nope').catch((caught: unknown) => caught);
    expect(error).to.have.property('status', 404);
  });

  it('fails the next call on demand, then answers again', async () => {
    const client = new FakeClient();
    client.failNext(new NetworkError({ url: 'https://api.test/v1/lieux' }));
    const error = await client.searchLieux({}).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(NetworkError);
    expect((await client.searchLieux({})).total).to.be.greaterThan(0);
  });

  it('holds a call until released, and an abort wins over a held call', async () => {
    const client = new FakeClient();
    const held = client.delayNext();
    const controller = new AbortController();
    const promise = client.searchLieux({}, { signal: controller.signal });
    const call = await held.started;
    expect(call.method).to.equal('searchLieux');
    controller.abort();
    const error = await promise.catch((caught: unknown) => caught);
    expect(error).to.have.property('name', 'AbortError');
    held.release();
    expect(client.calls).to.have.length(1);
  });

  it('hands out copies, so that a widget cannot change the fixtures', async () => {
    const client = new FakeClient();
    const first = await client.searchLieux({});
    first.items[0]!.nom = 'Changed';
    const second = await client.searchLieux({});
    expect(second.items[0]!.nom).not.to.equal('Changed');
  });
});
