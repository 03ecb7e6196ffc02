/**
 * Loading a quiz definition from an address (`src`), then checking it: loaded with the quiz only when `src` is
 * used, since it carries the definition's schema. The API's quizzes (`quiz`) come through the client instead.
 */
import {
  loadDefinitionFile,
  validateQuizDefinition,
  type QuizDefinition,
  type InvalidDefinitionFile,
} from '@inclusion-widgets/core';

/** A definition ready to use, with the address its relative image paths resolve against. */
export interface LoadedQuiz {
  readonly kind: 'quiz';
  readonly quiz: QuizDefinition;
  /** The address relative image paths resolve against. */
  readonly base: string;
}

/** A definition that is not valid: where it came from and every problem, with its path in the file. */
export type InvalidQuiz = InvalidDefinitionFile;

/** What loading a definition gives. */
export type LoadedDefinition = LoadedQuiz | InvalidQuiz;

/**
 * Fetches a definition (no cookies) and checks it with `validateQuizDefinition`. Rejects with the API client's
 * errors when the file cannot be had (`NetworkError`, `TimeoutError`, `HttpError`: the quiz offers to try
 * again), with the signal's reason when aborted; an invalid file resolves with its problems.
 *
 * @example
 * const loaded = await loadDefinition('https://example.org/quiz.fr.json', signal);
 * if (loaded.kind === 'invalid') console.table(loaded.problems);
 */
export async function loadDefinition(url: string, signal: AbortSignal): Promise<LoadedDefinition> {
  const file = await loadDefinitionFile(url, signal, validateQuizDefinition);
  return file.kind === 'valid' ? { kind: 'quiz', quiz: file.data, base: file.base } : file;
}
