// Registers <inclusion-quiz>. The one module of the package with side effects; `index.ts` exports the class
// without registering it.
import { define } from '@inclusion-widgets/ui';
import { InclusionQuiz } from './quiz.js';
import { version } from './version.js';

define('inclusion-quiz', InclusionQuiz, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-quiz': InclusionQuiz;
  }
}
