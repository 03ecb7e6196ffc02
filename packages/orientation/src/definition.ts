/**
 * Loading an orientation definition from an address (`src`), then checking it: loaded only when `src` is used,
 * since it carries the definition's schema. The API's orientations (`flow`) come through the client instead.
 */
import { html, type TemplateResult } from 'lit';
import {
  HttpError,
  NetworkError,
  TimeoutError,
  validateOrientationDefinition,
  type OrientationDefinition,
  type Locale,
  type ValidationProblem,
} from '@inclusion-widgets/core';
import { dt } from './definition.messages.js';

/** A definition ready to use, with the address its relative image paths resolve against. */
export interface LoadedOrientation {
  readonly kind: 'orientation';
  readonly orientation: OrientationDefinition;
  /** The address relative image paths resolve against. */
  readonly base: string;
}

/** A definition that is not valid: where it came from and every problem, with its path in the file. */
export interface InvalidOrientation {
  readonly kind: 'invalid';
  readonly url: string;
  /** The problems, each with its dotted path in the file (`questions.3.image.alt`). */
  readonly problems: readonly ValidationProblem[];
  /** Whether the file is not JSON at all (`problems` is then empty). */
  readonly notJson: boolean;
}

/** What loading a definition gives. */
export type LoadedDefinition = LoadedOrientation | InvalidOrientation;

/** Time allowed to the file, in milliseconds. */
const timeout = 15_000;

/**
 * Fetches a definition (no cookies) and checks it with `validateOrientationDefinition`. Rejects with the API client's
 * errors when the file cannot be had (`NetworkError`, `TimeoutError`, `HttpError`: the widget offers to try
 * again), with the signal's reason when aborted; an invalid file resolves with its problems.
 *
 * @example
 * const loaded = await loadDefinition('https://example.org/orientation.fr.json', signal);
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
  const result = validateOrientationDefinition(json);
  return result.success
    ? { kind: 'orientation', orientation: result.data, base: response.url || url }
    : { kind: 'invalid', url, problems: result.problems, notJson: false };
}

/**
 * For the webmaster: a `src` definition that is not valid, with each problem and its place in the file.
 *
 * @example
 * html`${renderInvalid(loaded, 'fr')}`;
 */
export function renderInvalid(invalid: InvalidOrientation, locale: Locale): TemplateResult {
  return html`<div part="source-error" class="config-error">
    <p class="title">${dt(locale, 'source.title')}</p>
    <p>${dt(locale, 'source.intro', { url: invalid.url })}</p>
    <ul>
      ${
        invalid.notJson
          ? html`<li>${dt(locale, 'source.notJson')}</li>`
          : invalid.problems.map(
              (problem) =>
                html`<li><code>${problem.path || dt(locale, 'source.file')}</code> — ${problem.message}</li>`,
            )
      }
    </ul>
  </div>`;
}
