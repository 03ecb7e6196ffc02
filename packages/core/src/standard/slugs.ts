/**
 * The slugs of the standard's controlled vocabularies, and nothing else: what a schema or an attribute needs to
 * accept or refuse a value, without the display texts, labels and aliases of `vocabularies.ts` (about 10 KB gzip,
 * most of it the 100 structure types of `typologie`). A widget that only validates slugs imports this module and
 * leaves the texts out of its bundle; the vocabularies test checks that both files list the same slugs in the same
 * order.
 *
 * @module
 */

/** The slugs of every controlled vocabulary, keyed by the standard's field name, in the standard's order. */
export const vocabularySlugs = {
  services: [
    'aide-aux-demarches-administratives',
    'maitrise-des-outils-numeriques-du-quotidien',
    'insertion-professionnelle-via-le-numerique',
    'utilisation-securisee-du-numerique',
    'parentalite-et-education-avec-le-numerique',
    'loisirs-et-creations-numeriques',
    'comprehension-du-monde-numerique',
    'acces-internet-et-materiel-informatique',
    'acquisition-de-materiel-informatique-a-prix-solidaire',
  ],
  publics_specifiquement_adresses: ['jeunes', 'etudiants', 'familles-et-ou-enfants', 'seniors', 'femmes'],
  prise_en_charge_specifique: [
    'surdite',
    'handicaps-moteurs',
    'handicaps-mentaux',
    'illettrisme',
    'langues-etrangeres-anglais',
    'langues-etrangeres-autres',
    'deficience-visuelle',
  ],
  frais_a_charge: ['gratuit', 'gratuit-sous-condition', 'payant'],
  modalites_acces: [
    'se-presenter',
    'telephoner',
    'contacter-par-mail',
    'prendre-un-rdv-en-ligne',
    'ce-lieu-n-accueille-pas-de-public',
    'envoyer-un-mail-avec-une-fiche-de-prescription',
  ],
  modalites_accompagnement: [
    'en-autonomie',
    'accompagnement-individuel',
    'dans-un-atelier-collectif',
    'a-distance',
  ],
  dispositif_programmes_nationaux: [
    'aidants-connect',
    'bibliotheques-numeriques-de-reference',
    'certification-pix',
    'conseillers-numeriques',
    'emmaus-connect',
    'france-services',
    'grande-ecole-du-numerique',
    'la-croix-rouge',
    'point-d-acces-numerique-caf',
    'promeneurs-du-net',
    'relais-numerique-emmaus-connect',
  ],
  formations_labels: [
    'forme-a-mon-espace-sante',
    'forme-a-duplex-illettrisme',
    'arnia-mednum-bfc-bourgogne-franche-comte',
    'collectif-ressources-et-acteurs-reemploi-normandie',
    'etapes-numeriques-la-poste',
    'fabriques-de-territoire',
    'les-eclaireurs-du-numerique-drome',
    'mes-papiers-metropole-de-lyon',
    'ordi-3-0',
    'sud-labs-paca',
  ],
  itinerance: ['itinerant', 'fixe'],
  typologie: [
    'aci',
    'aciphc',
    'afpa',
    'ai',
    'ase',
    'asso',
    'asso-chomeur',
    'autre',
    'avip',
    'bib',
    'caarud',
    'cada',
    'caf',
    'cap-emploi',
    'cava',
    'cc',
    'ccas',
    'ccons',
    'cd',
    'cdas',
    'cfp',
    'chrs',
    'chu',
    'cias',
    'cidff',
    'citmet',
    'cmp',
    'cms',
    'cpam',
    'cph',
    'cs',
    'csapa',
    'csc',
    'deets',
    'dept',
    'diplp',
    'e2c',
    'ea',
    'eatt',
    'ei',
    'eiti',
    'enm',
    'epci',
    'epi',
    'epide',
    'epn',
    'es',
    'esat',
    'ess',
    'etabl-pri',
    'etabl-pub',
    'etat',
    'etti',
    'evs',
    'fablab',
    'fabrique',
    'fais',
    'ft',
    'geiq',
    'huda',
    'la-poste',
    'mde',
    'mdef',
    'mdh',
    'mdph',
    'mds',
    'mjc',
    'ml',
    'mq',
    'msa',
    'msap',
    'muni',
    'oacas',
    'odc',
    'of',
    'oil',
    'opcs',
    'pad',
    'pension',
    'pi',
    'pij-bij',
    'pimms',
    'pjj',
    'plie',
    'pref',
    'prevention',
    'reg',
    'relais-lecture',
    'ressourcerie',
    'rfs',
    'rs-fjt',
    'scp',
    'spip',
    'tiers-lieux',
    'udaf',
  ],
} as const;

/** Name of a field of the standard that has a controlled vocabulary. */
export type VocabularyField = keyof typeof vocabularySlugs;

/** A slug of the vocabulary of field `F`. */
export type SlugOf<F extends VocabularyField> = (typeof vocabularySlugs)[F][number];

/** The fields of the standard that have a controlled vocabulary. */
export const vocabularyFields = /* @__PURE__ */ Object.keys(vocabularySlugs) as VocabularyField[];

/**
 * The slugs of a vocabulary, in the standard's order.
 * @example slugsOf('itinerance') // ['itinerant', 'fixe']
 */
export const slugsOf = <F extends VocabularyField>(field: F): SlugOf<F>[] => [...vocabularySlugs[field]];

/**
 * Whether `value` is a slug of the vocabulary of `field`.
 * @example isSlugOf('frais_a_charge', 'gratuit') // true
 */
export const isSlugOf = <F extends VocabularyField>(field: F, value: string): value is SlugOf<F> =>
  (vocabularySlugs[field] as readonly string[]).includes(value);
