import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Lieu } from '@inclusion-widgets/core';
import { readInput } from './read-input.js';
import { mapStandardV1, standardV1Columns, writeStandardV1Csv } from './standard-v1.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const schema = JSON.parse(
  readFileSync(new URL('../../../core/src/standard/schema.json', import.meta.url), 'utf8'),
) as { fields: { name: string }[] };
const exemple = readInput(fixture('standard-v1-exemple-valide.csv')).records[0]?.fields ?? {};

const reasonsOf = (fields: Record<string, unknown>): string[] => {
  const result = mapStandardV1(fields);
  assert.equal(result.ok, false, 'the row should be rejected');
  return result.ok ? [] : result.reasons;
};

describe('mapStandardV1', () => {
  it('maps the standard’s own valid example to slugs', () => {
    const result = mapStandardV1(exemple);
    assert.ok(result.ok, JSON.stringify(result));
    const { lieu } = result;
    assert.equal(lieu.id, 'structure-1');
    assert.equal(lieu.latitude, 43.52609);
    assert.deepEqual(lieu.typologie, ['tiers-lieux', 'asso']);
    assert.deepEqual(lieu.courriels, ['contact@laquincaillerie.tl', 'responsable@laquincaillerie.tl']);
    assert.deepEqual(lieu.itinerance, ['itinerant']);
    assert.deepEqual(lieu.formations_labels, [
      'forme-a-mon-espace-sante',
      'arnia-mednum-bfc-bourgogne-franche-comte',
    ]);
    assert.deepEqual(lieu.modalites_accompagnement, [
      'dans-un-atelier-collectif',
      'a-distance',
      'en-autonomie',
      'accompagnement-individuel',
    ]);
  });

  it('accepts the spellings of the standard’s descriptions that its regexes miss', () => {
    const result = mapStandardV1({
      ...exemple,
      formations_labels: 'Étapes numériques (La Poste)',
      services: 'Comprehension du monde numérique',
      dispositif_programmes_nationaux: ' Conseillers numériques|Bibliothèques numériques de référence',
    });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.lieu.formations_labels, ['etapes-numeriques-la-poste']);
    assert.deepEqual(result.lieu.services, ['comprehension-du-monde-numerique']);
    assert.deepEqual(result.lieu.dispositif_programmes_nationaux, [
      'conseillers-numeriques',
      'bibliotheques-numeriques-de-reference',
    ]);
  });

  it('names each missing required field', () => {
    const { id: _id, nom: _nom, ...rest } = exemple;
    const reasons = reasonsOf({ ...rest, adresse: '', date_maj: ' ' });
    assert.deepEqual(reasons, [
      'id: required, but the column is missing',
      'nom: required, but the column is missing',
      'adresse: required, but empty',
      'date_maj: required, but empty',
    ]);
  });

  it('explains bad coordinates, codes and dates', () => {
    assert.deepEqual(reasonsOf({ ...exemple, latitude: '95' }), ['latitude: 95 is not between -90 and 90']);
    assert.deepEqual(reasonsOf({ ...exemple, longitude: 'est' }), [
      'longitude: « est » is not a number in decimal degrees (WGS 84), e.g. 50.6292',
    ]);
    assert.deepEqual(reasonsOf({ ...exemple, longitude: '' }), [
      'longitude: empty, but latitude and longitude go together',
    ]);
    assert.deepEqual(reasonsOf({ ...exemple, code_postal: '5110', code_insee: 'ABCDE' }), [
      'code_insee: « ABCDE » is not an INSEE commune code of 5 characters, e.g. 59350',
    ]);
    assert.deepEqual(reasonsOf({ ...exemple, date_maj: '2024-02-30' }), [
      'date_maj: « 2024-02-30 » is not a date in the form YYYY-MM-DD, e.g. 2024-04-02',
    ]);
    assert.deepEqual(reasonsOf({ ...exemple, pivot: '123' }), [
      'pivot: « 123 » is not a SIRET, RNA or RIDET number (9 to 14 letters or digits)',
    ]);
  });

  it('names the unknown value of a vocabulary and lists the expected ones', () => {
    const [reason] = reasonsOf({ ...exemple, services: 'Wifi|Aide aux démarches administratives' });
    assert.match(
      reason ?? '',
      /^services: « Wifi » is not a value of the standard; expected one of « Aide aux démarches administratives », /,
    );
  });

  it('recognises the v0.1 separator « ; » inside a v1 multi-valued field', () => {
    const reasons = reasonsOf({
      ...exemple,
      services: 'Aide aux démarches administratives;Loisirs et créations numériques',
    });
    assert.equal(reasons.length, 1);
    assert.match(
      reasons[0] ?? '',
      /^services: .* separates values with « ; » as the old standard v0\.1 did; the standard v1 separates them with « \| »/,
    );
  });

  it('repairs unambiguous slips with a warning: phone, lost leading zero, decimal comma, French date, bare domain', () => {
    const result = mapStandardV1({
      ...exemple,
      telephone: '01 80 05 98 80',
      code_postal: '1200',
      code_insee: '',
      latitude: '46,1',
      date_maj: '02/04/2024',
      site_web: 'www.example.org',
    });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.lieu.telephone, '+33180059880');
    assert.equal(result.lieu.code_postal, '01200');
    assert.equal(result.lieu.latitude, 46.1);
    assert.equal(result.lieu.date_maj, '2024-04-02');
    assert.deepEqual(result.lieu.site_web, ['https://www.example.org']);
    assert.equal(result.warnings.length, 5);
  });

  it('rejects a summary longer than the standard’s 280 characters and an invalid e-mail', () => {
    assert.deepEqual(reasonsOf({ ...exemple, presentation_resume: 'x'.repeat(281) }), [
      'presentation_resume: 281 characters; the standard allows at most 280',
    ]);
    assert.deepEqual(reasonsOf({ ...exemple, courriels: 'contact@example.org|pas-un-courriel' }), [
      'courriels: « pas-un-courriel » is not an e-mail address',
    ]);
  });
});

describe('writeStandardV1Csv', () => {
  it('writes the schema’s columns in its order', () => {
    assert.deepEqual(
      standardV1Columns,
      schema.fields.map((field) => field.name),
    );
    assert.equal(writeStandardV1Csv([]), `${schema.fields.map((field) => field.name).join(',')}\r\n`);
  });

  it('writes exact labels with « | », quotes per RFC 4180, and reads back to the same places', () => {
    const first = mapStandardV1(exemple);
    assert.ok(first.ok);
    const lieu: Lieu = {
      ...first.lieu,
      nom: 'Le « Lieu », dit "Anonymal"',
      formations_labels: ['etapes-numeriques-la-poste' as const],
    };
    const csv = writeStandardV1Csv([lieu]);
    assert.match(csv, /,"Le « Lieu », dit ""Anonymal""",/);
    assert.match(csv, /,Étapes numériques\(La Poste\),/);
    assert.match(csv, /,Aidants Connect\|Conseillers numériques\|La Croix Rouge,/);
    const again = readInput(csv).records.map((record) => mapStandardV1(record.fields));
    assert.equal(again.length, 1);
    assert.ok(again[0]?.ok);
    assert.deepEqual(again[0].lieu, lieu);
  });
});
