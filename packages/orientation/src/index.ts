/**
 * @inclusion-widgets/orientation: `<inclusion-orientation>`, an orientation assistant for the three levels of
 * help. No side effects: import `@inclusion-widgets/orientation/define.js` to register the element.
 *
 * @module
 */

export { InclusionOrientation } from './orientation.js';
export { defaultFlow, orientationRules, quizResult, type OrientationConfig } from './attributes.js';
export { InclusionOrientationCompleteEvent, InclusionOrientationStepEvent } from './events.js';
export {
  clearProgress,
  progressKey,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type SavedProgress,
  type SavedScreen,
} from './storage.js';
