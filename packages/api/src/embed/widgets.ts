import type { Locale } from '@inclusion-widgets/core';

/** What an iframe page needs to know about one widget. */
export interface EmbedWidget {
  /** The custom element's tag. */
  readonly tag: string;
  /**
   * The attributes a query may set: the kebab-case names of the widget's attribute rules (`venueFinderRules`,
   * `quizRules`, `orientationRules`), kept here so that the server does not load Lit to read them; a test checks
   * that both lists agree. `api` is not among them: the page sets it.
   */
  readonly attributes: readonly string[];
  /** The page's `<title>`, in each language: what the iframe's `title` should say too. */
  readonly title: Readonly<Record<Locale, string>>;
}

/** The widgets that `/embed/<name>` serves, by name. */
export const embedWidgets: Readonly<Record<string, EmbedWidget>> = {
  'venue-finder': {
    tag: 'inclusion-venue-finder',
    attributes: [
      'territory',
      'near',
      'radius-km',
      'services',
      'frais-a-charge',
      'prise-en-charge-specifique',
      'publics-specifiquement-adresses',
      'modalites-acces',
      'modalites-accompagnement',
      'dispositif-programmes-nationaux',
      'formations-labels',
      'typologie',
      'itinerance',
      'open-now',
      'hide-filters',
      'view',
      'map',
      'lang',
      'color',
      'partner',
      'config',
      'sync-url',
      'report-email',
      'heading-level',
    ],
    title: {
      fr: 'Trouver un lieu d’aide au numérique',
      en: 'Find a place that helps with digital tools',
    },
  },
  quiz: {
    tag: 'inclusion-quiz',
    attributes: ['quiz', 'src', 'lang', 'color', 'partner', 'stats', 'next', 'heading-level'],
    title: {
      fr: 'Faire le point sur mes compétences numériques',
      en: 'Check my digital skills',
    },
  },
  orientation: {
    tag: 'inclusion-orientation',
    attributes: [
      'flow',
      'src',
      'territory',
      'lang',
      'color',
      'partner',
      'stats',
      'mode',
      'quiz-result',
      'heading-level',
    ],
    title: {
      fr: 'Trouver la bonne aide pour le numérique',
      en: 'Find the right help with digital tools',
    },
  },
};
