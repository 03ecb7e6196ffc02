/**
 * Loading a quiz definition from an address (`src`), then checking it: loaded with the quiz only when `src` is
 * used, since it carries the definition's schema. The API's quizzes (`quiz`) come through the client instead.
 */
import {
  HttpError,
  NetworkError,
  TimeoutError,
  validateQuizDefinition,
  type QuizDefinition,
  type ValidationProblem,
} from '@inclusion-widgets/core';

/** A definition ready to use, with the address its relative image paths resolve against. */
export interface LoadedQuiz {
  readonly kind: 'quiz';
  readonly quiz: QuizDefinition;
  /** The address relative image paths resolve against. */
  readonly base: string;
}

/** A definition that is not valid: where it came from and every problem, with its path in the file. */
export interface InvalidQuiz {
  readonly kind: 'invalid';
  readonly url: string;
  /** The problems, each with its dotted path in the file (`questions.3.image.alt`). */
  readonly problems: readonly ValidationProblem[];
  /** Whether the file is not JSON at all (`problems` is then empty). */
  readonly notJson: boolean;
}

/** What loading a definition gives. */
export type LoadedDefinition = LoadedQuiz | InvalidQuiz;

/** Time allowed to the file, in milliseconds. */
const timeout = 15_000;

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
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const stop = () => timer.abort();
  signal.addEventListener('abort', stop, { once: true });
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal: timer.signal,
    });
    text = await response.text();
  } catch (cause) {
    signal.throwIfAborted();
    if (timer.signal.aborted) throw new TimeoutError({ url, timeout });
    throw new NetworkError({ url, cause });
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', stop);
  }
  if (!response.ok) throw new HttpError({ url, status: response.status, statusText: response.statusText });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', url, problems: [], notJson: true };
  }
  const result = validateQuizDefinition(json);
  return result.success
    ? { kind: 'quiz', quiz: result.data, base: response.url || url }
    : { kind: 'invalid', url, problems: result.problems, notJson: false };
}
