import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

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
  'start.private': 'Vos réponses restent dans ce navigateur. Elles ne sont envoyées à personne.',
  'start.privateStats':
    'Vos réponses restent dans ce navigateur. Seul votre niveau est compté, sans rien qui dise qui vous êtes.',
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
  'question.required': 'Une réponse est nécessaire pour continuer.',
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

const en: CatalogLike<typeof fr> = {
  loading: 'Loading the quiz…',

  'start.questions': { one: '{count} question', other: '{count} questions' },
  'start.minutes': { one: 'About {count} minute', other: 'About {count} minutes' },
  'start.noTimer': 'There is no time limit. Take your time.',
  'start.private': 'Your answers stay in this browser. They are sent to no one.',
  'start.privateStats':
    'Your answers stay in this browser. Only your level is counted, with nothing that says who you are.',
  'start.begin': 'Start',

  'resume.started': {
    one: 'You have already answered {count} question.',
    other: 'You have already answered {count} questions.',
  },
  'resume.finished': 'You have already finished this quiz.',
  'resume.continue': 'Continue',
  'resume.seeResult': 'See my result again',
  'resume.restart': 'Start again',

  'question.progress': 'Question {position} of {total}',
  'question.multiple': 'You can choose several answers.',
  'question.required': 'An answer is needed to go on.',
  'question.missing': 'Choose an answer to go on.',
  'question.next': 'Next',
  'question.skip': 'Skip this question',
  'question.back': 'Back',
  'question.backToReview': 'Back to my answers',
  'question.listen': 'Listen to the question',
  'question.stopListening': 'Stop reading',
  'question.choicesIntro': 'The possible answers are:',

  'source.title': 'This quiz cannot be shown.',
  'source.intro': 'The file {url} has errors. The person who runs this site can fix them:',
  'source.notJson': 'this file is not valid JSON.',
  'source.file': '(the file)',

  'config.next':
    '“{value}” is neither an http or https web address, nor # and the id of an element of the page.',
  'config.source': 'add the attribute quiz (the id of a quiz) or src (the address of its file).',
  'config.bothSources': 'use quiz or src, not both.',
  'config.api': 'this attribute is required with quiz: the address of the API that serves the quiz.',
};

/** Fills a text of the quiz in `locale`. */
export const t = createTranslator({ fr, en });
