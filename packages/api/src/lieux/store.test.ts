import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Lieu } from '@inclusion-widgets/core';
import type { Database } from '../database.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { lieuSelect, rowToLieu, upsertLieux } from './store.js';

const lille: Lieu = {
  id: 'store-test-lille',
  pivot: '00000000000101',
  nom: 'Médiathèque l’Îlot — Espace numérique',
  commune: 'Lille',
  code_postal: '59000',
  code_insee: '59350',
  adresse: '1 place de l’Exemple',
  latitude: 50.6365,
  longitude: 3.0635,
  typologie: ['muni'],
  courriels: ['contact@example.org'],
  site_web: [],
  horaires: 'Mo-Fr 09:00-17:00',
  itinerance: [],
  date_maj: '2024-04-02',
  services: ['aide-aux-demarches-administratives'],
  publics_specifiquement_adresses: [],
  prise_en_charge_specifique: [],
  frais_a_charge: ['gratuit'],
  dispositif_programmes_nationaux: ['france-services'],
  formations_labels: [],
  modalites_acces: [],
  modalites_accompagnement: [],
};

const cayenne: Lieu = {
  ...lille,
  id: 'store-test-cayenne',
  nom: 'France Services de Cayenne',
  commune: 'Cayenne',
  code_postal: '97300',
  code_insee: undefined,
  latitude: 4.93,
  longitude: -52.33,
  horaires: 'not opening hours',
};

for (const target of testTargets) {
  describe(`lieux store ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      await database.query(
        `INSERT INTO communes (code, nom, nom_recherche, codes_postaux, departement, region, epci, population, latitude, longitude)
         VALUES ('59350', 'Lille', 'lille', '{59000}', '59', '32', '200093201', 236234, 50.63, 3.05)`,
      );
    });
    after(() => databases.tearDown());

    const read = async (id: string) =>
      (
        await database.query<Record<string, unknown>>(
          `SELECT ${lieuSelect}, departement, region, epci, recherche FROM lieux WHERE id = $1`,
          [id],
        )
      ).rows[0];

    it('writes the standard fields and reads them back unchanged', async () => {
      const written = await database.transaction((tx) =>
        upsertLieux(tx, [lille, cayenne], { checkHoraires: (horaires) => horaires.startsWith('Mo') }),
      );
      assert.equal(written, 2);
      const row = await read(lille.id);
      assert.ok(row);
      assert.deepEqual(rowToLieu(row), lille);
    });

    it('derives territory codes from the commune, or the département from an overseas postcode', async () => {
      const row = await read(lille.id);
      assert.deepEqual([row?.departement, row?.region, row?.epci], ['59', '32', '200093201']);
      const overseas = await read(cayenne.id);
      assert.deepEqual(
        [overseas?.departement, overseas?.region, overseas?.fuseau_horaire],
        ['973', null, 'America/Cayenne'],
      );
    });

    it('flags hours that do not parse, and keeps them', async () => {
      assert.equal((await read(lille.id))?.horaires_valides, true);
      const overseas = await read(cayenne.id);
      assert.equal(overseas?.horaires_valides, false);
      assert.equal(overseas?.horaires, 'not opening hours');
    });

    it('keeps searchable text without accents, case or hyphens', async () => {
      assert.match(String((await read(lille.id))?.recherche), /^mediatheque l ilot espace numerique lille/);
    });

    it('replaces every field of an existing id, and clears removed values', async () => {
      const { horaires: _removed, ...withoutHours } = lille;
      const changed: Lieu = { ...withoutHours, nom: 'Nouveau nom', services: [] };
      await upsertLieux(database, [changed]);
      const row = await read(lille.id);
      assert.deepEqual(rowToLieu(row ?? {}), changed);
      assert.equal(row?.horaires_valides, null);
      const { rows } = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM lieux');
      assert.equal(rows[0]?.n, 2);
    });

    it('writes nothing when a batch fails inside a transaction', async () => {
      const bad = { ...lille, id: 'store-test-bad', latitude: 200 };
      await assert.rejects(
        database.transaction((tx) =>
          upsertLieux(tx, [{ ...lille, id: 'store-test-ok' }, bad], { batchSize: 1 }),
        ),
      );
      const { rows } = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM lieux');
      assert.equal(rows[0]?.n, 2);
    });
  });
}
