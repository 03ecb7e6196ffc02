import { createTranslator } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-configurator>`. French is the reference. Plain language for a webmaster who does not write
 * code: short sentences, everyday words, "vous".
 */
const fr = {
  title: 'Créer le code d’un outil pour votre site',
  intro:
    'Choisissez l’outil et ses réglages. L’aperçu montre le résultat. Copiez ensuite le code et collez-le dans votre site.',

  'settings.title': 'Vos réglages',
  'update.done': 'Le code et l’aperçu sont à jour.',
  'update.blocked': {
    one: 'Le code n’est pas prêt : un réglage est à corriger.',
    other: 'Le code n’est pas prêt : {count} réglages sont à corriger.',
  },

  'widget.legend': 'Quel outil voulez-vous ajouter ?',
  'widget.venue-finder': 'Trouver un lieu d’aide au numérique',
  'widget.venue-finder.hint': 'Une liste et une carte des lieux qui aident avec le numérique.',
  'widget.quiz': 'Questionnaire sur les compétences numériques',
  'widget.quiz.hint': 'Un court questionnaire pour faire le point, sans limite de temps.',
  'widget.orientation': 'Trouver la bonne aide',
  'widget.orientation.hint': 'Quelques questions pour aller vers l’aide qui convient.',

  'territory.legend': 'Quel territoire ?',
  'territory.none': 'Toute la France',
  'territory.commune': 'Une commune',
  'territory.departement': 'Un département',
  'territory.communeLabel': 'Nom ou code postal de la commune',
  'territory.communeHint':
    'Tapez au moins 2 lettres, puis choisissez dans la liste avec les flèches et Entrée.',
  'territory.suggestions': { one: '{count} commune proposée.', other: '{count} communes proposées.' },
  'territory.noSuggestion': 'Aucune commune ne correspond.',
  'territory.searching': 'Recherche des communes…',
  'territory.chosen': 'Commune choisie : {nom} ({code})',
  'territory.commune.missing': 'Choisissez une commune dans la liste, ou un autre territoire.',
  'territory.departementLabel': 'Département',
  'territory.departementChoose': 'Choisissez un département',
  'territory.departement.missing': 'Choisissez un département, ou un autre territoire.',

  'filters.legend': 'Quels lieux montrer d’abord ?',
  'filters.hint':
    'Ces filtres sont cochés au départ. Les habitants peuvent les changer. Ne cochez rien pour tout montrer.',
  'filters.more': 'Plus de filtres',
  'filter.services': 'Services',
  'filter.publics-specifiquement-adresses': 'Publics accueillis',
  'filter.frais-a-charge': 'Prix',
  'filter.prise-en-charge-specifique': 'Accueil adapté',
  'filter.modalites-acces': 'Comment y accéder',
  'filter.modalites-accompagnement': 'Type d’accompagnement',
  'filter.dispositif-programmes-nationaux': 'Programmes nationaux',
  'filter.formations-labels': 'Formations et labels',
  'filter.itinerance': 'Lieu fixe ou itinérant',
  'filter.openNow': 'Seulement les lieux ouverts maintenant',
  'radius.label': 'Distance de recherche autour d’une commune',
  'radius.km': '{count} km',
  'map.legend': 'Carte',
  'map.auto': 'Proposer la carte',
  'map.on': 'Montrer la carte dès le début',
  'map.off': 'Pas de carte',

  'quiz.label': 'Questionnaire',
  'quiz.competences-numeriques': 'Où en êtes-vous avec le numérique ?',
  'quiz.mes-demarches-en-ligne': 'Mes démarches en ligne',
  'orientation.legend': 'Pour qui ?',
  'orientation.citizen': 'Pour les habitants',
  'orientation.professional': 'Pour les professionnels (travailleurs sociaux, médiateurs)',

  'look.legend': 'Apparence et langue',
  'color.picker': 'Couleur principale (sélecteur)',
  'color.label': 'Couleur principale, en hexadécimal',
  'color.hint': 'Par exemple #0a6b7c. Laissez vide pour la couleur par défaut.',
  'color.contrast': 'Contraste du texte sur fond blanc : {ratio} pour 1 (au moins 4,5 pour 1 demandé).',
  'color.adjusted':
    'Cette couleur est trop claire pour du texte : l’outil utilisera {color}, plus foncée, du même ton.',
  'lang.label': 'Langue de l’outil',
  'lang.fr': 'Français',
  'lang.en': 'Anglais',

  'mode.legend': 'Comment l’ajouter à votre site ?',
  'mode.element': 'Code HTML',
  'mode.element.hint': 'Si votre site accepte le code HTML.',
  'mode.script': 'Une seule balise script',
  'mode.script.hint': 'Si votre site retire les balises qu’il ne connaît pas.',
  'mode.iframe': 'Iframe',
  'mode.iframe.hint': 'Si votre site n’accepte que les iframes.',

  'preview.title': 'Aperçu',
  'preview.note': 'L’aperçu se met à jour quand vous changez un réglage.',

  'snippet.title': 'Le code à copier',
  'snippet.label': 'Code à coller dans votre site',
  'snippet.remoteNote':
    'Ce code lit les réglages enregistrés sous « {id} ». Vous pourrez les changer ici sans toucher à votre site.',
  'snippet.blocked': 'Corrigez d’abord ce réglage pour obtenir le code :',
  'snippet.issue': '{attribute} : {reason}',
  copy: 'Copier le code',
  copied: 'Copié. Collez le code dans votre site.',
  copyFailed: 'La copie n’a pas marché. Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).',

  'save.title': 'Enregistrer comme configuration à distance',
  'save.intro':
    'Les réglages sont gardés sur le serveur. Votre site n’a plus qu’un identifiant : vous changerez les réglages ici, sans modifier votre site.',
  'save.partner': 'Identifiant de partenaire',
  'save.partnerHint': 'Donné par l’équipe qui gère le service, par exemple mairie-lille.',
  'save.token': 'Clé secrète du partenaire',
  'save.tokenHint': 'Cette page ne la garde pas.',
  'save.name': 'Nom de cette configuration',
  'save.nameHint': 'Lettres minuscules, chiffres et tirets, par exemple carte-accueil.',
  'save.id': 'Identifiant enregistré : {id}',
  'save.submit': 'Enregistrer',
  'save.saving': 'Enregistrement…',
  'save.done': 'Configuration enregistrée : {id}. Le code à copier l’utilise maintenant.',
  'save.useLocal': 'Revenir au code avec tous les réglages',
  'save.partner.invalid':
    'L’identifiant de partenaire contient seulement des lettres minuscules, des chiffres et des tirets.',
  'save.name.invalid': 'Le nom contient seulement des lettres minuscules, des chiffres et des tirets.',
  'save.required': 'Ce champ est obligatoire.',
  'save.requiredMark': '(obligatoire)',
  'save.errorTitle': 'La configuration n’est pas enregistrée.',
  'save.error.auth': 'L’identifiant de partenaire ou la clé secrète ne sont pas reconnus. Vérifiez-les.',
  'save.error.conflict': 'Ce nom est déjà pris par une autre configuration. Choisissez un autre nom.',
  'save.error.noClient': 'Ce configurateur n’est relié à aucun serveur : l’enregistrement est impossible.',
} as const;

/** The configurator's texts (French, the reference): the English ones have the same keys. */
export type ConfiguratorMessages = typeof fr;

/** A key of the configurator's texts. */
export type ConfiguratorMessageKey = keyof ConfiguratorMessages;

/** Fills a text of the configurator in `locale`. */
export const t = createTranslator({
  fr,
  // Fetched only for an English configurator.
  en: () => import('./configurator.messages.en.js').then((module) => module.en),
});
