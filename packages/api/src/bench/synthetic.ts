// Synthetic places for benchmarks and scale tests: real commune centres, fictional places. Never seeded into
// a database that serves citizens: every id starts with `synthetique-` and every name says "(synthétique)".
import { slugsOf, type Lieu, type SlugOf, type VocabularyField } from '@inclusion-widgets/core';

/** What the generator needs of a commune. */
export interface CommuneCentre {
  readonly code: string;
  readonly nom: string;
  readonly codes_postaux: readonly string[];
  readonly population?: number | undefined;
  readonly latitude: number;
  readonly longitude: number;
}

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same places. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Picks communes with a probability proportional to their population (at least 1 inhabitant each), so that
 * Paris gets many places and a hamlet few, as in the real data.
 */
export function weightedPicker<C extends CommuneCentre>(communes: readonly C[], next: () => number): () => C {
  if (communes.length === 0) throw new Error('weightedPicker: no communes');
  const cumulative = new Float64Array(communes.length);
  let total = 0;
  communes.forEach((commune, index) => {
    total += Math.max(1, commune.population ?? 1);
    cumulative[index] = total;
  });
  return () => {
    const target = next() * total;
    let low = 0;
    let high = communes.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return communes[low] as C;
  };
}

const openingHours = [
  'Mo-Fr 09:00-12:00,13:30-17:00',
  'Mo-Fr 08:30-12:30,13:30-17:30; Sa 09:00-12:00',
  'Tu,Th 14:00-18:00; We 09:00-12:00,14:00-18:00; Sa 10:00-12:00',
  'Mo-Sa 10:00-19:00',
  'Mo 14:00-17:00; We 09:00-12:00',
  '24/7',
];

function some<F extends VocabularyField>(field: F, next: () => number, most: number): SlugOf<F>[] {
  const slugs = slugsOf(field);
  const count = Math.floor(next() * (most + 1));
  const chosen = new Set<SlugOf<F>>();
  while (chosen.size < Math.min(count, slugs.length)) {
    chosen.add(slugs[Math.floor(next() * slugs.length)] as SlugOf<F>);
  }
  return [...chosen];
}

/**
 * Yields `count` synthetic places in batches of `batchSize`, around commune centres weighted by population,
 * within a few kilometres of the centre (more spread for larger communes).
 *
 * @example
 * for (const batch of syntheticLieux(communes, 20_000, { seed: 1 })) await upsertLieux(tx, batch);
 */
export function* syntheticLieux(
  communes: readonly CommuneCentre[],
  count: number,
  options: { seed?: number; batchSize?: number } = {},
): Generator<Lieu[]> {
  const { seed = 1, batchSize = 1000 } = options;
  const next = random(seed);
  const pick = weightedPicker(communes, next);
  let batch: Lieu[] = [];
  for (let index = 0; index < count; index += 1) {
    const commune = pick();
    const spread = Math.min(8_000, 300 + 15 * Math.sqrt(Math.max(1, commune.population ?? 1)));
    const distance = spread * Math.sqrt(next());
    const bearing = next() * 2 * Math.PI;
    const latitude = commune.latitude + (distance * Math.cos(bearing)) / 111_320;
    const longitude =
      commune.longitude +
      (distance * Math.sin(bearing)) / (111_320 * Math.cos((commune.latitude * Math.PI) / 180));
    const hasHours = next() < 0.8;
    const services = some('services', next, 4);
    batch.push({
      id: `synthetique-${index}`,
      pivot: '00000000000000',
      nom: `Lieu n° ${index} (synthétique)`,
      commune: commune.nom,
      code_postal: commune.codes_postaux[0] ?? '00000',
      code_insee: commune.code,
      adresse: `${1 + (index % 120)} rue de l’Exemple`,
      latitude: Math.max(-90, Math.min(90, Number(latitude.toFixed(6)))),
      longitude: Math.max(-180, Math.min(180, Number(longitude.toFixed(6)))),
      typologie: some('typologie', next, 1),
      courriels: [],
      site_web: [],
      ...(hasHours ? { horaires: openingHours[Math.floor(next() * openingHours.length)] } : {}),
      itinerance: [],
      date_maj: '2026-01-15',
      services: services.length > 0 ? services : ['aide-aux-demarches-administratives'],
      publics_specifiquement_adresses: some('publics_specifiquement_adresses', next, 1),
      prise_en_charge_specifique: some('prise_en_charge_specifique', next, 2),
      frais_a_charge: some('frais_a_charge', next, 1),
      dispositif_programmes_nationaux: some('dispositif_programmes_nationaux', next, 2),
      formations_labels: [],
      modalites_acces: some('modalites_acces', next, 2),
      modalites_accompagnement: some('modalites_accompagnement', next, 2),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
