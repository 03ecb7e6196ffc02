import { css, html, type TemplateResult } from 'lit';
import { isInclusionError, translate, type Locale } from '@inclusion-widgets/core';
import type { AttributeIssue } from './attributes.js';

/**
 * The two problem states every widget shares: a configuration error shown in place of the widget (for the
 * webmaster), and an API error with a retry button (for the citizen). `InclusionElement` uses the first and
 * offers the second as `renderProblem()`; these styles are always part of a widget's styles.
 */

/**
 * The readable panel shown instead of a widget whose attributes are invalid. Static text, not an alert: it
 * is there from the start, and reading order reaches it like any content.
 *
 * @example
 * html`${renderConfigError(issues, 'fr')}`;
 */
export function renderConfigError(issues: readonly AttributeIssue[], locale: Locale): TemplateResult {
  return html`
    <div part="config-error" class="config-error">
      <p class="title">${translate(locale, 'config.title')}</p>
      <p>${translate(locale, 'config.intro')}</p>
      <ul>
        ${issues.map(
          (issue) =>
            html`<li>
              ${translate(locale, 'config.attribute', { attribute: issue.attribute, reason: issue.reason })}
            </li>`,
        )}
      </ul>
    </div>
  `;
}

/**
 * The notice shown above a widget that works on without some invalid attributes (`recoverable()` rules):
 * what is ignored and why, for the webmaster; a note, not an alert.
 *
 * @example
 * html`${renderConfigNotice(issues, 'fr')}${content}`;
 */
export function renderConfigNotice(issues: readonly AttributeIssue[], locale: Locale): TemplateResult {
  return html`
    <div part="config-notice" class="config-notice">
      <p>${translate(locale, 'config.noticeTitle', { count: issues.length })}</p>
      <ul>
        ${issues.map(
          (issue) =>
            html`<li>
              ${translate(locale, 'config.attribute', { attribute: issue.attribute, reason: issue.reason })}
            </li>`,
        )}
      </ul>
    </div>
  `;
}

/**
 * An API error for the citizen: the error's plain-language message (from `userMessage(locale)` for the API
 * client's errors, a generic one otherwise) and a "Try again" button calling `retry`, announced as an alert
 * since it replaces content after a load.
 *
 * @example
 * this.task.render({ error: (error) => renderProblem(error, this.locale, () => this.task.run()) });
 */
export function renderProblem(error: unknown, locale: Locale, retry?: () => void): TemplateResult {
  const message = isInclusionError(error) ? error.userMessage(locale) : translate(locale, 'error.unknown');
  const canRetry = retry !== undefined && (!isInclusionError(error) || error.retryable !== false);
  return html`
    <div part="problem" class="problem" role="alert">
      <p>${message}</p>
      ${
        canRetry
          ? html`<button type="button" part="retry-button" class="primary" @click=${retry}>
              ${translate(locale, 'action.retry')}
            </button>`
          : null
      }
    </div>
  `;
}

/** Styles of the configuration error panel and the API error box. */
export const problemStyles = css`
  .config-error,
  .problem {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }

  .config-error p,
  .problem p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  .config-notice {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .config-notice p,
  .config-notice ul {
    margin: 0;
  }

  .config-notice ul {
    padding-inline-start: 1.25em;
  }

  .config-error .title {
    font-weight: 700;
  }

  .config-error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .problem button {
    margin-top: calc(var(--_space) / 2);
  }
`;
