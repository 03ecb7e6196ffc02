// The old standard v0.1 (2021–2022): rows → rows of the standard v1 → places. Every mapping is a table below;
// docs/data.md explains each choice.
import type { LabelOf, VocabularyField } from '@inclusion-widgets/core';
import { emailPattern, quoteList, shorten, splitList, text } from './fields.js';
import type { MapResult } from './fields.js';
import { mapStandardV1 } from './standard-v1.js';

type Labels<F extends VocabularyField> = readonly LabelOf<F>[];

/** v0.1's 15 services → v1's 9 services. "Utilisation sécurisée du numérique" has no v0.1 ancestor. */
export const servicesV01: Readonly<Record<string, Labels<'services'>>> = {
  'Devenir autonome dans les démarches administratives': ['Aide aux démarches administratives'],
  'Réaliser des démarches administratives avec un accompagnement': ['Aide aux démarches administratives'],
  'Accompagner les démarches de santé': ['Aide aux démarches administratives'],
  'Prendre en main un smartphone ou une tablette': ['Maîtrise des outils numériques du quotidien'],
  'Prendre en main un ordinateur': ['Maîtrise des outils numériques du quotidien'],
  'Utiliser le numérique au quotidien': ['Maîtrise des outils numériques du quotidien'],
  'Approfondir ma culture numérique': ['Compréhension du monde numérique'],
  'Promouvoir la citoyenneté numérique': ['Compréhension du monde numérique'],
  'Favoriser mon insertion professionnelle': ['Insertion professionnelle via le numérique'],
  'Créer et développer mon entreprise': ['Insertion professionnelle via le numérique'],
  'Accéder à une connexion internet': ['Accès internet et matériel informatique'],
  'Accéder à du matériel': ['Accès internet et matériel informatique'],
  "S'équiper en matériel informatique": ['Acquisition de matériel informatique à prix solidaire'],
  'Créer avec le numérique': ['Loisirs et créations numériques'],
  "Soutenir la parentalité et l'éducation avec le numérique": ['Parentalité et éducation avec le numérique'],
};

/** v0.1 `conditions_acces` (matched on the words before « : ») → v1 `frais_a_charge`. */
export const conditionsAccesV01: Readonly<Record<string, Labels<'frais_a_charge'>>> = {
  Gratuit: ['Gratuit'],
  'Gratuit sous condition': ['Gratuit sous condition'],
  Payant: ['Payant'],
  // A membership fee is a cost to the person.
  Adhésion: ['Payant'],
  // The Pass numérique is a voucher given to the person: free for them, on condition of holding one.
  'Accepte le Pass numérique': ['Gratuit sous condition'],
};

/** v0.1 `publics_accueillis` → v1 `publics_specifiquement_adresses` (audiences) … */
export const publicsV01: Readonly<Record<string, Labels<'publics_specifiquement_adresses'>>> = {
  'Jeunes (16-26 ans)': ['Jeunes'],
  'Seniors (+ 65 ans)': ['Seniors'],
  'Familles/enfants': ['Familles et/ou enfants'],
  'Uniquement femmes': ['Femmes'],
  Adultes: [],
};

/** … and → v1 `prise_en_charge_specifique` (specific needs the place can support). */
export const priseEnChargeV01: Readonly<Record<string, Labels<'prise_en_charge_specifique'>>> = {
  Surdité: ['Surdité'],
  'Déficience visuelle': ['Déficience visuelle'],
  "Handicaps mentaux : déficiences limitant les activités d'une personne": ['Handicaps mentaux'],
  // v1 has no psychic disability: the nearest value.
  'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': [
    'Handicaps mentaux',
  ],
  "Personnes en situation d'illettrisme": ['Illettrisme'],
  // v0.1 did not say which languages.
  'Public langues étrangères': ['Langues étrangères (anglais)', 'Langues étrangères (autres)'],
};

/** Audiences that make a place "specific" only when it does not also welcome every adult (see `mapStandardV01`). */
const generalAudiences = new Set(['Jeunes (16-26 ans)', 'Seniors (+ 65 ans)', 'Familles/enfants']);

/** v0.1 `labels_nationaux` → v1 `dispositif_programmes_nationaux` … */
export const programmesV01: Readonly<Record<string, Labels<'dispositif_programmes_nationaux'>>> = {
  'France Services': ['France Services'],
  CNFS: ['Conseillers numériques'],
  'Aidants Connect': ['Aidants Connect'],
  'Grandes écoles du numérique': ['Grande école du numérique'],
  'Point relais CAF': ["Point d'accès numérique CAF"],
  'Point numérique CAF': ["Point d'accès numérique CAF"],
};

/** … or → v1 `formations_labels` … */
export const formationsLabelsV01: Readonly<Record<string, Labels<'formations_labels'>>> = {
  'Fabriques de Territoire': ['Fabriques de Territoire'],
};

/** … or, with no v1 value, kept as text in `autres_formations_labels`. */
export const autresLabelsV01: readonly string[] = [
  'APTIC',
  'Relais pôle emploi',
  'French Tech',
  'Campus connecté',
];

/** v0.1 `modalites_accompagnement` (matched on the words before « : ») → v1. */
export const accompagnementV01: Readonly<Record<string, Labels<'modalites_accompagnement'>>> = {
  Seul: ['En autonomie'],
  "Avec de l'aide": ['Accompagnement individuel'],
  'Dans un atelier': ['Dans un atelier collectif'],
  // v1 dropped "A ma place"; see `aMaPlaceSentence`.
  'A ma place': ['Accompagnement individuel'],
};

/** What a place offering "A ma place" gets in `presentation_detail`, so that the information is not lost. */
export const aMaPlaceSentence = 'Une personne habilitée peut faire les démarches à votre place.';

/** Lookup key: NFC, typographic apostrophes as ASCII, spaces collapsed, lower case. */
function key(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function lookup<T>(table: Readonly<Record<string, T>>): (value: string) => T | undefined {
  const index = new Map(Object.entries(table).map(([label, mapped]) => [key(label), mapped]));
  return (value) => index.get(key(value));
}

const findService = lookup(servicesV01);
const findCondition = lookup(conditionsAccesV01);
const findPublic = lookup(publicsV01);
const findPriseEnCharge = lookup(priseEnChargeV01);
const findProgramme = lookup(programmesV01);
const findFormation = lookup(formationsLabelsV01);
const findAutre = lookup(Object.fromEntries(autresLabelsV01.map((label) => [label, label])));
const findAccompagnement = lookup(accompagnementV01);

/** The words before « : » of a long v0.1 value ("Gratuit : Je peux accéder…" → "Gratuit"). */
const head = (value: string): string => value.split(' : ')[0] ?? value;

/** Options of `mapStandardV01`. */
export interface V01Options {
  /** Prepended to every id, e.g. `hinaura-`, when several sources with overlapping ids go in one database. */
  idPrefix?: string;
}

/**
 * Maps one record of the old standard v0.1 (JSON item or CSV row: `;` between values, 15 services,
 * `conditions_acces`, `publics_accueillis`, `labels_nationaux`, `courriel`, `accessibilite`) to the standard v1
 * with the tables of this module, then validates it as a v1 row (`mapStandardV1`). What has no place in v1 is
 * reported as a warning, never silently dropped.
 *
 * @example
 * mapStandardV01({ id: '0', services: 'Accéder à du matériel;Prendre en main un ordinateur', … });
 */
export function mapStandardV01(fields: Record<string, unknown>, options: V01Options = {}): MapResult {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const values = (name: string, separator: string | RegExp = ';'): string[] =>
    splitList(fields[name], separator);
  const mapAll = <T extends string>(
    name: string,
    items: readonly string[],
    find: (value: string) => readonly T[] | undefined,
    expected: readonly string[],
    keyOf: (value: string) => string = (value) => value,
  ): T[] => {
    const mapped: T[] = [];
    for (const item of items) {
      const result = find(keyOf(item));
      if (result === undefined) {
        reasons.push(
          `${name}: « ${shorten(item)} » is not a value of the standard v0.1; expected one of ${quoteList(expected)}`,
        );
      } else {
        for (const label of result) if (!mapped.includes(label)) mapped.push(label);
      }
    }
    return mapped;
  };

  const row: Record<string, unknown> = {};
  for (const name of [
    'pivot',
    'nom',
    'commune',
    'code_postal',
    'code_insee',
    'adresse',
    'complement_adresse',
    'latitude',
    'longitude',
    'horaires',
    'presentation_detail',
    'source',
    'structure_parente',
    'date_maj',
    'prise_rdv',
  ]) {
    if (fields[name] !== undefined && fields[name] !== null) row[name] = fields[name];
  }
  const id = text(fields.id);
  row.id = id === '' ? '' : `${options.idPrefix ?? ''}${id}`;

  row.typologie = values('typologie').join('|');
  const telephone = text(fields.telephone);
  if (/^non$/i.test(telephone)) warnings.push(`telephone: « ${telephone} » is not a number; left empty`);
  else row.telephone = telephone;
  const courriels = values('courriel', /[;,\s]+/);
  for (const email of courriels.filter((item) => !emailPattern.test(item))) {
    warnings.push(`courriel: « ${email} » is not an e-mail address the standard v1 accepts; left out`);
  }
  row.courriels = courriels.filter((item) => emailPattern.test(item)).join('|');
  row.site_web = values('site_web', /[;,]\s*(?=https?:|www\.)/).join('|');
  row.fiche_acces_libre = text(fields.accessibilite);

  const resume = text(fields.presentation_resume);
  if (resume.length > 280) {
    // v0.1 allowed 500 characters, v1 allows 280: the full text moves to the detail.
    const cut = resume.slice(0, 279).replace(/\s+\S*$/, '');
    row.presentation_resume = `${cut}…`;
    if (text(row.presentation_detail) === '') row.presentation_detail = resume;
    warnings.push(
      'presentation_resume: longer than the 280 characters of v1; shortened, full text in presentation_detail',
    );
  } else if (resume !== '') {
    row.presentation_resume = resume;
  }

  const services = mapAll('services', values('services'), findService, Object.keys(servicesV01));
  row.frais_a_charge = mapAll(
    'conditions_acces',
    values('conditions_acces'),
    findCondition,
    Object.keys(conditionsAccesV01),
    head,
  ).join('|');

  const publics = values('publics_accueillis');
  const welcomesAdults = publics.some((item) => key(item) === 'adultes');
  const audiences: string[] = [];
  const needs: string[] = [];
  for (const item of publics) {
    const audience = findPublic(item);
    const need = findPriseEnCharge(item);
    if (audience === undefined && need === undefined) {
      reasons.push(
        `publics_accueillis: « ${shorten(item)} » is not a value of the standard v0.1; expected one of ` +
          quoteList([...Object.keys(publicsV01), ...Object.keys(priseEnChargeV01)]),
      );
      continue;
    }
    // A place that welcomes every adult does not specifically address young people, seniors or families.
    if (audience && !(welcomesAdults && [...generalAudiences].some((g) => key(g) === key(item)))) {
      for (const label of audience) if (!audiences.includes(label)) audiences.push(label);
    }
    for (const label of need ?? []) if (!needs.includes(label)) needs.push(label);
  }
  row.publics_specifiquement_adresses = audiences.join('|');
  row.prise_en_charge_specifique = needs.join('|');

  const programmes: string[] = [];
  const formations: string[] = [];
  const autres = values('labels_autres');
  for (const label of values('labels_nationaux')) {
    const programme = findProgramme(label);
    const formation = findFormation(label);
    const autre = findAutre(label);
    if (programme) programmes.push(...programme.filter((p) => !programmes.includes(p)));
    else if (formation) formations.push(...formation.filter((f) => !formations.includes(f)));
    else if (autre) autres.push(autre);
    else {
      reasons.push(
        `labels_nationaux: « ${shorten(label)} » is not a value of the standard v0.1; expected one of ` +
          quoteList([...Object.keys(programmesV01), ...Object.keys(formationsLabelsV01), ...autresLabelsV01]),
      );
    }
  }
  row.dispositif_programmes_nationaux = programmes.join('|');
  row.formations_labels = formations.join('|');
  if (autres.length > 0) row.autres_formations_labels = autres.join(', ');

  const modes = values('modalites_accompagnement');
  row.modalites_accompagnement = mapAll(
    'modalites_accompagnement',
    modes,
    findAccompagnement,
    Object.keys(accompagnementV01),
    head,
  ).join('|');
  if (modes.some((mode) => key(head(mode)) === key('A ma place'))) {
    // Doing the procedure for the person is help with administrative procedures.
    if (!services.includes('Aide aux démarches administratives'))
      services.push('Aide aux démarches administratives');
    const detail = text(row.presentation_detail);
    row.presentation_detail = detail === '' ? aMaPlaceSentence : `${detail}\n\n${aMaPlaceSentence}`;
  }
  row.services = services.join('|');

  for (const dropped of ['cle_ban']) {
    if (text(fields[dropped]) !== '') warnings.push(`${dropped}: no such field in the standard v1; not kept`);
  }

  if (reasons.length > 0) return { ok: false, id: id || undefined, reasons, warnings };
  const result = mapStandardV1(row);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
