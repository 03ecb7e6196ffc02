import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carteLimits, carteSchema, fromCarteParams, toCarteParams } from './carte.js';
import { horairesSemaineSchema, lieuDetailSchema } from './lieu.js';
import { fromSearchParams, searchFilterFields, toSearchParams } from './search.js';

describe('map parameters', () => {
  it('writes and reads back a viewport with filters', () => {
    const params = {
      bbox: [2.2, 48.8, 2.5, 48.9] as [number, number, number, number],
      zoom: 12,
      typologie: ['muni', 'asso'] as ('muni' | 'asso')[],
      ouvert_maintenant: true,
    };
    const query = toCarteParams(params);
    assert.equal(
      query.toString(),
      'bbox=2.2%2C48.8%2C2.5%2C48.9&zoom=12&typologie=muni%2Casso&ouvert_maintenant=true',
    );
    assert.deepEqual(fromCarteParams(query), { success: true, data: params });
  });

  it('needs a bbox and a zoom, and names what is wrong', () => {
    const result = fromCarteParams(new URLSearchParams('bbox=3,50,2,49&zoom=30&itinerance=partout'));
    assert.equal(result.success, false);
    const messages = result.success
      ? []
      : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
    assert.ok(messages.includes('zoom: zoom must be between 0 and 22'), messages.join('\n'));
    assert.ok(messages.some((message) => message.startsWith('itinerance.0: unknown itinerance slug')));
    const missing = fromCarteParams(new URLSearchParams(''));
    assert.deepEqual(missing.success ? [] : missing.problems.map((problem) => problem.path).sort(), [
      'bbox',
      'zoom',
    ]);
  });

  it('parses a map body, clusters and points', () => {
    const body = {
      bbox: [2, 48, 3, 49],
      zoom: 8,
      total: 3,
      clusters: [{ count: 2, latitude: 48.5, longitude: 2.5, bbox: [2.4, 48.4, 2.6, 48.6] }],
      points: [{ id: 'a', nom: 'A', commune: 'Paris', latitude: 48.85, longitude: 2.35 }],
    };
    assert.deepEqual(carteSchema.parse(body), body);
    assert.equal(
      carteSchema.safeParse({ ...body, clusters: [{ ...body.clusters[0], count: 1 }] }).success,
      false,
    );
    assert.ok(carteLimits.features <= 500);
  });
});

describe('every vocabulary filters a search', () => {
  it('lists typologie, formations_labels and itinerance among the filters', () => {
    for (const field of ['typologie', 'formations_labels', 'itinerance']) {
      assert.ok((searchFilterFields as readonly string[]).includes(field), field);
    }
    const query = toSearchParams({
      itinerance: ['itinerant'],
      formations_labels: ['forme-a-mon-espace-sante'],
    });
    assert.deepEqual(fromSearchParams(query), {
      success: true,
      data: { itinerance: ['itinerant'], formations_labels: ['forme-a-mon-espace-sante'] },
    });
  });
});

describe('lieuDetailSchema', () => {
  it('adds the weekly hours table and the validity flag to a place', () => {
    const semaine = {
      jours: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((jour, index) => ({
        jour,
        plages: index < 5 ? [{ debut: '09:00', fin: '24:00' }] : [],
      })),
      complet: true,
    };
    assert.ok(horairesSemaineSchema.safeParse(semaine).success);
    assert.equal(
      horairesSemaineSchema.safeParse({ ...semaine, jours: semaine.jours.slice(1) }).success,
      false,
    );
    const bad = {
      ...semaine,
      jours: [{ jour: 'lundi', plages: [{ debut: '9h', fin: '25:00' }] }, ...semaine.jours.slice(1)],
    };
    assert.equal(horairesSemaineSchema.safeParse(bad).success, false);
    const detail = lieuDetailSchema.parse({
      id: 'l1',
      pivot: '43493312300029',
      nom: 'Lieu',
      commune: 'Lille',
      code_postal: '59000',
      adresse: '1 rue',
      date_maj: '2024-04-02',
      horaires: 'Mo-Fr 09:00-24:00',
      horaires_valides: true,
      horaires_semaine: semaine,
      ouverture: {
        statut: 'ouvert',
        jusqu_a: '2026-03-30T23:59:00+02:00',
        commentaire: 'x',
      },
    });
    assert.equal(detail.horaires_semaine?.jours.length, 7);
    assert.equal(detail.ouverture?.commentaire, 'x');
  });
});
