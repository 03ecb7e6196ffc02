import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { communeListSchema, communeSchema, problemSchema } from '@inclusion-widgets/core';
import fc from 'fast-check';
import { Hono } from 'hono';
import type { Database } from '../database.js';
import { migrate } from '../migrate.js';
import { problemResponse } from '../problem.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { COMMUNES_FILES, ensureCommunes, readCsv } from './load.js';
import { normaliser, normaliserRecherche } from './normalise.js';
import { registerCommunes } from './routes.js';
import { findCommune, searchCommunes } from './search.js';

function appFor(database: Database): Hono {
  const app = new Hono();
  registerCommunes(app, { database });
  app.onError(() => problemResponse({ status: 500, detail: 'failed' }));
  return app;
}

async function names(database: Database, q: string, limit = 5): Promise<string[]> {
  return (await searchCommunes(database, q, limit)).map((commune) => commune.nom);
}

const communesCsv = readFileSync(COMMUNES_FILES.communes, 'utf8');
const committed = readCsv(communesCsv, 'communes.csv', ['code', 'nom']);

describe('the committed communes index', () => {
  it('holds every current commune of metropolitan France and the five overseas départements', () => {
    assert.ok(committed.length > 34_800, `${committed.length} communes`);
    const departements = new Set(committed.map((row) => row.departement));
    for (const code of ['01', '2A', '2B', '59', '75', '95', '971', '972', '973', '974', '976']) {
      assert.ok(departements.has(code), `département ${code}`);
    }
    for (const row of committed.slice(0, 2_000)) {
      const commune = communeSchema.parse({
        code: row.code,
        nom: row.nom,
        codes_postaux: row.codes_postaux ? row.codes_postaux.split('|') : [],
        departement: row.departement,
        region: row.region,
        epci: row.epci || undefined,
        population: Number(row.population),
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
      });
      assert.equal(commune.code, row.code);
    }
  });

  it('gives names with their articles', () => {
    const byCode = new Map(committed.map((row) => [row.code, row.nom]));
    assert.equal(byCode.get('01001'), "L'Abergement-Clémenciat");
    assert.equal(byCode.get('76351'), 'Le Havre');
    assert.equal(byCode.get('94038'), "L'Haÿ-les-Roses");
  });

  it('normalises names as the SQL normaliser does, "saint" spelled out, parentheses aside', () => {
    for (const row of committed) {
      const expected = normaliser(row.nom!).replace(/(?<=^| )st(?= |$)/g, 'saint');
      if (row.nom!.includes('(')) continue;
      assert.equal(normaliserRecherche(row.nom!), expected, row.nom!);
    }
  });
});

for (const target of testTargets) {
  describe(`communes ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      const first = await ensureCommunes(database);
      assert.equal(first.loaded, true);
      app = appFor(database);
    });

    after(async () => {
      await databases.tearDown();
    });

    describe('loading', () => {
      it('loads every commune of the committed file, with its postcodes and alias codes', async () => {
        const { rows } = await database.query<{ communes: number; postcodes: number; alias: number }>(
          `SELECT (SELECT count(*) FROM communes) AS communes,
                  (SELECT count(*) FROM codes_postaux_communes) AS postcodes,
                  (SELECT count(*) FROM communes_alias) AS alias`,
        );
        assert.equal(rows[0]!.communes, committed.length);
        assert.ok(rows[0]!.postcodes > 35_000);
        assert.ok(rows[0]!.alias > 4_000);
      });

      it('does nothing the second time', async () => {
        const again = await ensureCommunes(database);
        assert.deepEqual(
          { loaded: again.loaded, communes: again.communes },
          { loaded: false, communes: committed.length },
        );
      });

      it('stores the same nom_recherche as the SQL normaliser, "saint" spelled out', async () => {
        const { rows } = await database.query<{ code: string; nom: string; nom_recherche: string }>(
          `SELECT code, nom, nom_recherche FROM communes
           WHERE nom_recherche <> regexp_replace(normaliser(nom), '(^| )st( |$)', '\\1saint\\2', 'g')`,
        );
        assert.deepEqual(
          rows.map((row) => row.nom).sort(),
          committed
            .filter((row) => row.nom!.includes('('))
            .map((row) => row.nom)
            .sort(),
        );
      });

      it('agrees with the SQL normaliser on French-looking text', async () => {
        const letters = fc.constantFrom(..."aàâbcçdeéèêëfghiîïjklmnoôœpqrstuùûüvwxyÿzAÉÈÇŒÆ -’'".split(''));
        const samples = fc.sample(fc.string({ unit: letters, maxLength: 25 }), 300);
        const { rows } = await database.query<{ t: string; n: string }>(
          'SELECT t, normaliser(t) AS n FROM unnest($1::text[]) AS t',
          [samples],
        );
        for (const row of rows) assert.equal(normaliser(row.t), row.n, JSON.stringify(row.t));
      });

      it("reloads when a file changes, in one transaction, and refreshes the places' territory codes", async () => {
        const dir = mkdtempSync(join(tmpdir(), 'communes-'));
        try {
          const small = await databases.fresh();
          await migrate(small);
          const communesFile = join(dir, 'communes.csv');
          const aliasFile = join(dir, 'alias.csv');
          const header = 'code,nom,codes_postaux,departement,region,epci,population,latitude,longitude';
          writeFileSync(
            communesFile,
            `${header}\n59350,Lille,59000|59800,59,32,200093201,238246,50.63178,3.04706\n`,
          );
          writeFileSync(aliasFile, 'code,commune,nom,type\n59355,59350,Lomme,commune-associee\n');
          assert.equal((await ensureCommunes(small, undefined, { communesFile, aliasFile })).loaded, true);
          assert.equal((await ensureCommunes(small, undefined, { communesFile, aliasFile })).loaded, false);
          await small.query(
            `INSERT INTO lieux (id, pivot, nom, commune, code_postal, code_insee, adresse, date_maj, departement)
             VALUES ('lomme', '00000000000000', 'Espace numérique', 'Lomme', '59160', '59355', '1 rue', '2024-01-01', '59')`,
          );

          writeFileSync(
            communesFile,
            `${header}\n59350,"Lille, ""capitale"" des Flandres",59000|59160,59,32,200093201,238246,50.63178,3.04706\n` +
              "59009,Villeneuve-d'Ascq,59491|59650,59,32,200093201,62000,50.6233,3.1450\n",
          );
          const reloaded = await ensureCommunes(small, undefined, { communesFile, aliasFile });
          assert.deepEqual(
            { loaded: reloaded.loaded, communes: reloaded.communes },
            { loaded: true, communes: 2 },
          );
          assert.equal((await findCommune(small, '59350'))?.nom, 'Lille, "capitale" des Flandres');
          assert.deepEqual((await findCommune(small, '59355'))?.codes_postaux, ['59000', '59160']);
          assert.deepEqual(
            (await searchCommunes(small, '5916', 5)).map((c) => c.code),
            ['59350'],
          );
          const { rows } = await small.query<{ epci: string; region: string }>(
            `SELECT epci, region FROM lieux WHERE id = 'lomme'`,
          );
          assert.deepEqual(rows[0], { epci: '200093201', region: '32' });

          // A broken file changes nothing: the transaction is rolled back.
          writeFileSync(communesFile, `${header}\n59350,Lille,59000,59,32,,,not a number,3\n`);
          await assert.rejects(ensureCommunes(small, undefined, { communesFile, aliasFile }), /line 2/);
          assert.equal((await searchCommunes(small, 'villeneuve', 5)).length, 1);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      it('loads again when the table was emptied', async () => {
        const other = await databases.fresh();
        await migrate(other);
        await ensureCommunes(other);
        await other.query('DELETE FROM communes');
        const again = await ensureCommunes(other);
        assert.deepEqual(
          { loaded: again.loaded, communes: again.communes },
          { loaded: true, communes: committed.length },
        );
        // The indexes dropped for the first load are back.
        const { rows } = await other.query<{ count: number }>(
          `SELECT count(*) AS count FROM pg_indexes WHERE schemaname = current_schema()
             AND tablename IN ('communes', 'communes_alias', 'codes_postaux_communes')`,
        );
        assert.equal(rows[0]!.count, 9);
      });
    });

    describe('search', () => {
      it('finds Lille first for "lille", and whatever the case', async () => {
        assert.equal((await names(database, 'lille'))[0], 'Lille');
        assert.equal((await names(database, 'LILLE'))[0], 'Lille');
        assert.equal((await names(database, 'Lil'))[0], 'Lille');
      });

      it('finds Saint-Étienne for every way of writing it', async () => {
        for (const q of [
          'st etienne',
          'saint-étienne',
          'ST ETIENNE',
          'St-Étienne',
          'saint etienne',
          'St. Etienne',
          'saintetienne',
        ]) {
          const [first] = await searchCommunes(database, q, 5);
          assert.equal(first?.code, '42218', q);
          assert.equal(first?.nom, 'Saint-Étienne');
        }
      });

      it('finds names with apostrophes and diaereses typed without them', async () => {
        for (const q of ["l'haÿ", 'lhay', 'l hay', "L'HAY-LES-ROSES", 'lhaylesroses']) {
          assert.equal((await names(database, q))[0], "L'Haÿ-les-Roses", q);
        }
      });

      it('finds a name by a word inside it: "havre" gives Le Havre', async () => {
        assert.equal((await names(database, 'le havre'))[0], 'Le Havre');
        assert.equal((await names(database, 'havre'))[0], 'Le Havre');
      });

      it('ranks exact names, then prefixes, then population', async () => {
        const paris = await names(database, 'paris', 10);
        assert.equal(paris[0], 'Paris');
        const marseille = await searchCommunes(database, 'mar', 10);
        assert.equal(marseille[0]?.nom, 'Marseille');
        const populations = marseille.map((commune) => commune.population ?? 0);
        assert.deepEqual(
          populations,
          [...populations].sort((a, b) => b - a),
        );
      });

      it('tolerates a typing error', async () => {
        assert.ok((await names(database, 'marseile')).includes('Marseille'));
        assert.ok((await names(database, 'bordaux')).includes('Bordeaux'));
      });

      it('finds a commune from a former name (delegated commune or arrondissement)', async () => {
        assert.equal((await names(database, 'Bellegarde-sur-Valserine'))[0], 'Valserhône');
        assert.ok((await names(database, 'paris 15e')).includes('Paris'));
      });

      it('finds communes by postcode, exact or prefix', async () => {
        assert.equal((await names(database, '59000'))[0], 'Lille');
        assert.equal((await names(database, '75015'))[0], 'Paris');
        assert.deepEqual(await names(database, '590'), ['Lille'], 'the only postcode from 59000 to 59099');
        const area = await searchCommunes(database, '591', 20);
        assert.deepEqual(
          area.slice(0, 2).map((commune) => commune.nom),
          ['Lille', 'Roubaix'],
          'Lille by Lomme (59160), then by population',
        );
        assert.equal(area.length, 20);
        for (const commune of area) assert.ok(commune.codes_postaux.some((code) => code.startsWith('591')));
        const populations = area.map((commune) => commune.population ?? 0);
        assert.deepEqual(
          populations,
          [...populations].sort((a, b) => b - a),
        );
        assert.equal((await names(database, '59350'))[0], 'Lille', 'an INSEE code finds its commune first');
      });

      it('gives nothing rather than an error for text without letters or digits', async () => {
        assert.deepEqual(await searchCommunes(database, "'- ’", 5), []);
        assert.deepEqual(await searchCommunes(database, '%', 5), []);
        assert.deepEqual(await searchCommunes(database, '99999', 5), []);
      });

      it('finds an arrondissement code or a merged commune code by code', async () => {
        assert.equal((await findCommune(database, '75115'))?.code, '75056');
        assert.equal((await findCommune(database, '49069'))?.nom, "Orée d'Anjou");
        assert.equal(await findCommune(database, '00000'), undefined);
      });
    });

    describe('GET /v1/communes', () => {
      it('answers { items } valid against the contract, cached a day', async () => {
        const response = await app.request('/v1/communes?q=lille&limit=3');
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('Cache-Control'), 'public, max-age=86400');
        const body = communeListSchema.parse(await response.json());
        assert.equal(body.items.length, 3);
        assert.deepEqual(body.items[0], {
          code: '59350',
          nom: 'Lille',
          codes_postaux: ['59000', '59160', '59260', '59777', '59800'],
          departement: '59',
          region: '32',
          epci: '200093201',
          population: 238_246,
          latitude: 50.63178,
          longitude: 3.04706,
        });
      });

      it('returns 10 items by default and at most 20', async () => {
        const standard = communeListSchema.parse(await (await app.request('/v1/communes?q=saint')).json());
        assert.equal(standard.items.length, 10);
        const most = communeListSchema.parse(
          await (await app.request('/v1/communes?q=saint&limit=20')).json(),
        );
        assert.equal(most.items.length, 20);
      });

      for (const [query, parameter] of [
        ['', 'q'],
        ['?q=', 'q'],
        ['?q=%20%20', 'q'],
        [`?q=${'a'.repeat(101)}`, 'q'],
        ['?q=lille&q=paris', 'q'],
        ['?q=lille&limit=0', 'limit'],
        ['?q=lille&limit=21', 'limit'],
        ['?q=lille&limit=ten', 'limit'],
        ['?q=lille&limit=2.5', 'limit'],
      ] as const) {
        it(`answers 400 naming ${parameter} for ${query || 'no query'}`, async () => {
          const response = await app.request(`/v1/communes${query}`);
          assert.equal(response.status, 400);
          assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
          const problem = problemSchema.parse(await response.json());
          assert.equal(problem.errors?.[0]?.path, parameter);
          assert.match(problem.detail ?? '', new RegExp(`\\b${parameter}\\b`));
        });
      }

      it('never answers 500 whatever q is', async () => {
        await fc.assert(
          fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }), async (q) => {
            const response = await app.request(`/v1/communes?q=${encodeURIComponent(q)}`);
            assert.ok(
              response.status === 200 || response.status === 400,
              `${response.status} for ${JSON.stringify(q)}`,
            );
            const body: unknown = await response.json();
            if (response.status === 200) communeListSchema.parse(body);
          }),
          { numRuns: 150 },
        );
      });
    });

    describe('GET /v1/communes/{code}', () => {
      it('answers the commune, valid against the contract', async () => {
        const response = await app.request('/v1/communes/2A004');
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('Cache-Control'), 'public, max-age=86400');
        const commune = communeSchema.parse(await response.json());
        assert.equal(commune.nom, 'Ajaccio');
        assert.equal(commune.departement, '2A');
      });

      it('answers 404 problem for an unknown code and 400 for something that is not a code', async () => {
        const unknown = await app.request('/v1/communes/59999');
        assert.equal(unknown.status, 404);
        assert.match(problemSchema.parse(await unknown.json()).detail ?? '', /59999/);
        const wrong = await app.request('/v1/communes/lille');
        assert.equal(wrong.status, 400);
        assert.equal(problemSchema.parse(await wrong.json()).errors?.[0]?.path, 'code');
      });
    });
  });
}
