import type { CatalogLike } from '@inclusion-widgets/core';
import type { OrientationMessages } from './orientation.messages.js';

/** The English texts of the orientation's first screens, imported only for an English widget (see `orientation.messages.ts`). */
export const en: CatalogLike<OrientationMessages> = {
  loading: 'Loading…',

  'start.questions': 'About {count} questions, one per screen.',
  'start.noTimer': 'There is no time limit. You can go back.',
  'start.private': 'Your answers stay on this device. They are sent to no one.',
  'start.privateStats':
    'Your answers stay on this device. Only the help suggested is counted. No one knows it is you.',
  'start.quiz': 'We will also use the result of your digital skills quiz.',
  'start.begin': 'Start',
  'pro.start.intro': 'Orienting a client: about {count} questions, then a sheet to print or send.',
  'pro.start.private': 'Nothing is sent to a server. The answers stay in this browser.',

  'resume.started': 'You had started to answer.',
  'resume.finished': 'You had already finished.',
  'resume.continue': 'Continue',
  'resume.seeEnd': 'See the help suggested again',
  'resume.restart': 'Start again',

  'config.bothSources': 'use flow or src, not both.',
  'config.quizResult':
    'this is not a quiz result: it must be JSON with a “band” (debutant, intermediaire or autonome).',
};
