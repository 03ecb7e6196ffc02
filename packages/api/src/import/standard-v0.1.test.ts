import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { byLabel } from '@inclusion-widgets/core';
import type { VocabularyField } from '@inclusion-widgets/core';
import { readInput } from './read-input.js';
import {
  accompagnementV01,
  aMaPlaceSentence,
  conditionsAccesV01,
  formationsLabelsV01,
  mapStandardV01,
  priseEnChargeV01,
  programmesV01,
  publicsV01,
  servicesV01,
} from './standard-v0.1.js';

const sample = readInput(readFileSync(new URL('./fixtures/hinaura-v0.1-sample.json', import.meta.url)));
const base = {
  id: '1',
  nom: 'Espace numérique',
  pivot: '00000000000000',
  commune: 'Lyon',
  code_postal: '69001',
  adresse: '1 rue de la République',
  latitude: 45.76,
  longitude: 4.83,
  date_maj: '2021-05-05',
  services: 'Accéder à du matériel',
};

describe('mapStandardV01', () => {
  it('maps every item of the real Hinaura sample', () => {
    assert.equal(sample.records.length, 12);
    for (const record of sample.records) {
      const result = mapStandardV01(record.fields, { idPrefix: 'hinaura-' });
      assert.ok(result.ok, `item ${record.line}: ${JSON.stringify(result)}`);
      assert.equal(result.lieu.id, `hinaura-${String(record.fields.id)}`);
    }
  });

  it('maps the 15 services of v0.1 to the 9 of v1, every target an exact label of the standard', () => {
    assert.equal(Object.keys(servicesV01).length, 15);
    const tables: [VocabularyField, Readonly<Record<string, readonly string[]>>][] = [
      ['services', servicesV01],
      ['frais_a_charge', conditionsAccesV01],
      ['publics_specifiquement_adresses', publicsV01],
      ['prise_en_charge_specifique', priseEnChargeV01],
      ['dispositif_programmes_nationaux', programmesV01],
      ['formations_labels', formationsLabelsV01],
      ['modalites_accompagnement', accompagnementV01],
    ];
    for (const [field, table] of tables) {
      for (const labels of Object.values(table)) {
        for (const label of labels) assert.equal(byLabel(field, label)?.label, label, `${field}: ${label}`);
      }
    }
    const result = mapStandardV01({
      ...base,
      services: Object.keys(servicesV01).join(';').replace("S'équiper", 'S’équiper'),
    });
    assert.ok(result.ok);
    assert.equal(result.lieu.services.length, 8, 'every v1 service but "Utilisation sécurisée du numérique"');
  });

  it('maps conditions, publics, labels and support modes; a general public is not a specific one', () => {
    const result = mapStandardV01({
      ...base,
      conditions_acces:
        "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer;Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
      publics_accueillis: 'Adultes;Seniors (+ 65 ans);Uniquement femmes;Public langues étrangères;Surdité',
      labels_nationaux: 'CNFS;Fabriques de Territoire;APTIC;Point relais CAF',
      labels_autres: 'SudLabs',
      modalites_accompagnement: "Seul : j'ai accès à du matériel et une connexion",
    });
    assert.ok(result.ok, JSON.stringify(result));
    const { lieu } = result;
    assert.deepEqual(lieu.frais_a_charge, ['payant', 'gratuit-sous-condition']);
    assert.deepEqual(lieu.publics_specifiquement_adresses, ['femmes']);
    assert.deepEqual(lieu.prise_en_charge_specifique, [
      'langues-etrangeres-anglais',
      'langues-etrangeres-autres',
      'surdite',
    ]);
    assert.deepEqual(lieu.dispositif_programmes_nationaux, [
      'conseillers-numeriques',
      'point-d-acces-numerique-caf',
    ]);
    assert.deepEqual(lieu.formations_labels, ['fabriques-de-territoire']);
    assert.equal(lieu.autres_formations_labels, 'SudLabs, APTIC');
    assert.deepEqual(lieu.modalites_accompagnement, ['en-autonomie']);

    const youth = mapStandardV01({ ...base, publics_accueillis: 'Jeunes (16-26 ans)' });
    assert.ok(youth.ok);
    assert.deepEqual(youth.lieu.publics_specifiquement_adresses, ['jeunes']);
  });

  it('keeps "A ma place" as individual support with help for procedures, and says so in the detail', () => {
    const result = mapStandardV01({
      ...base,
      modalites_accompagnement: 'A ma place : une personne habilitée fait les démarches à ma place',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.lieu.modalites_accompagnement, ['accompagnement-individuel']);
    assert.deepEqual(result.lieu.services, [
      'acces-internet-et-materiel-informatique',
      'aide-aux-demarches-administratives',
    ]);
    assert.equal(result.lieu.presentation_detail, aMaPlaceSentence);
  });

  it('rejects an unknown v0.1 value, naming the field and the expected values', () => {
    const result = mapStandardV01({ ...base, services: 'Wifi' });
    assert.equal(result.ok, false);
    assert.match(
      result.ok ? '' : (result.reasons[0] ?? ''),
      /^services: « Wifi » is not a value of the standard v0\.1; expected one of « Devenir autonome/,
    );
  });

  it('reads a v0.1 CSV with « ; » inside values, and moves a long summary to the detail', () => {
    const csv = `id,nom,pivot,commune,code_postal,adresse,date_maj,services,courriel,site_web,presentation_resume\r\n2,Lieu,00000000000000,Lyon,69001,1 rue,2021-05-05,"Accéder à du matériel;Créer avec le numérique","a@example.org;b@example.org","https://a.example.org,https://b.example.org",${'mot '.repeat(100)}\r\n`;
    const [record] = readInput(csv).records;
    const result = mapStandardV01(record?.fields ?? {});
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.lieu.services, [
      'acces-internet-et-materiel-informatique',
      'loisirs-et-creations-numeriques',
    ]);
    assert.deepEqual(result.lieu.courriels, ['a@example.org', 'b@example.org']);
    assert.deepEqual(result.lieu.site_web, ['https://a.example.org', 'https://b.example.org']);
    assert.ok((result.lieu.presentation_resume ?? '').length <= 280);
    assert.equal(result.lieu.presentation_detail, 'mot '.repeat(100).trim());
  });
});
