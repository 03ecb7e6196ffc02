import type { ValidationProblem, ValidationResult } from '../schemas/issues.js';
import { HttpError, NetworkError, TimeoutError } from './errors.js';

/** A definition file, fetched and checked: its data and the address its relative paths resolve against. */
export interface ValidDefinitionFile<T> {
  readonly kind: 'valid';
  readonly data: T;
  /** The address relative paths (images) resolve against: the file's, after redirects. */
  readonly base: string;
}

/** A definition file that is not valid: where it came from and every problem, with its path in the file. */
export interface InvalidDefinitionFile {
  readonly kind: 'invalid';
  readonly url: string;
  /** The problems, each with its dotted path in the file (`questions.3.image.alt`). */
  readonly problems: readonly ValidationProblem[];
  /** Whether the file is not JSON at all (`problems` is then empty). */
  readonly notJson: boolean;
}

/** Time allowed to a definition file, in milliseconds. */
const timeout = 15_000;

/**
 * Fetches a quiz or orientation definition from an address (a widget's `src`, no cookies) and checks it with
 * `validate`. Rejects with the API client's errors when the file cannot be had (`NetworkError`, `TimeoutError`,
 * `HttpError`: the widget offers to try again), with the signal's reason when aborted; an invalid file resolves
 * with its problems.
 *
 * @example
 * const file = await loadDefinitionFile('https://example.org/quiz.fr.json', signal, validateQuizDefinition);
 * if (file.kind === 'invalid') console.table(file.problems);
 */
export async function loadDefinitionFile<T>(
  url: string,
  signal: AbortSignal,
  validate: (json: unknown) => ValidationResult<T>,
): Promise<ValidDefinitionFile<T> | InvalidDefinitionFile> {
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
  const result = validate(json);
  return result.success
    ? { kind: 'valid', data: result.data, base: response.url || url }
    : { kind: 'invalid', url, problems: result.problems, notJson: false };
}
