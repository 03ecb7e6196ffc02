import {
  dispositifProgrammesNationaux,
  formationsLabels,
  fraisACharge,
  itinerance,
  modalitesAcces,
  modalitesAccompagnement,
  priseEnChargeSpecifique,
  publicsSpecifiquementAdresses,
  services,
  type Locale,
  type VocabularyValue,
} from '@inclusion-widgets/core';
import { parseAttributes, type AttributeIssue, type AttributeRules } from '@inclusion-widgets/ui';
import { orientationRules } from '@inclusion-widgets/orientation';
import { quizRules } from '@inclusion-widgets/quiz';
import { radiusChoicesKm, venueFinderRules } from '@inclusion-widgets/venue-finder';
import type { AttributeList, WidgetName } from './snippets.js';

/**
 * What the webmaster chose, and the attributes it gives: the configurator's state as plain data, checked by the
 * widgets' own attribute rules.
 *
 * @module
 */

/** The filters of the venue finder the configurator offers: attribute name and the standard's values. */
export const finderFilters: ReadonlyArray<{
  readonly attribute: string;
  readonly values: readonly VocabularyValue[];
}> = [
  { attribute: 'services', values: services },
  { attribute: 'publics-specifiquement-adresses', values: publicsSpecifiquementAdresses },
  { attribute: 'frais-a-charge', values: fraisACharge },
  { attribute: 'prise-en-charge-specifique', values: priseEnChargeSpecifique },
  { attribute: 'modalites-acces', values: modalitesAcces },
  { attribute: 'modalites-accompagnement', values: modalitesAccompagnement },
  { attribute: 'dispositif-programmes-nationaux', values: dispositifProgrammesNationaux },
  { attribute: 'formations-labels', values: formationsLabels },
  { attribute: 'itinerance', values: itinerance },
];

/** The distances offered, in kilometres: the finder's own choices. */
export const radiusChoices: readonly number[] = radiusChoicesKm;

/** The finder's distance when the attribute is left out. */
export const defaultRadiusKm = 10;

/** The quizzes the API serves with this project (`packages/content/quiz`), by id. */
export const knownQuizzes = ['competences-numeriques', 'mes-demarches-en-ligne'] as const;

/** A territory chosen in the configurator: none, a commune (with its name, to show it) or a département. */
export type TerritoryChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'commune'; readonly code: string; readonly nom: string }
  | { readonly kind: 'departement'; readonly code: string };

/** Everything the webmaster chooses. */
export interface Choices {
  /** The widget. */
  readonly widget: WidgetName;
  /** The venue finder's and the orientation's territory. */
  readonly territory: TerritoryChoice;
  /** The finder's preset filters: attribute name → chosen slugs. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** The finder's "open now" preset. */
  readonly openNow: boolean;
  /** The finder's distance, in kilometres. */
  readonly radiusKm: number;
  /** The finder's map: offered (`auto`), shown at start (`on`) or never loaded (`off`). */
  readonly map: 'auto' | 'on' | 'off';
  /** The quiz's id. */
  readonly quiz: string;
  /** The orientation for citizens or for professionals. */
  readonly orientationMode: 'citizen' | 'professional';
  /** The main colour, as typed (checked by the widgets' `hexColor` rule); `''` for the default. */
  readonly color: string;
  /** The widget's language. */
  readonly lang: Locale;
}

/** The choices the configurator starts with. */
export const initialChoices: Choices = {
  widget: 'venue-finder',
  territory: { kind: 'none' },
  filters: {},
  openNow: false,
  radiusKm: defaultRadiusKm,
  map: 'auto',
  quiz: 'competences-numeriques',
  orientationMode: 'citizen',
  color: '',
  lang: 'fr',
};

/** The attribute rules of each widget: the very ones the widgets read their attributes with. */
export const widgetRules: Readonly<Record<WidgetName, AttributeRules>> = {
  'venue-finder': venueFinderRules,
  quiz: quizRules,
  orientation: orientationRules,
};

/** The `territory` attribute of a territory choice, `undefined` for none. */
export function territoryValue(territory: TerritoryChoice): string | undefined {
  return territory.kind === 'none' ? undefined : `${territory.kind}:${territory.code}`;
}

/**
 * The attributes of the chosen widget, in a stable order, leaving out what equals the widget's default (the
 * distance of 10 km, the map offered, the citizens' orientation). `lang` is always written, so that the widget
 * speaks the language chosen whatever the page's.
 *
 * @example
 * attributesOf({ ...initialChoices, territory: { kind: 'departement', code: '59' } });
 * // [['territory', 'departement:59'], ['lang', 'fr']]
 */
export function attributesOf(choices: Choices): AttributeList {
  const list: Array<[string, string]> = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) list.push([name, value]);
  };
  const color = choices.color.trim();
  if (choices.widget === 'venue-finder') {
    add('territory', territoryValue(choices.territory));
    if (choices.radiusKm !== defaultRadiusKm) add('radius-km', String(choices.radiusKm));
    for (const { attribute, values } of finderFilters) {
      const chosen = new Set(choices.filters[attribute] ?? []);
      // In the standard's order, whatever the order of the clicks.
      const slugs = values.map((value) => value.slug).filter((slug) => chosen.has(slug));
      if (slugs.length > 0) add(attribute, slugs.join(','));
    }
    if (choices.openNow) add('open-now', '');
    if (choices.map !== 'auto') add('map', choices.map);
  } else if (choices.widget === 'quiz') {
    add('quiz', choices.quiz.trim());
  } else {
    add('territory', territoryValue(choices.territory));
    if (choices.orientationMode !== 'citizen') add('mode', choices.orientationMode);
  }
  add('lang', choices.lang);
  if (color !== '') add('color', color);
  return list;
}

/**
 * Checks attributes with the widget's own rules: the issues the widget would report, with its reasons in `locale`
 * (an empty list when the widget would take them all).
 *
 * @example
 * checkAttributes('quiz', [['color', 'bleu']], 'fr')[0]?.reason; // '« bleu » n’est pas une couleur…'
 */
export function checkAttributes(
  widget: WidgetName,
  attributes: AttributeList,
  locale: Locale,
): readonly AttributeIssue[] {
  const values = new Map(attributes);
  return parseAttributes(widgetRules[widget], (name) => values.get(name) ?? null, locale).issues;
}

/** The attributes as an object, for a remote configuration (`attributs`). */
export function attributesRecord(attributes: AttributeList): Record<string, string> {
  return Object.fromEntries(attributes);
}
