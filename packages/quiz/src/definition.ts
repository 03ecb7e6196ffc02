/**
 * Loading a quiz definition from an address (`src`), then checking it: loaded with the quiz only when `src` is
 * used, since it carries the definition's schema. The API's quizzes (`quiz`) come through the client instead.
 */
import { html, type TemplateResult } from 'lit';
import {
  loadDefinitionFile,
  validateQuizDefinition,
  type Locale,
  type QuizDefinition,
  type InvalidDefinitionFile,
} from '@inclusion-widgets/core';
import { InclusionConfigErrorEvent, type Logger } from '@inclusion-widgets/ui';
import { t } from './quiz.messages.js';

/** A definition ready to use, with the address its relative image paths resolve against. */
export interface LoadedQuiz {
  readonly kind: 'quiz';
  readonly quiz: QuizDefinition;
  /** The address relative image paths resolve against. */
  readonly base: string;
}

/**
 * A definition that is not valid: where it came from and every problem, with its path in the file, and what shows
 * and reports them (here rather than in the quiz's element, which the first screen loads).
 */
export interface InvalidQuiz extends InvalidDefinitionFile {
  /** For the webmaster, in place of the quiz: each problem and its place in the file. */
  readonly render: (locale: Locale) => TemplateResult;
  /** Logs the problems and tells the page (`inclusion-config-error` on `host`), as for a wrong attribute. */
  readonly report: (host: HTMLElement, logger: Logger, locale: Locale) => void;
}

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
  if (file.kind === 'valid') return { kind: 'quiz', quiz: file.data, base: file.base };
  return {
    ...file,
    render: (locale) => renderInvalid(file, locale),
    report: (host, logger, locale) => reportInvalid(file, host, logger, locale),
  };
}

function renderInvalid(invalid: InvalidDefinitionFile, locale: Locale): TemplateResult {
  return html`<div part="source-error" class="config-error">
    <p class="title">${t(locale, 'source.title')}</p>
    <p>${t(locale, 'source.intro', { url: invalid.url })}</p>
    <ul>
      ${
        invalid.notJson
          ? html`<li>${t(locale, 'source.notJson')}</li>`
          : invalid.problems.map(
              (problem) =>
                html`<li><code>${problem.path || t(locale, 'source.file')}</code> — ${problem.message}</li>`,
            )
      }
    </ul>
  </div>`;
}

function reportInvalid(
  invalid: InvalidDefinitionFile,
  host: HTMLElement,
  logger: Logger,
  locale: Locale,
): void {
  const lines = invalid.notJson
    ? ['the file is not valid JSON']
    : invalid.problems.map((problem) => `${problem.path}: ${problem.message}`);
  logger.warn(`the quiz at ${invalid.url} is not valid:\n${lines.join('\n')}`);
  // A broken file is a mistake in `src`: the page hears of it as of any other attribute's.
  const reason = invalid.notJson
    ? t(locale, 'source.notJson')
    : invalid.problems.map((problem) => `${problem.path} — ${problem.message}`).join('; ');
  host.dispatchEvent(
    new InclusionConfigErrorEvent([{ attribute: 'src', value: host.getAttribute('src'), reason }]),
  );
}
