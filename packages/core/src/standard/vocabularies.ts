/**
 * Controlled vocabularies of the national data standard "Schéma de données des lieux de médiation
 * numérique" v1.0.2 (LaMednum/standard-mediation-num, etalab-2.0), one list per field, with plain-language
 * French and English display texts. Each list has its own module in `vocabularies/`, and their slugs alone are in
 * `slugs.ts`, so that a widget's bundle carries only the texts it shows; this module brings them together with
 * lookups by slug and by label.
 *
 * `label` is the exact value the standard's regex accepts (what a CSV export writes); `slug` is our stable
 * identifier (URLs, filters, API); `aliases` are variant spellings seen in the standard's own descriptions or
 * in real data, that importers should accept but never write.
 *
 * Inconsistencies found in `schema.json` (v1.0.2) between each field's description/example and its regex,
 * and how they are handled (see also the comment on each value):
 * - services: the description spells "Comprehension du monde numérique" (no accent); the regex
 *   "Compréhension…". Alias.
 * - prise_en_charge_specifique: the description's list is garbled ("Langues étrangères (autres) sont tous des
 *   formes de déficience visuelle.") and omits "Déficience visuelle", which the regex has as a 7th value.
 *   Nothing to alias; the regex is followed.
 * - dispositif_programmes_nationaux: the description lists " Conseillers numériques" with a leading space.
 *   Handled by trimming in `byLabel`. Both description and regex say "Bibliothèques numérique de référence"
 *   (the programme is "Bibliothèques numériques de référence"): the regex spelling is kept, the correct one is
 *   an alias, and the slug uses the correct spelling so that it survives a fix of the standard.
 * - formations_labels: the regex spells "Étapes numériques(La Poste)" (no space); the description and the
 *   ANCT reference library write "Étapes numériques (La Poste)". Alias. The description also has a trailing
 *   space after "Mes Papiers (Métropole de Lyon)" (handled by trimming), and the regex leaves the dot of
 *   "ORDI 3.0" unescaped (it accepts "ORDI 3x0"; harmless for us, we write the exact label).
 * - modalites_accompagnement: the description lists the long forms "Dans un atelier collectif : j'apprends
 *   collectivement à utiliser le numérique" and "À distance (par téléphone ou en visioconférence)", the regex
 *   and the example the short ones. Aliases (the long forms are also found in real data).
 * - all regexes: `(?:(?:^|\|)(…))+$` is anchored only at the end; Frictionless applies patterns to the whole
 *   value, so tests and validators must wrap them as `^(?:…)$`.
 *
 * @module
 */

import type { SlugOf, VocabularyField } from './slugs.js';
import { dispositifProgrammesNationaux } from './vocabularies/dispositif-programmes-nationaux.js';
import { formationsLabels } from './vocabularies/formations-labels.js';
import { fraisACharge } from './vocabularies/frais-a-charge.js';
import { itinerance } from './vocabularies/itinerance.js';
import { modalitesAcces } from './vocabularies/modalites-acces.js';
import { modalitesAccompagnement } from './vocabularies/modalites-accompagnement.js';
import { priseEnChargeSpecifique } from './vocabularies/prise-en-charge-specifique.js';
import { publicsSpecifiquementAdresses } from './vocabularies/publics-specifiquement-adresses.js';
import { services } from './vocabularies/services.js';
import { typologie } from './vocabularies/typologie.js';
import type { VocabularyValue } from './vocabularies/value.js';

export * from './vocabularies/dispositif-programmes-nationaux.js';
export * from './vocabularies/formations-labels.js';
export * from './vocabularies/frais-a-charge.js';
export * from './vocabularies/itinerance.js';
export * from './vocabularies/modalites-acces.js';
export * from './vocabularies/modalites-accompagnement.js';
export * from './vocabularies/prise-en-charge-specifique.js';
export * from './vocabularies/publics-specifiquement-adresses.js';
export * from './vocabularies/services.js';
export * from './vocabularies/typologie.js';
export * from './vocabularies/value.js';

/** Every vocabulary, keyed by the standard's field name. */
export const vocabularies = {
  services,
  publics_specifiquement_adresses: publicsSpecifiquementAdresses,
  prise_en_charge_specifique: priseEnChargeSpecifique,
  frais_a_charge: fraisACharge,
  modalites_acces: modalitesAcces,
  modalites_accompagnement: modalitesAccompagnement,
  dispositif_programmes_nationaux: dispositifProgrammesNationaux,
  formations_labels: formationsLabels,
  itinerance,
  typologie,
} as const satisfies { readonly [F in VocabularyField]: readonly VocabularyValue<SlugOf<F>>[] };

/** A value of the vocabulary of field `F`. */
export type VocabularyEntry<F extends VocabularyField> = (typeof vocabularies)[F][number];

/** An exact label of the vocabulary of field `F`. */
export type LabelOf<F extends VocabularyField> = VocabularyEntry<F>['label'];

const listOf = <F extends VocabularyField>(field: F): readonly VocabularyEntry<F>[] =>
  vocabularies[field] as readonly VocabularyEntry<F>[];

/**
 * Puts a label in the form the label index uses: NFC, no surrounding whitespace, no-break spaces (common
 * inside French « guillemets ») as plain spaces, typographic apostrophes as ASCII ones. Case is kept.
 */
const normaliseLabel = (label: string): string =>
  label
    .normalize('NFC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\u2019\u02BC]/g, "'")
    .trim();

const labelIndexes = new Map<VocabularyField, ReadonlyMap<string, VocabularyValue>>();

const labelIndexOf = (field: VocabularyField): ReadonlyMap<string, VocabularyValue> => {
  let index = labelIndexes.get(field);
  if (!index) {
    const entries = new Map<string, VocabularyValue>();
    for (const value of listOf(field) as readonly VocabularyValue[]) {
      for (const spelling of [value.label, ...(value.aliases ?? [])]) {
        entries.set(normaliseLabel(spelling), value);
      }
    }
    index = entries;
    labelIndexes.set(field, index);
  }
  return index;
};

/**
 * The value of a vocabulary with this slug, or `undefined`.
 * @example bySlug('services', 'aide-aux-demarches-administratives')?.label // 'Aide aux démarches administratives'
 */
export const bySlug = <F extends VocabularyField>(field: F, slug: string): VocabularyEntry<F> | undefined =>
  listOf(field).find((value) => value.slug === slug);

/**
 * The value of a vocabulary with this exact label or alias (case-sensitive; tolerant of NFC/NFD, surrounding
 * whitespace, no-break spaces and typographic apostrophes), or `undefined`.
 * @example byLabel('formations_labels', ' Étapes numériques (La Poste) ')?.slug // 'etapes-numeriques-la-poste'
 */
export const byLabel = <F extends VocabularyField>(field: F, label: string): VocabularyEntry<F> | undefined =>
  labelIndexOf(field).get(normaliseLabel(label)) as VocabularyEntry<F> | undefined;

/**
 * The slug for a label or alias of the standard, or `undefined` if the label is unknown.
 * @example labelToSlug('frais_a_charge', 'Gratuit sous condition') // 'gratuit-sous-condition'
 */
export const labelToSlug = <F extends VocabularyField>(field: F, label: string): SlugOf<F> | undefined =>
  byLabel(field, label)?.slug as SlugOf<F> | undefined;

/**
 * The exact label of the standard for a slug (what a CSV export writes), or `undefined` if the slug is unknown.
 * @example slugToLabel('formations_labels', 'etapes-numeriques-la-poste') // 'Étapes numériques(La Poste)'
 */
export const slugToLabel = <F extends VocabularyField>(field: F, slug: string): LabelOf<F> | undefined =>
  bySlug(field, slug)?.label as LabelOf<F> | undefined;
