/**
 * Loading an orientation definition from an address (`src`), then checking it: loaded only when `src` is used,
 * since it carries the definition's schema. The API's orientations (`flow`) come through the client instead.
 */
import { html, type TemplateResult } from 'lit';
import {
  loadDefinitionFile,
  validateOrientationDefinition,
  type OrientationDefinition,
  type Locale,
  type InvalidDefinitionFile,
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
export type InvalidOrientation = InvalidDefinitionFile;

/** What loading a definition gives. */
export type LoadedDefinition = LoadedOrientation | InvalidOrientation;

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
  const file = await loadDefinitionFile(url, signal, validateOrientationDefinition);
  return file.kind === 'valid' ? { kind: 'orientation', orientation: file.data, base: file.base } : file;
}

/** Why a `src` definition is refused, in one line (for `inclusion-config-error`): its problems, or not JSON. */
export function invalidReason(invalid: InvalidOrientation, locale: Locale): string {
  return invalid.notJson
    ? dt(locale, 'source.notJson')
    : invalid.problems.map((problem) => `${problem.path} — ${problem.message}`).join('; ');
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
