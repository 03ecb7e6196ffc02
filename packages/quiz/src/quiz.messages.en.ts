import type { CatalogLike } from '@inclusion-widgets/core';
import type { QuizMessages } from './quiz.messages.js';

/** The quiz's texts in English, imported only for an English quiz (see `quiz.messages.ts`). */
export const en: CatalogLike<QuizMessages> = {
  loading: 'Loading the quiz…',

  'start.questions': { one: '{count} question', other: '{count} questions' },
  'start.minutes': { one: 'About {count} minute', other: 'About {count} minutes' },
  'start.noTimer': 'There is no time limit. Take your time.',
  'start.private': 'Your answers stay on this device. They are sent to no one.',
  'start.privateStats':
    'Your answers stay on this device. Only your level is counted. No one knows it is you.',
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
  'question.required': 'Answer this question to go on.',
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
