/**
 * @inclusion-widgets/content: the quiz (and, later, orientation) definitions shipped with the project, as
 * written in `quiz/<id>.<locale>.json`. The API serves these files; this module exports them for tests,
 * stories and the demo. Validate or parse them with `@inclusion-widgets/core`'s schemas before use (the tests
 * of this package do it for every file).
 *
 * @module
 */

import type { Locale, QuizDefinitionInput } from '@inclusion-widgets/core';
import competencesNumeriquesEn from '../quiz/competences-numeriques.en.json' with { type: 'json' };
import competencesNumeriquesFr from '../quiz/competences-numeriques.fr.json' with { type: 'json' };
import mesDemarchesEnLigneEn from '../quiz/mes-demarches-en-ligne.en.json' with { type: 'json' };
import mesDemarchesEnLigneFr from '../quiz/mes-demarches-en-ligne.fr.json' with { type: 'json' };

/** The ids of the quizzes shipped. */
export const quizIds = ['competences-numeriques', 'mes-demarches-en-ligne'] as const;

/** The id of a quiz shipped. */
export type QuizId = (typeof quizIds)[number];

/**
 * Every quiz shipped, by id, in each locale, as written in JSON (defaults left out). JSON carries no literal
 * types, so the files are typed here as definitions; the tests validate each of them.
 *
 * @example
 * import { quizDefinitions } from '@inclusion-widgets/content';
 * const quiz = quizDefinitionSchema.parse(quizDefinitions['competences-numeriques'].en);
 */
export const quizDefinitions: Readonly<Record<QuizId, Readonly<Record<Locale, QuizDefinitionInput>>>> = {
  'competences-numeriques': {
    fr: competencesNumeriquesFr as QuizDefinitionInput,
    en: competencesNumeriquesEn as QuizDefinitionInput,
  },
  'mes-demarches-en-ligne': {
    fr: mesDemarchesEnLigneFr as QuizDefinitionInput,
    en: mesDemarchesEnLigneEn as QuizDefinitionInput,
  },
};
