import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lieuSchema } from '@inclusion-widgets/core';
import { random, syntheticLieux, weightedPicker, type CommuneCentre } from './synthetic.js';

const communes: CommuneCentre[] = [
  {
    code: '75056',
    nom: 'Paris',
    codes_postaux: ['75001'],
    population: 2_100_000,
    latitude: 48.8566,
    longitude: 2.3522,
  },
  {
    code: '12001',
    nom: 'Hameau',
    codes_postaux: ['12000'],
    population: 100,
    latitude: 44.35,
    longitude: 2.57,
  },
];

describe('synthetic places', () => {
  it('are valid places of the contract, in batches, with unique ids', () => {
    const batches = [...syntheticLieux(communes, 2_500, { batchSize: 1_000 })];
    assert.deepEqual(
      batches.map((batch) => batch.length),
      [1_000, 1_000, 500],
    );
    const all = batches.flat();
    assert.equal(new Set(all.map((lieu) => lieu.id)).size, 2_500);
    for (const lieu of all.slice(0, 200)) assert.equal(lieuSchema.safeParse(lieu).success, true, lieu.id);
  });

  it('follow population: the big city gets almost every place', () => {
    const pick = weightedPicker(communes, random(7));
    let paris = 0;
    for (let index = 0; index < 10_000; index += 1) if (pick().code === '75056') paris += 1;
    assert.ok(paris > 9_900, `${paris} of 10000 in Paris`);
  });

  it('are the same for the same seed', () => {
    const first = [...syntheticLieux(communes, 50, { seed: 3 })].flat();
    const again = [...syntheticLieux(communes, 50, { seed: 3 })].flat();
    assert.deepEqual(first, again);
  });

  it('stay within a few kilometres of their commune centre', () => {
    for (const lieu of [...syntheticLieux(communes, 500)].flat()) {
      const centre = communes.find((commune) => commune.code === lieu.code_insee);
      assert.ok(centre);
      assert.ok(Math.abs((lieu.latitude ?? 0) - centre.latitude) < 0.1, lieu.id);
    }
  });
});
