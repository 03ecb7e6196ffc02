import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ensureCommunes } from './communes/load.js';
import type { Database } from './database.js';
import { analyseImport } from './import/import.js';
import { migrate } from './migrate.js';
import { SEED_FILES, seedIfEmpty } from './seed.js';
import { testTargets } from './test-databases.js';
import type { TestDatabases } from './test-databases.js';

describe('the committed places', () => {
  it('are all valid rows of the standard v1, with unique ids', () => {
    const counts = SEED_FILES.map((file) => {
      const { report } = analyseImport(readFileSync(file), { format: 'standard-v1' });
      assert.deepEqual(report.rejected, [], file);
      assert.deepEqual(report.warnings, [], file);
      return report.valid;
    });
    assert.deepEqual(counts, [2845, 687]);
  });
});

for (const target of testTargets) {
  describe(`seedIfEmpty ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
    });
    after(() => databases.tearDown());

    if (target.kind === 'postgres') {
      it('never seeds a PostgreSQL server', async () => {
        const result = await seedIfEmpty(database, undefined, { seed: undefined });
        assert.equal(result.seeded, false);
      });
      return;
    }

    it('skips when SEED=false', async () => {
      const result = await seedIfEmpty(database, undefined, { seed: 'false' });
      assert.deepEqual(result, { seeded: false, skipped: 'SEED=false', written: 0, rejected: 0, ms: 0 });
    });

    it('imports the real places into an empty database, with their territories, then never again', async () => {
      await ensureCommunes(database);
      const result = await seedIfEmpty(database, undefined, { seed: undefined });
      assert.equal(result.seeded, true);
      assert.equal(result.written, 2845 + 687);
      assert.equal(result.rejected, 0);
      const { rows } = await database.query<{
        lille: number;
        sans_region: number;
        horaires_invalides: number;
      }>(
        `SELECT count(*) FILTER (WHERE epci = '200093201')::int AS lille,
                count(*) FILTER (WHERE region IS NULL AND code_insee <> '97801')::int AS sans_region,
                count(*) FILTER (WHERE horaires_valides = false)::int AS horaires_invalides
         FROM lieux`,
      );
      assert.ok((rows[0]?.lille ?? 0) > 0, 'France Services in the Métropole européenne de Lille');
      // Only Saint-Martin (97801), a collectivity with no région, has none.
      assert.equal(rows[0]?.sans_region, 0);
      assert.equal(rows[0]?.horaires_invalides, 0);
      const again = await seedIfEmpty(database, undefined, { seed: undefined });
      assert.equal(again.skipped, 'lieux is not empty');
    });
  });
}
