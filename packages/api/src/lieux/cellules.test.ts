import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { carteLimits, carteSchema, type Carte, type Lieu } from '@inclusion-widgets/core';
import type { Database } from '../database.js';
import { importLieux } from '../import/import.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { cellSize, gridLevel, refreshCellules } from './cellules.js';
import { horairesValides } from './opening-hours.js';
import { carteLieux } from './search.js';
import { upsertLieux } from './store.js';
import { emptyLists } from '../test-lieux.js';

/** A place of the standard with only what the map reads set. */
function place(id: string, latitude: number, longitude: number, services: Lieu['services'] = []): Lieu {
  return {
    id,
    pivot: '00000000000101',
    nom: `Lieu ${id}`,
    commune: 'Lille',
    code_postal: '59000',
    code_insee: '59350',
    adresse: '1 rue de l’Exemple',
    latitude,
    longitude,
    date_maj: '2024-04-02',
    ...emptyLists,
    services,
  };
}

/** 3,000 places scattered over the Nord département, deterministic; every fifth offers administrative help. */
function scattered(): Lieu[] {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: 3000 }, (_, index) =>
    place(
      `synth-${String(index).padStart(4, '0')}`,
      50.2 + random() * 0.9,
      2.1 + random() * 2,
      index % 5 === 0 ? ['aide-aux-demarches-administratives'] : [],
    ),
  );
}

/** A map answer with coordinates rounded (sums and means may differ in their last bits), in a stable order. */
function normalised(carte: Carte) {
  const round = (value: number) => Math.round(value * 1e9) / 1e9;
  return {
    total: carte.total,
    points: carte.points.map((point) => ({ ...point })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    clusters: carte.clusters
      .map((cluster) => ({
        count: cluster.count,
        latitude: round(cluster.latitude),
        longitude: round(cluster.longitude),
        bbox: cluster.bbox.map(round),
      }))
      .sort((a, b) => a.latitude - b.latitude || a.longitude - b.longitude),
  };
}

const nord: [number, number, number, number] = [1.5, 49.8, 4.5, 51.3];

for (const target of testTargets) {
  describe(`map cells (lieux_cellules) ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    const fresh = async (): Promise<boolean> =>
      (
        await database.query<{ fresh: boolean }>(
          'SELECT version_cellules IS NOT DISTINCT FROM version AS fresh FROM lieux_cellules_etat',
        )
      ).rows[0]?.fresh ?? false;
    /** Makes the cells stale without touching a place: the map then groups the places themselves. */
    const outdate = () => database.query('UPDATE lieux_cellules_etat SET version = version + 1');
    const carte = async (bbox: [number, number, number, number], zoom: number, services?: Lieu['services']) =>
      carteSchema.parse(await carteLieux(database, { bbox, zoom, ...(services ? { services } : {}) }));

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
    });
    after(() => databases.tearDown());
    beforeEach(async () => {
      await database.query('DELETE FROM lieux');
      await database.transaction(async (tx) => {
        await upsertLieux(tx, scattered(), { checkHoraires: horairesValides });
        await refreshCellules(tx);
      });
    });

    it('gives the same clusters and points as grouping the places, at every level', async () => {
      assert.equal(await fresh(), true);
      for (const zoom of [0, 3, 5, 7, 8, 10, 12]) {
        const fromCells = await carte(nord, zoom);
        await outdate();
        const grouped = await carte(nord, zoom);
        await database.transaction(refreshCellules);
        assert.equal(fromCells.total, 3000, `zoom ${zoom}`);
        assert.ok(
          fromCells.clusters.length + fromCells.points.length <= carteLimits.features,
          `zoom ${zoom}`,
        );
        assert.deepEqual(normalised(fromCells), normalised(grouped), `zoom ${zoom}`);
      }
      // Beyond the finest level kept (12), the places are grouped: still under the cap.
      const street = await carte([2.9, 50.55, 3.3, 50.75], 14);
      assert.ok(street.clusters.length + street.points.length <= carteLimits.features);
    });

    it('counts whole cells at the edge of the viewport, so that a cluster does not change as the map pans', async () => {
      // At zoom 8, cells are 1/1024 of the world (0.35° wide): a viewport cutting the Nord in two.
      const west: [number, number, number, number] = [1.5, 49.8, 3.1, 51.3];
      const level = gridLevel(west, 8);
      const size = cellSize(west, 8);
      assert.equal(size, 1 / (4 * 2 ** level));
      const fromCells = await carte(west, 8);
      await outdate();
      const grouped = await carte(west, 8);
      // Grouping counts the places inside the viewport only; the cells also hold those just east of 3.1°.
      const inside = scattered().filter((lieu) => (lieu.longitude ?? 0) <= 3.1).length;
      assert.equal(grouped.total, inside);
      assert.ok(fromCells.total > inside, `${fromCells.total} > ${inside}`);
      assert.ok(fromCells.clusters.some((cluster) => cluster.bbox[2] > 3.1));
    });

    it('never answers from cells that miss a write: a new place shows at once, and in the cells after the next import', async () => {
      await database.transaction((tx) =>
        upsertLieux(tx, [place('nouveau', 50.5, 3.5)], { checkHoraires: horairesValides }),
      );
      assert.equal(await fresh(), false, 'a write outdates the cells');
      assert.equal((await carte(nord, 8)).total, 3001);
      await database.transaction(refreshCellules);
      assert.equal(await fresh(), true);
      assert.equal((await carte(nord, 8)).total, 3001);
      await database.query("DELETE FROM lieux WHERE id = 'nouveau'");
      assert.equal(await fresh(), false, 'a deletion outdates the cells');
      assert.equal((await carte(nord, 8)).total, 3000);
      await database.transaction(refreshCellules);
      // Moving a place outdates them; renaming one does not (names are read with the cells).
      await database.query("UPDATE lieux SET nom = 'Renommé' WHERE id = 'synth-0001'");
      assert.equal(await fresh(), true, 'a new name keeps the cells');
      await database.query("UPDATE lieux SET latitude = 48.85, longitude = 2.35 WHERE id = 'synth-0001'");
      assert.equal(await fresh(), false, 'a move outdates the cells');
      assert.equal((await carte(nord, 8)).total, 2999);
    });

    it('reads the places themselves for a filtered map', async () => {
      const filtered = await carte(nord, 8, ['aide-aux-demarches-administratives']);
      assert.equal(filtered.total, 600);
      assert.ok(filtered.clusters.length > 0, 'over the cap: grouped');
      assert.equal(await fresh(), true, 'the cells were there, and not used');
    });

    it('names the place of a single-place cell, as grouping does', async () => {
      await database.query('DELETE FROM lieux');
      await database.transaction(async (tx) => {
        // 401 places in Lille (over the cap: cells) and one alone in Arras.
        const lille = Array.from({ length: carteLimits.features + 1 }, (_, index) =>
          place(`lille-${index}`, 50.63 + index * 1e-6, 3.05),
        );
        await upsertLieux(tx, [...lille, place('arras', 50.29, 2.78)], { checkHoraires: horairesValides });
        await refreshCellules(tx);
      });
      const fromCells = await carte(nord, 8);
      assert.deepEqual(fromCells.points, [
        { id: 'arras', nom: 'Lieu arras', commune: 'Lille', latitude: 50.29, longitude: 2.78 },
      ]);
      assert.equal(fromCells.clusters[0]?.count, carteLimits.features + 1);
    });

    it('is computed again by an import, in its transaction', async () => {
      await database.query('DELETE FROM lieux');
      const report = await importLieux(
        database,
        readFileSync(new URL('../import/fixtures/france-services-sample.csv', import.meta.url)),
        { format: 'france-services', dateMaj: '2024-08-01' },
      );
      assert.equal(report.written, 12);
      assert.equal(await fresh(), true);
      const { rows } = await database.query<{ nombre: number }>(
        'SELECT sum(nombre)::integer AS nombre FROM lieux_cellules WHERE niveau = -2',
      );
      const { rows: placed } = await database.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM lieux WHERE latitude IS NOT NULL',
      );
      assert.equal(rows[0]?.nombre, placed[0]?.n);
    });
  });
}
