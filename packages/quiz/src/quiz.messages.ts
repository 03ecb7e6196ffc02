import { createTranslator } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-quiz>` up to the last question (the review and the result have theirs in
 * `result.messages.ts`, loaded with them). French is the reference. Plain language: short sentences, everyday
 * words, "vous".
 */
const fr = {
  loading: 'Chargement du questionnaire…',

  'start.questions': { one: '{count} question', other: '{count} questions' },
  'start.minutes': { one: 'Environ {count} minute', other: 'Environ {count} minutes' },
  'start.noTimer': 'Il n’y a pas de limite de temps. Prenez votre temps.',
  'start.private': 'Vos réponses restent sur cet appareil. Elles ne sont envoyées à personne.',
  'start.privateStats':
    'Vos réponses restent sur cet appareil. Seul votre niveau est compté. Personne ne sait que c’est vous.',
  'start.begin': 'Commencer',

  'resume.started': {
    one: 'Vous avez déjà répondu à {count} question.',
    other: 'Vous avez déjà répondu à {count} questions.',
  },
  'resume.finished': 'Vous avez déjà terminé ce questionnaire.',
  'resume.continue': 'Reprendre',
  'resume.seeResult': 'Revoir mon résultat',
  'resume.restart': 'Recommencer',

  'question.progress': 'Question {position} sur {total}',
  'question.multiple': 'Vous pouvez choisir plusieurs réponses.',
  'question.required': 'Répondez à cette question pour continuer.',
  'question.missing': 'Choisissez une réponse pour continuer.',
  'question.next': 'Suivant',
  'question.skip': 'Passer cette question',
  'question.back': 'Retour',
  'question.backToReview': 'Retour à mes réponses',
  'question.listen': 'Écouter la question',
  'question.stopListening': 'Arrêter la lecture',
  'question.choicesIntro': 'Les réponses possibles sont :',

  'source.title': 'Ce questionnaire ne peut pas s’afficher.',
  'source.intro': 'Le fichier {url} contient des erreurs. La personne qui gère ce site peut les corriger :',
  'source.notJson': 'ce fichier n’est pas du JSON valide.',
  'source.file': '(le fichier)',

  'config.next':
    '« {value} » n’est ni une adresse web en http ou https, ni # suivi de l’id d’un élément de la page.',
  'config.source':
    'ajoutez l’attribut quiz (l’identifiant d’un questionnaire) ou src (l’adresse de son fichier).',
  'config.bothSources': 'utilisez quiz ou src, pas les deux.',
  'config.api': 'cet attribut est obligatoire avec quiz : l’adresse de l’API qui sert le questionnaire.',
} as const;

/** The quiz's texts (French, the reference): the English ones have the same keys. */
export type QuizMessages = typeof fr;

/** Fills a text of the quiz in `locale`. */
export const t = createTranslator({
  fr,
  // Fetched only for an English quiz.
  en: () => import('./quiz.messages.en.js').then((module) => module.en),
});
