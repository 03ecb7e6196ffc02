import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normaliser, normaliserRecherche } from './normalise.js';

describe('normaliser', () => {
  it('removes accents, lowers the case and turns hyphens, apostrophes and spaces into one space', () => {
    assert.equal(normaliser("L'Haÿ-les-Roses"), 'l hay les roses');
    assert.equal(normaliser('  Saint-Étienne  '), 'saint etienne');
    assert.equal(normaliser('Vœuil-et-Giget'), 'voeuil et giget');
    assert.equal(normaliser('L’Île-d’Yeu'), 'l ile d yeu');
    assert.equal(normaliser('ÉCOUEN\t--  VILLE'), 'ecouen ville');
  });
});

describe('normaliserRecherche', () => {
  it('spells out St, Ste, Sts and Stes as whole words only', () => {
    assert.equal(normaliserRecherche('ST ETIENNE'), 'saint etienne');
    assert.equal(normaliserRecherche('Ste-Foy-lès-Lyon'), 'sainte foy les lyon');
    assert.equal(normaliserRecherche('Stes Maries de la Mer'), 'saintes maries de la mer');
    assert.equal(normaliserRecherche('St. Malo'), 'saint malo');
    assert.equal(normaliserRecherche('Stenay'), 'stenay');
    assert.equal(normaliserRecherche('Aste'), 'aste');
  });

  it('turns other punctuation into spaces', () => {
    assert.equal(normaliserRecherche('Château-Chinon (Ville)'), 'chateau chinon ville');
    assert.equal(normaliserRecherche('%_\\'), '');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normaliserRecherche(text);
        assert.equal(normaliserRecherche(once), once);
      }),
      { numRuns: 2_000 },
    );
  });

  it('is idempotent on French-looking names', () => {
    const letters = fc.constantFrom(..."aàâbcçdeéèêëfghiîïjklmnoôœpqrstuùûüvwxyÿzAÉÈŒ -’'".split(''));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 30 }), (text) => {
        const once = normaliserRecherche(text);
        assert.equal(normaliserRecherche(once), once);
        assert.doesNotMatch(once, /^ | $| {2}|[A-ZÀ-ÿ'’-]/);
      }),
      { numRuns: 2_000 },
    );
  });
});
