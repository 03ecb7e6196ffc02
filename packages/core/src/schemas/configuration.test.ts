import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configurationLimits, widgetConfigurationSchema } from './configuration.js';
import { toProblems } from './issues.js';

const problemsOf = (input: unknown) => {
  const result = widgetConfigurationSchema.safeParse(input, { reportInput: true });
  return result.success ? [] : toProblems(result.error.issues).map((p) => `${p.path}: ${p.message}`);
};

describe('widget configurations', () => {
  it('parse a widget’s attributes, its partner and when it changed', () => {
    const configuration = {
      id: 'mairie-lille-carte',
      widget: 'venue-finder',
      attributs: {
        services: 'aide-aux-demarches-administratives',
        'map-style': 'https://tiles.example/style.json',
      },
      partenaire: 'mairie-lille',
      modifie_le: '2026-01-15T09:30:00.000Z',
    };
    assert.deepEqual(widgetConfigurationSchema.parse(configuration), configuration);
    assert.deepEqual(
      widgetConfigurationSchema.parse({ id: 'q1', widget: 'quiz', attributs: {} }).attributs,
      {},
    );
  });

  it('name each bad attribute: not kebab-case, config itself, not a text, too long', () => {
    assert.deepEqual(
      problemsOf({
        id: 'Mairie Lille',
        widget: 'carte',
        attributs: {
          mapStyle: 'x',
          config: 'autre',
          map: false,
          q: 'x'.repeat(configurationLimits.valeur + 1),
        },
      }),
      [
        'id: id must be a configuration id given by the API operator (a-z, 0-9 and -, 2 to 64 characters)',
        'widget: widget must be one of venue-finder, quiz, orientation',
        'attributs.mapStyle: attribute names must be kebab-case, like map-style',
        'attributs.config: a configuration cannot set the config attribute',
        'attributs.map: attribute values must be texts, as on the element',
        'attributs.q: attribute values must be at most 2,000 characters',
      ],
    );
  });

  it(`hold at most ${configurationLimits.attributs} attributes`, () => {
    const attributs = Object.fromEntries(
      Array.from({ length: configurationLimits.attributs + 1 }, (_, index) => [`a${index}`, 'v']),
    );
    assert.deepEqual(problemsOf({ id: 'trop', widget: 'quiz', attributs }), [
      'attributs: attributs must hold at most 50 attributes',
    ]);
  });
});
