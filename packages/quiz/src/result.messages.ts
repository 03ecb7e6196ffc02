import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * Texts of the review and the result of `<inclusion-quiz>`, loaded with them. French is the reference. Plain
 * language: short sentences, everyday words, "vous".
 */
const fr = {
  'review.title': 'Vérifiez vos réponses',
  'review.intro': 'Vous pouvez changer une réponse avant de voir votre résultat.',
  'review.none': 'Pas de réponse',
  'review.needed': 'Répondez à cette question.',
  'review.edit': 'Modifier',
  'review.editSuffix': ' : {question}',
  'review.back': 'Retour',
  'review.finish': 'Voir mon résultat',

  'result.title': 'Votre résultat',
  'result.capped':
    'Votre réponse à une question importante n’était pas juste. C’est pourquoi votre niveau est moins haut.',
  'result.known': 'Ce que vous savez déjà',
  'result.learn': 'Ce que vous pouvez apprendre',
  'result.nextSteps': 'Et maintenant ?',
  'result.nextText': 'Des lieux près de chez vous peuvent vous aider.',
  'result.findPlace': 'Trouver un lieu d’aide près de chez vous',
  'result.handOverFinder': 'Voir les lieux qui peuvent vous aider',
  'result.handOverOrientation': 'Continuer pour trouver la bonne aide',
  'result.print': 'Imprimer mon résultat',
  'result.restart': 'Recommencer le questionnaire',

  'chart.caption': 'Votre résultat par domaine',
  'chart.area': 'Domaine',
  'chart.score': 'Résultat',
  'chart.band': 'Niveau',
  'chart.notAssessed': 'Pas évalué',
  'band.debutant': 'Débutant',
  'band.intermediaire': 'Intermédiaire',
  'band.autonome': 'Autonome',
} as const;

const en: CatalogLike<typeof fr> = {
  'review.title': 'Check your answers',
  'review.intro': 'You can change an answer before you see your result.',
  'review.none': 'No answer',
  'review.needed': 'Answer this question.',
  'review.edit': 'Change',
  'review.editSuffix': ': {question}',
  'review.back': 'Back',
  'review.finish': 'See my result',

  'result.title': 'Your result',
  'result.capped': 'Your answer to an important question was not right. That is why your level is lower.',
  'result.known': 'What you already know',
  'result.learn': 'What you can learn next',
  'result.nextSteps': 'What next?',
  'result.nextText': 'Places near you can help you.',
  'result.findPlace': 'Find a place that helps, near you',
  'result.handOverFinder': 'See the places that can help you',
  'result.handOverOrientation': 'Go on to find the right help',
  'result.print': 'Print my result',
  'result.restart': 'Take the quiz again',

  'chart.caption': 'Your result by area',
  'chart.area': 'Area',
  'chart.score': 'Result',
  'chart.band': 'Level',
  'chart.notAssessed': 'Not assessed',
  'band.debutant': 'Beginner',
  'band.intermediaire': 'Intermediate',
  'band.autonome': 'Autonomous',
};

/** Fills a text of the quiz's review or result in `locale`. */
export const rt = createTranslator({ fr, en });
