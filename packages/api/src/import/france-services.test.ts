import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { horairesValides } from '../lieux/opening-hours.js';
import { internationalTelephone } from './fields.js';
import { mapFranceServices } from './france-services.js';
import { readInput } from './read-input.js';

const sample = readInput(readFileSync(new URL('./fixtures/france-services-sample.csv', import.meta.url)));
const mapped = sample.records.map((record) => ({
  record,
  result: mapFranceServices(record.fields, { dateMaj: '2024-08-01' }),
}));
const lieuOf = (id: string) => {
  const found = mapped.find(({ record }) => record.fields.id_fs === id)?.result;
  assert.ok(found?.ok, JSON.stringify(found));
  return found.lieu;
};

describe('mapFranceServices', () => {
  it('maps every row of the real sample, with valid opening hours', () => {
    assert.equal(sample.records.length, 12);
    for (const { record, result } of mapped) {
      assert.ok(result.ok, `line ${record.line}: ${JSON.stringify(result)}`);
      assert.equal(result.lieu.id, `france-services-${String(record.fields.id_fs)}`);
      assert.deepEqual(result.lieu.services, ['aide-aux-demarches-administratives']);
      assert.deepEqual(result.lieu.dispositif_programmes_nationaux, ['france-services']);
      assert.ok(result.lieu.typologie.includes('rfs'));
      assert.equal(result.lieu.date_maj, '2024-08-01');
      if (result.lieu.horaires !== undefined)
        assert.ok(horairesValides(result.lieu.horaires), result.lieu.horaires);
    }
  });

  it('converts a real row completely', () => {
    const lieu = lieuOf('1');
    assert.equal(lieu.nom, 'France services de Valserhône');
    assert.equal(lieu.code_insee, '01033');
    assert.equal(lieu.telephone, '+33450568749');
    assert.equal(lieu.horaires, 'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    assert.deepEqual(lieu.itinerance, ['fixe']);
    assert.deepEqual(lieu.modalites_acces, ['se-presenter', 'telephoner', 'contacter-par-mail']);
    assert.deepEqual(lieu.frais_a_charge, ['gratuit']);
  });

  it('marks desks in a post office, buses, several e-mails and multi-line comments', () => {
    assert.deepEqual(lieuOf('2').typologie, ['rfs', 'la-poste']);
    assert.deepEqual(lieuOf('3').itinerance, ['itinerant']);
    const multiMail = mapped.find(({ record }) => String(record.fields.mail).includes(' - '));
    assert.ok(multiMail?.result.ok);
    assert.ok(multiMail.result.lieu.courriels.length >= 2);
    const comment = mapped.find(({ record }) => String(record.fields.commentaire).includes('\n'));
    assert.ok(comment?.result.ok);
    assert.match(comment.result.lieu.presentation_detail ?? '', /\n/);
  });

  it('writes overseas numbers with their own prefix (Mayotte is +262)', () => {
    assert.equal(internationalTelephone('02 62 12 34 56'), '+262262123456');
    assert.equal(internationalTelephone('06 39 12 34 56'), '+262639123456');
    assert.equal(internationalTelephone('05 90 12 34 56'), '+590590123456');
    assert.equal(internationalTelephone('0596 12 34 56'), '+596596123456');
    assert.equal(internationalTelephone('+33 1 80 05 98 80'), '+33180059880');
    assert.equal(internationalTelephone('12 34'), undefined);
  });

  it('leaves unreadable hours out and reports them', () => {
    const row = { ...sample.records[0]?.fields, h_mardi: 'sur rendez-vous' };
    const result = mapFranceServices(row, { dateMaj: '2024-08-01' });
    assert.ok(result.ok);
    assert.equal(result.lieu.horaires, undefined);
    assert.ok(result.warnings.some((w) => w.startsWith('hours not converted, horaires left empty: h_mardi')));
  });
});
