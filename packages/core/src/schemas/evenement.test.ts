import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evenementsBatchSchema, statistiquesSchema } from './evenement.js';
import { toProblems } from './issues.js';

describe('evenementsBatchSchema', () => {
  it('accepts each kind of event, filling domaines_faibles', () => {
    const batch = evenementsBatchSchema.parse({
      partenaire: 'mairie-exemple',
      evenements: [
        { type: 'widget-affiche', widget: 'venue-finder' },
        { type: 'quiz-termine', widget: 'quiz', quiz: 'competences', niveau: 2 },
        {
          type: 'orientation-resultat',
          widget: 'orientation',
          orientation: 'aide',
          resultat: 'urgence',
          niveau: 1,
        },
        { type: 'lieu-consulte', widget: 'venue-finder', lieu: 'france-services-1933' },
      ],
    });
    assert.deepEqual(batch.evenements[1], {
      type: 'quiz-termine',
      widget: 'quiz',
      quiz: 'competences',
      niveau: 2,
      domaines_faibles: [],
    });
  });

  it('refuses anything that could identify a person, naming the key', () => {
    const result = evenementsBatchSchema.safeParse(
      {
        partenaire: 'mairie-exemple',
        evenements: [
          { type: 'widget-affiche', widget: 'quiz', email: 'a@b.fr', horodatage: '2026-01-01T10:00' },
        ],
        ip: '203.0.113.1',
      },
      { reportInput: true },
    );
    assert.equal(result.success, false);
    assert.deepEqual(toProblems(result.error?.issues ?? []), [
      { path: 'evenements.0', message: 'unknown keys "email", "horodatage"' },
      { path: '', message: 'unknown key "ip"' },
    ]);
  });

  it('bounds the batch and names what was expected', () => {
    const problems = (input: unknown) =>
      toProblems(evenementsBatchSchema.safeParse(input, { reportInput: true }).error?.issues ?? []);
    assert.deepEqual(problems({ partenaire: 'Mairie Exemple', evenements: [] }), [
      {
        path: 'partenaire',
        message:
          'partenaire must be the partner id given by the API operator (a-z, 0-9 and -, up to 64 characters)',
      },
      { path: 'evenements', message: 'evenements must not be empty' },
    ]);
    const many = Array.from({ length: 51 }, () => ({ type: 'widget-affiche', widget: 'quiz' }));
    assert.deepEqual(problems({ partenaire: 'p1', evenements: many }), [
      { path: 'evenements', message: 'evenements must have at most 50 events per request' },
    ]);
    assert.deepEqual(
      problems({ partenaire: 'p1', evenements: [{ type: 'widget-affiche', widget: 'carte' }] }),
      [{ path: 'evenements.0.widget', message: 'widget must be one of venue-finder, quiz, orientation' }],
    );
  });
});

describe('statistiquesSchema', () => {
  it('parses weekly counters with their details', () => {
    const body = {
      partenaire: 'mairie-exemple',
      depuis: '2026-11-01',
      items: [
        {
          semaine: '2026-11-16',
          widget: 'quiz',
          evenement: 'quiz-termine',
          nombre: 2,
          details: { niveau: { '1': 2 } },
        },
      ],
    };
    assert.deepEqual(statistiquesSchema.parse(body), body);
    assert.equal(statistiquesSchema.safeParse({ ...body, depuis: '16/11/2026' }).success, false);
  });
});
