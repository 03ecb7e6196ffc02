import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { readInput } from './read-input.js';
import { mapStandardV1 } from './standard-v1.js';
import { sameSecret } from './routes.js';

const silent = createLogger({ level: 'silent' });
const TOKEN = 'a-long-admin-token-for-tests';
const franceServices = readFileSync(new URL('./fixtures/france-services-sample.csv', import.meta.url));

describe('sameSecret', () => {
  it('compares whole secrets, whatever their lengths', () => {
    assert.equal(sameSecret(TOKEN, TOKEN), true);
    assert.equal(sameSecret(`${TOKEN}x`, TOKEN), false);
    assert.equal(sameSecret('', TOKEN), false);
  });
});

for (const target of testTargets) {
  describe(`import and export routes ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    const app = () =>
      createApp({
        database,
        logger: silent,
        version: 'test',
        adminToken: TOKEN,
        http: { bodyLimits: { import: 64 * 1024 } },
      });
    const post = (query: string, body: BodyInit, token: string | null = TOKEN) =>
      app().request(`/v1/admin/import?${query}`, {
        method: 'POST',
        body,
        headers: token === null ? {} : { Authorization: `Bearer ${token}` },
      });

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      await database.query(
        `INSERT INTO communes (code, nom, nom_recherche, codes_postaux, departement, region, epci, population, latitude, longitude)
         VALUES ('01033', 'Valserhône', 'valserhone', '{01200}', '01', '84', '200067866', 16000, 46.1, 5.8)`,
      );
    });
    after(() => databases.tearDown());

    it('answers 404 when the server has no admin token', async () => {
      const response = await createApp({ database, logger: silent, version: 'test' }).request(
        '/v1/admin/import?format=standard-v1',
        { method: 'POST', body: 'id\n', headers: { Authorization: `Bearer ${TOKEN}` } },
      );
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      assert.match(((await response.json()) as { detail: string }).detail, /disabled.*ADMIN_TOKEN/);
    });

    it('answers 401 without the token or with a wrong one', async () => {
      for (const token of [null, 'wrong', '']) {
        const response = await post('format=standard-v1', 'id\n', token);
        assert.equal(response.status, 401, String(token));
        assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer realm="inclusion-widgets admin"');
      }
    });

    it('answers 400 naming the parameter when format or a flag is wrong, and for an empty file', async () => {
      const wrong = await post('format=csv', 'id\n');
      assert.equal(wrong.status, 400);
      assert.match(
        ((await wrong.json()) as { detail: string }).detail,
        /^format must be one of standard-v1, standard-v0.1, france-services, not « csv »/,
      );
      const flag = await post('format=standard-v1&strict=oui', 'id\n');
      assert.equal(flag.status, 400);
      const empty = await post('format=standard-v1', '');
      assert.equal(empty.status, 400);
      assert.match(((await empty.json()) as { detail: string }).detail, /empty/);
    });

    it('imports with the token and answers the report; a dry run writes nothing', async () => {
      const dry = await post('format=france-services&dry_run=true&date_maj=2024-08-01', franceServices);
      assert.equal(dry.status, 200);
      const dryReport = (await dry.json()) as Record<string, unknown>;
      assert.equal(dryReport.dry_run, true);
      assert.equal(dryReport.written, 0);
      const response = await post('format=france-services&date_maj=2024-08-01', franceServices);
      assert.equal(response.status, 200);
      const report = (await response.json()) as Record<string, unknown>;
      assert.deepEqual(
        {
          format: report.format,
          dry_run: report.dry_run,
          strict: report.strict,
          total: report.total,
          valid: report.valid,
          written: report.written,
          rejected: report.rejected,
        },
        {
          format: 'france-services',
          dry_run: false,
          strict: false,
          total: 12,
          valid: 12,
          written: 12,
          rejected: [],
        },
      );
    });

    it('refuses a body above the import limit with 413', async () => {
      const response = await post('format=standard-v1', 'x'.repeat(65 * 1024));
      assert.equal(response.status, 413);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    });

    it('exports a territory as a standard v1 CSV file that imports back', async () => {
      const response = await app().request('/v1/lieux.csv?territoire=departement:01');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8');
      assert.equal(
        response.headers.get('Content-Disposition'),
        'attachment; filename="lieux-departement-01.csv"',
      );
      const csv = await response.text();
      const records = readInput(csv).records;
      assert.ok(records.length >= 1);
      for (const record of records) assert.ok(mapStandardV1(record.fields).ok);
      assert.ok(csv.includes(',Aide aux démarches administratives,'));

      const byEpci = await (await app().request('/v1/lieux.csv?territoire=epci:200067866')).text();
      assert.equal(readInput(byEpci).records.length, 1);
      const none = await (await app().request('/v1/lieux.csv?territoire=region:11')).text();
      assert.equal(readInput(none).records.length, 0);
      const all = await (await app().request('/v1/lieux.csv')).text();
      assert.equal(readInput(all).records.length, 12);
    });

    it('answers 400 for a territory it cannot read', async () => {
      const response = await app().request('/v1/lieux.csv?territoire=pays:FR');
      assert.equal(response.status, 400);
      assert.match(((await response.json()) as { detail: string }).detail, /^territoire must be commune:/);
    });
  });
}
