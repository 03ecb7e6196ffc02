import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Database } from '../database.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { importLieux, InputError } from './import.js';
import { writeStandardV1Csv } from './standard-v1.js';
import { mapStandardV1 } from './standard-v1.js';
import { readInput } from './read-input.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const exemple = readInput(fixture('standard-v1-exemple-valide.csv')).records[0]?.fields ?? {};
const valid = mapStandardV1(exemple);
assert.ok(valid.ok);
const lieu = valid.lieu;

/** A standard v1 CSV of `count` valid places `p-0` … */
const manyPlaces = (count: number): string =>
  writeStandardV1Csv(
    Array.from({ length: count }, (_, index) => ({
      ...lieu,
      id: `p-${index}`,
      nom: `Lieu ${index}`,
      horaires: `h${index}`,
    })),
  );

for (const target of testTargets) {
  describe(`importLieux ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    const count = async (): Promise<number> =>
      (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM lieux')).rows[0]?.n ?? -1;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
    });
    after(() => databases.tearDown());
    beforeEach(() => database.query('DELETE FROM lieux'));

    it('imports the real France Services sample and upserts by id on a second import', async () => {
      const report = await importLieux(database, fixture('france-services-sample.csv'), {
        format: 'france-services',
        dateMaj: '2024-08-01',
      });
      assert.equal(report.total, 12);
      assert.equal(report.valid, 12);
      assert.equal(report.written, 12);
      assert.deepEqual(report.rejected, []);
      const again = await importLieux(database, fixture('france-services-sample.csv'), {
        format: 'france-services',
      });
      assert.equal(again.written, 12);
      assert.equal(await count(), 12);
      const { rows } = await database.query<{ departement: string; horaires_valides: boolean | null }>(
        "SELECT departement, horaires_valides FROM lieux WHERE id = 'france-services-1'",
      );
      assert.deepEqual(rows[0], { departement: '01', horaires_valides: true });
    });

    it('imports the real Hinaura v0.1 sample (JSON)', async () => {
      const report = await importLieux(database, fixture('hinaura-v0.1-sample.json'), {
        format: 'standard-v0.1',
        idPrefix: 'hinaura-',
      });
      assert.equal(report.written, 12);
      assert.deepEqual(report.rejected, []);
    });

    it('rejects bad rows with their lines and reasons, and writes the valid ones', async () => {
      const header = Object.keys(exemple).join(';');
      const row = (fields: Record<string, unknown>): string =>
        Object.keys(exemple)
          .map((key) => `"${String(fields[key] ?? '').replace(/"/g, '""')}"`)
          .join(';');
      const csv = [
        header,
        row({ ...exemple, id: 'ok-1' }),
        row({ ...exemple, id: 'bad-lat', latitude: '95' }),
        row({ ...exemple, id: '', nom: '' }),
        row({ ...exemple, id: 'ok-1' }),
        row({
          ...exemple,
          id: 'v01',
          services: 'Aide aux démarches administratives;Loisirs et créations numériques',
        }),
        row({ ...exemple, id: 'ok-2', horaires: 'du lundi au vendredi' }),
      ].join('\r\n');
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
      const report = await importLieux(database, bytes, { format: 'standard-v1' });
      assert.equal(report.total, 6);
      assert.equal(report.valid, 2);
      assert.equal(report.written, 2);
      assert.deepEqual(
        report.rejected.map(({ line, id, reasons }) => [line, id, reasons[0]?.split(':')[0]]),
        [
          [3, 'bad-lat', 'latitude'],
          [4, undefined, 'id'],
          [5, 'ok-1', 'id'],
          [6, 'v01', 'services'],
        ],
      );
      assert.match(report.rejected[2]?.reasons[0] ?? '', /already used by the row on line 2/);
      assert.ok(report.warnings.some((w) => w.line === 7 && w.message.startsWith('horaires:')));
      const { rows } = await database.query<{ horaires_valides: boolean }>(
        "SELECT horaires_valides FROM lieux WHERE id = 'ok-2'",
      );
      assert.equal(rows[0]?.horaires_valides, false);
    });

    it('reads a Windows-1252 file with a warning', async () => {
      const csv = manyPlaces(1).replace('Anonymal', 'Anonymal').replace('Lieu 0', 'Café');
      const bytes = Uint8Array.from(csv, (character) =>
        character === 'é' ? 0xe9 : character.charCodeAt(0) & 0xff,
      );
      const report = await importLieux(database, bytes, { format: 'standard-v1', dryRun: true });
      assert.ok(report.warnings[0]?.message.includes('Windows-1252'));
    });

    it('writes nothing on a dry run', async () => {
      const report = await importLieux(database, manyPlaces(3), { format: 'standard-v1', dryRun: true });
      assert.equal(report.valid, 3);
      assert.equal(report.written, 0);
      assert.equal(await count(), 0);
    });

    it('writes nothing in strict mode when a row is rejected, everything when none is', async () => {
      const bad = `${manyPlaces(3)}p-9,1,x\r\n`;
      const refused = await importLieux(database, bad, { format: 'standard-v1', strict: true });
      assert.equal(refused.valid, 3);
      assert.equal(refused.rejected.length, 1);
      assert.equal(refused.written, 0);
      assert.equal(await count(), 0);
      const accepted = await importLieux(database, manyPlaces(3), { format: 'standard-v1', strict: true });
      assert.equal(accepted.written, 3);
    });

    it('is atomic: when the database fails half-way, nothing is written', async () => {
      // PostgreSQL refuses the NUL character in text: the third batch of 500 fails after two were sent.
      const csv = manyPlaces(1_200).replace('Lieu 1100', 'Lieu\u00001100');
      await assert.rejects(importLieux(database, csv, { format: 'standard-v1' }));
      assert.equal(await count(), 0);
    });

    it('refuses an empty file with a clear error', async () => {
      await assert.rejects(importLieux(database, '', { format: 'standard-v1' }), InputError);
    });
  });
}
