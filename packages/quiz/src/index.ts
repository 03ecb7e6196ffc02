/**
 * @inclusion-widgets/quiz: `<inclusion-quiz>`, an untimed self-assessment of digital skills. No side effects:
 * import `@inclusion-widgets/quiz/define.js` to register the element.
 *
 * @module
 */

export { InclusionQuiz } from './quiz.js';
export { nextTarget, quizRules, type NextTarget, type QuizConfig } from './attributes.js';
export { InclusionQuizCompleteEvent, type QuizCompleteArea } from './events.js';
export {
  clearProgress,
  progressKey,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type SavedProgress,
  type SavedScreen,
} from './storage.js';
