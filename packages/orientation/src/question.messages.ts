import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/** Texts of the question screen of `<inclusion-orientation>`, loaded with it. Plain language: short sentences, everyday words, "vous". French is the reference. */
const fr = {
  'question.progress': 'Question {position} sur {total}',
  'question.step': 'Étape {position} sur {total} : {title}',
  'question.multiple': 'Vous pouvez choisir plusieurs réponses.',
  'question.required': 'Répondez à cette question pour continuer.',
  'question.missing': 'Choisissez une réponse pour continuer.',
  'question.next': 'Suivant',
  'question.skip': 'Passer cette question',
  'question.back': 'Retour',
  'question.backToEnd': 'Retour à l’aide proposée',
} as const;

const en: CatalogLike<typeof fr> = {
  'question.progress': 'Question {position} of {total}',
  'question.step': 'Step {position} of {total}: {title}',
  'question.multiple': 'You can choose several answers.',
  'question.required': 'Answer this question to go on.',
  'question.missing': 'Choose an answer to go on.',
  'question.next': 'Next',
  'question.skip': 'Skip this question',
  'question.back': 'Back',
  'question.backToEnd': 'Back to the help suggested',
};

/** Fills a text of the question screen in `locale`. */
export const qt = createTranslator({ fr, en });
