import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  byLabel,
  bySlug,
  labelToSlug,
  serviceGroups,
  services,
  slugToLabel,
  typologie,
  vocabularies,
  type VocabularyValue,
} from './vocabularies.js';
import { isSlugOf, slugsOf, vocabularyFields, vocabularySlugs, type VocabularyField } from './slugs.js';

interface SchemaField {
  name: string;
  description?: string;
  example?: string;
  constraints?: { pattern?: string };
}

const schema = JSON.parse(fs.readFileSync(new URL('./schema.json', import.meta.url), 'utf8')) as {
  fields: SchemaField[];
};
const fieldOf = (name: string): SchemaField => {
  const field = schema.fields.find((f) => f.name === name);
  assert.ok(field, `schema.json has no field ${name}`);
  return field;
};

const expectedCounts = {
  services: 9,
  publics_specifiquement_adresses: 5,
  prise_en_charge_specifique: 7,
  frais_a_charge: 3,
  modalites_acces: 6,
  modalites_accompagnement: 4,
  dispositif_programmes_nationaux: 11,
  formations_labels: 10,
  itinerance: 2,
} as const satisfies Partial<Record<VocabularyField, number>>;
const regexFields = Object.keys(expectedCounts) as (keyof typeof expectedCounts)[];
const allFields = Object.keys(vocabularies) as VocabularyField[];
const valuesOf = (field: VocabularyField): readonly VocabularyValue[] => vocabularies[field];

/**
 * The schema's patterns are `(?:(?:^|\|)(A|B|…))+$`: anchored at the end only. Frictionless matches a
 * pattern against the whole value, so wrap it.
 */
const fullMatcher = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

/**
 * The alternatives of the one capturing group of a schema pattern, unescaped: walks the pattern, skipping
 * escaped characters (`\(`, `\)`, `\|`), and splits the group on its top-level `|`.
 */
const alternativesOf = (pattern: string): string[] => {
  const prefix = '(?:(?:^|\\|)(';
  assert.ok(pattern.startsWith(prefix), `unexpected pattern shape: ${pattern}`);
  const alternatives: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = prefix.length; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      current += pattern[++i];
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') {
      if (depth === 0) {
        alternatives.push(current);
        assert.equal(pattern.slice(i), '))+$', `unexpected pattern tail: ${pattern.slice(i)}`);
        return alternatives;
      }
      depth--;
    }
    if (char === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  assert.fail(`unterminated group in ${pattern}`);
};

/** The `;`-separated list after "liste suivante :" in a field's description, trimmed. */
const descriptionListOf = (description: string): string[] => {
  const list = description.split(/liste suivante ?:/)[1];
  assert.ok(list !== undefined, `no list in description: ${description}`);
  return list
    .trim()
    .replace(/^'|'$/g, '')
    .replace(/\.$/, '')
    .split(';')
    .map((item) => item.trim());
};

describe('alternativesOf (test helper)', () => {
  it('keeps escaped parentheses inside an alternative', () => {
    assert.deepEqual(alternativesOf('(?:(?:^|\\|)(A \\(b\\)|C))+$'), ['A (b)', 'C']);
  });
});

describe('vocabularies with a regex in schema.json', () => {
  for (const field of regexFields) {
    describe(field, () => {
      const pattern = fieldOf(field).constraints?.pattern;
      assert.ok(pattern, `${field} has no pattern`);
      const matcher = fullMatcher(pattern);
      const alternatives = alternativesOf(pattern);
      const values = valuesOf(field);

      it(`has ${expectedCounts[field]} values, as many as the regex's alternatives`, () => {
        assert.equal(values.length, expectedCounts[field]);
        assert.equal(alternatives.length, expectedCounts[field]);
      });

      it('has labels that each match the regex as a single value', () => {
        for (const { label } of values) assert.match(label, matcher, `${field}: ${label}`);
      });

      it('has labels that, all together, match the regex as a multi-value', () => {
        assert.match(values.map((v) => v.label).join('|'), matcher);
      });

      it('covers every alternative of the regex with exactly one value', () => {
        for (const alternative of alternatives) {
          const matching = values.filter((v) => v.label === alternative);
          assert.equal(matching.length, 1, `${field}: "${alternative}" is covered ${matching.length} times`);
        }
      });

      it('has aliases that are variants, not values the regex accepts', () => {
        for (const value of values) {
          for (const alias of value.aliases ?? []) {
            assert.doesNotMatch(alias, matcher, `${field}: alias "${alias}" is a valid value`);
          }
        }
      });

      it("recognises every item of the field's description list, except the garbled one", () => {
        const garbled = 'Langues étrangères (autres) sont tous des formes de déficience visuelle';
        for (const item of descriptionListOf(fieldOf(field).description ?? '')) {
          if (field === 'prise_en_charge_specifique' && item === garbled) continue;
          assert.ok(byLabel(field, item), `${field}: description item "${item}" is not recognised`);
        }
      });

      it("recognises every value of the field's example", () => {
        for (const item of String(fieldOf(field).example).split('|')) {
          assert.ok(byLabel(field, item), `${field}: example "${item}" is not recognised`);
        }
      });
    });
  }

  it('would catch a changed label', () => {
    const pattern = fieldOf('services').constraints?.pattern ?? '';
    const matcher = fullMatcher(pattern);
    const alternatives = alternativesOf(pattern);
    const changed = 'Comprehension du monde numérique';
    assert.doesNotMatch(changed, matcher);
    assert.ok(!alternatives.includes(changed));
    assert.doesNotMatch('Aide aux démarches administratives ', matcher);
    assert.doesNotMatch('xx|Gratuit', fullMatcher(fieldOf('frais_a_charge').constraints?.pattern ?? ''));
  });
});

describe('slugs.ts', () => {
  it('has the same fields as the vocabularies', () => {
    assert.deepEqual(vocabularyFields, Object.keys(vocabularies));
    assert.deepEqual(Object.keys(vocabularySlugs), Object.keys(vocabularies));
  });
});

describe('every vocabulary', () => {
  for (const field of allFields) {
    describe(field, () => {
      const values = valuesOf(field);

      it('has unique kebab-case ASCII slugs', () => {
        const slugs = values.map((v) => v.slug);
        for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${field}: ${slug}`);
        assert.equal(new Set(slugs).size, slugs.length, `${field}: duplicate slugs`);
      });

      it('has unique labels, and aliases that clash with no label or other alias', () => {
        const spellings = values
          .flatMap((v) => [v.label, ...(v.aliases ?? [])])
          .map((s) => s.normalize('NFC'));
        assert.equal(new Set(spellings).size, spellings.length, `${field}: ambiguous spellings`);
      });

      it('has non-empty display labels and short one-sentence descriptions', () => {
        for (const value of values) {
          for (const text of [value.label, value.fr, value.en]) {
            assert.ok(text.trim().length > 0, `${field}/${value.slug}: empty label`);
            assert.equal(text, text.trim(), `${field}/${value.slug}: label with surrounding whitespace`);
          }
          for (const [lang, text] of Object.entries(value.description)) {
            const where = `${field}/${value.slug} description.${lang}`;
            assert.ok(text.trim().length > 0, `${where} is empty`);
            assert.match(text, /[.!?…]$/, `${where} does not end with punctuation`);
            assert.ok(text.length <= 140, `${where} is ${text.length} characters long`);
          }
        }
      });

      it('finds each value back by slug and by label', () => {
        for (const value of values) {
          assert.equal(bySlug(field, value.slug), value);
          assert.equal(byLabel(field, value.label), value);
          assert.equal(labelToSlug(field, value.label), value.slug);
          assert.equal(slugToLabel(field, value.slug), value.label);
          for (const alias of value.aliases ?? []) assert.equal(byLabel(field, alias), value);
        }
      });

      it('lists the same slugs in the same order as slugs.ts (what widgets validate with)', () => {
        assert.deepEqual(
          slugsOf(field),
          values.map((v) => v.slug),
        );
        for (const value of values) assert.ok(isSlugOf(field, value.slug));
        assert.ok(!isSlugOf(field, 'not-a-slug'));
      });
    });
  }
});

describe('byLabel', () => {
  it("accepts the description's spelling of the formations_labels typo", () => {
    assert.equal(
      byLabel('formations_labels', 'Étapes numériques (La Poste)')?.slug,
      'etapes-numeriques-la-poste',
    );
    assert.equal(
      byLabel('formations_labels', 'Étapes numériques(La Poste)')?.slug,
      'etapes-numeriques-la-poste',
    );
    assert.equal(
      slugToLabel('formations_labels', 'etapes-numeriques-la-poste'),
      'Étapes numériques(La Poste)',
    );
  });

  it('accepts the other variants found in the schema', () => {
    assert.equal(
      labelToSlug('services', 'Comprehension du monde numérique'),
      'comprehension-du-monde-numerique',
    );
    assert.equal(
      labelToSlug(
        'modalites_accompagnement',
        "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique",
      ),
      'dans-un-atelier-collectif',
    );
    assert.equal(
      labelToSlug('modalites_accompagnement', 'À distance (par téléphone ou en visioconférence)'),
      'a-distance',
    );
    assert.equal(
      labelToSlug('dispositif_programmes_nationaux', ' Conseillers numériques'),
      'conseillers-numeriques',
    );
    assert.equal(
      labelToSlug('formations_labels', 'Mes Papiers (Métropole de Lyon) '),
      'mes-papiers-metropole-de-lyon',
    );
  });

  it('is tolerant of NFD, surrounding whitespace, no-break spaces and typographic apostrophes', () => {
    assert.equal(labelToSlug('publics_specifiquement_adresses', 'Étudiants'.normalize('NFD')), 'etudiants');
    assert.equal(labelToSlug('frais_a_charge', '\t Gratuit sous condition \n'), 'gratuit-sous-condition');
    assert.equal(
      labelToSlug('formations_labels', 'Formé à «\u00A0Mon Espace Santé\u202F»'),
      'forme-a-mon-espace-sante',
    );
    assert.equal(
      labelToSlug('modalites_acces', 'Ce lieu n’accueille pas de public'),
      'ce-lieu-n-accueille-pas-de-public',
    );
  });

  it('is case-sensitive and rejects unknown labels', () => {
    assert.equal(byLabel('frais_a_charge', 'gratuit'), undefined);
    assert.equal(byLabel('services', 'Aide aux démarches'), undefined);
    assert.equal(byLabel('typologie', 'tiers_lieux'), undefined);
    assert.equal(bySlug('services', 'Aide aux démarches administratives'), undefined);
    assert.equal(slugToLabel('itinerance', 'nowhere'), undefined);
    assert.equal(labelToSlug('itinerance', 'Partout'), undefined);
  });
});

describe('typologie', () => {
  it('has codes as labels and slugs derived from them', () => {
    for (const value of typologie) {
      assert.match(value.label, /^(?:[A-Z0-9]+(?:_[A-Z0-9]+)*|Autre)$/);
      assert.equal(value.slug, value.label.toLowerCase().replaceAll('_', '-'));
    }
  });

  it("holds the data.inclusion list and the schema example's codes", () => {
    assert.ok(typologie.length >= 91, `only ${typologie.length} codes`);
    for (const code of String(fieldOf('typologie').example).split('|')) {
      assert.ok(byLabel('typologie', code), `example code ${code} is missing`);
    }
    for (const code of [
      'ASSO',
      'BIB',
      'CCAS',
      'EPN',
      'RFS',
      'TIERS_LIEUX',
      'MUNI',
      'CAF',
      'MDS',
      'PIMMS',
      'ML',
      'FT',
    ]) {
      assert.ok(byLabel('typologie', code), `${code} is missing`);
    }
  });

  it('maps the former Pôle emploi code to France Travail', () => {
    assert.equal(labelToSlug('typologie', 'PE'), 'ft');
    assert.equal(slugToLabel('typologie', 'ft'), 'FT');
  });
});

describe('serviceGroups', () => {
  it('covers each service exactly once', () => {
    const grouped = serviceGroups.flatMap((group) => [...group.services]);
    assert.equal(grouped.length, services.length);
    for (const { slug } of services) {
      assert.equal(grouped.filter((s) => s === slug).length, 1, `${slug} is not in exactly one group`);
    }
  });

  it('has unique ids and headings in both languages', () => {
    assert.equal(new Set(serviceGroups.map((g) => g.id)).size, serviceGroups.length);
    for (const group of serviceGroups) {
      assert.ok(group.fr.length > 0 && group.en.length > 0);
      assert.ok(group.services.length > 0);
    }
  });
});
