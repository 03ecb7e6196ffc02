import { createTranslator } from '@inclusion-widgets/core';

/**
 * Texts of `<inclusion-orientation>` up to the last question (the end screen and the orientation sheet have
 * theirs in `end.messages.ts`, loaded with them). French is the reference. Plain language: short sentences,
 * everyday words, "vous"; the `pro.` texts are the denser ones of `mode="professional"`.
 */
const fr = {
  loading: 'Chargement…',

  'start.questions': 'Environ {count} questions, une par écran.',
  'start.noTimer': 'Il n’y a pas de limite de temps. Vous pouvez revenir en arrière.',
  'start.private': 'Vos réponses restent sur cet appareil. Elles ne sont envoyées à personne.',
  'start.privateStats':
    'Vos réponses restent sur cet appareil. Seule l’aide proposée est comptée. Personne ne sait que c’est vous.',
  'start.quiz': 'Nous utiliserons aussi le résultat de votre questionnaire sur le numérique.',
  'start.begin': 'Commencer',
  'pro.start.intro':
    'Orientation d’un usager : environ {count} questions, puis une fiche à imprimer ou envoyer.',
  'pro.start.private': 'Rien n’est envoyé à un serveur. Les réponses restent dans ce navigateur.',

  'resume.started': 'Vous aviez commencé à répondre.',
  'resume.finished': 'Vous aviez déjà terminé.',
  'resume.continue': 'Reprendre',
  'resume.seeEnd': 'Revoir l’aide proposée',
  'resume.restart': 'Recommencer',

  'config.bothSources': 'utilisez flow ou src, pas les deux.',
  'config.quizResult':
    'ce n’est pas un résultat de questionnaire : il faut du JSON avec un « band » (debutant, intermediaire ou autonome).',
} as const;

/** The French texts, the reference: the English ones have the same keys. */
export type OrientationMessages = typeof fr;

/** Fills a text of the orientation in `locale`. */
export const t = createTranslator({
  fr,
  // Fetched only for an English widget.
  en: () => import('./orientation.messages.en.js').then((module) => module.en),
});
