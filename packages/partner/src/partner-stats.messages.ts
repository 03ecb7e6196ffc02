import { createTranslator } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-partner-stats>`, for the staff of a partner (an authority, an operator): not technical,
 * plain words. French is the reference; `partner-stats.messages.en.ts` has the same keys.
 */
const fr = {
  'form.title': 'Voir les statistiques de votre site',
  'form.intro':
    'Entrez l’identifiant et le jeton d’accès que l’opérateur du service vous a donnés. Les deux sont obligatoires. Le jeton reste dans cette page : il est oublié quand vous la fermez.',
  'form.partner': 'Identifiant du partenaire',
  'form.partnerHint': 'Lettres minuscules, chiffres et tirets, par exemple mairie-exemple.',
  'form.token': 'Jeton d’accès',
  'form.tokenHint': 'Une longue suite de lettres et de chiffres.',
  'form.submit': 'Voir les statistiques',
  'form.partnerMissing': 'Entrez l’identifiant du partenaire.',
  'form.partnerInvalid':
    'Cet identifiant n’est pas bien écrit : utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets.',
  'form.tokenMissing': 'Entrez le jeton d’accès.',
  'form.errorTitle': 'Les statistiques ne s’affichent pas.',

  'error.forbidden':
    'Cet identifiant et ce jeton ne vont pas ensemble : le partenaire n’existe pas ou le jeton n’est pas le bon. Vérifiez-les, ou demandez un nouveau jeton à l’opérateur du service.',
  'error.badRequest': 'Le service refuse la demande : {detail}',
  'error.down':
    'Le service des statistiques ne répond pas pour le moment. Vos chiffres ne sont pas perdus : réessayez dans quelques minutes.',

  'status.loading': 'Chargement des statistiques…',
  'status.loaded': {
    one: 'Statistiques chargées : {count} semaine.',
    other: 'Statistiques chargées : {count} semaines.',
  },
  'status.empty': {
    one: 'Pas encore de données sur la dernière semaine.',
    other: 'Pas encore de données sur les {count} dernières semaines.',
  },

  'results.title': 'Statistiques de {partner}',
  'results.period': 'Du {from} au {until}.',
  'results.note':
    'Chiffres anonymes : chaque semaine va du lundi au dimanche. Aucune donnée ne permet de savoir qui a utilisé les modules.',
  'results.change': 'Changer de partenaire',
  'period.legend': 'Période',
  'period.weeks': { one: '{count} dernière semaine', other: '{count} dernières semaines' },
  'csv.download': 'Télécharger les chiffres (CSV)',
  'csv.hint': 'Fichier pour Excel ou LibreOffice : colonnes séparées par des points-virgules.',

  'empty.title': 'Pas encore de données',
  'empty.text':
    'Les modules de votre site n’ont rien envoyé pendant cette période. Les statistiques arrivent quand un module porte les attributs partner et stats, et que des personnes l’utilisent.',
  'empty.section': 'Pas encore de données pour cette partie.',

  'usage.title': 'Utilisation par semaine',
  'usage.intro': 'Combien de fois chaque module a servi, semaine par semaine.',
  'usage.chartTitle': '{series}, par semaine',
  'usage.chartDesc':
    '{series} : {total} en tout sur {weeks}, du {from} au {until}. Semaine la plus haute : {max}, la semaine du {maxWeek}.',
  'usage.week': 'Semaine du',
  'usage.weeks': { one: '{count} semaine', other: '{count} semaines' },
  'usage.total': 'Total',

  'widget.venue-finder': 'Trouver un lieu',
  'widget.quiz': 'Questionnaire',
  'widget.orientation': 'Orientation',
  'event.widget-affiche': 'affichages',
  'event.quiz-termine': 'questionnaires terminés',
  'event.orientation-resultat': 'orientations terminées',
  'event.lieu-consulte': 'fiches de lieu ouvertes',
  'series.name': '{widget} : {event}',

  'levels.title': 'Niveaux des questionnaires',
  'levels.intro': 'Le niveau d’aide que le questionnaire a proposé à chaque personne.',
  'levels.level': 'Niveau',
  'level.1': 'Niveau 1 : urgence numérique',
  'level.2': 'Niveau 2 : inclusion numérique',
  'level.3': 'Niveau 3 : montée en compétence',
  'areas.title': 'Domaines les plus faibles',
  'areas.intro': 'Les domaines où les personnes ont eu le plus de difficultés (plusieurs par questionnaire).',
  'areas.area': 'Domaine',
  'areas.more': {
    one: 'Le graphique montre les 10 premiers ; le tableau en a {count} de plus.',
    other: 'Le graphique montre les 10 premiers ; le tableau en a {count} de plus.',
  },
  'outcomes.title': 'Résultats de l’orientation',
  'outcomes.intro': 'Vers quelle aide l’assistant d’orientation a dirigé les personnes.',
  'outcomes.outcome': 'Résultat',

  'chart.barsDesc': '{title} du {from} au {until} : {list}.',
  'chart.item': '{label} {count}',
  'table.show': 'Voir les chiffres en tableau',
  'table.of': ' : {title}',
  'table.count': 'Nombre',

  'csv.table': 'Tableau',
  'csv.period': 'Période',
  'csv.item': 'Élément',
  'csv.count': 'Nombre',
  'csv.range': 'du {from} au {until}',
} as const;

/** The partner page's texts (French, the reference): the English ones have the same keys. */
export type PartnerMessages = typeof fr;

/** A key of the partner page's texts. */
export type PartnerMessageKey = keyof PartnerMessages;

/** Fills a text of the partner page in `locale`. */
export const t = createTranslator({
  fr,
  // Fetched only for an English page.
  en: () => import('./partner-stats.messages.en.js').then((module) => module.en),
});
