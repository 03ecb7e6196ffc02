import type * as z from 'zod/mini';
import type { MessageKey } from '../i18n/catalog.fr.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { Problem } from '../schemas/problem.js';

/** What went wrong with a request to the API. */
export const inclusionErrorKinds = ['network', 'timeout', 'http', 'invalid-response'] as const;

/** What went wrong: no connection, no answer in time, an HTTP error status, or a body that is not the contract. */
export type InclusionErrorKind = (typeof inclusionErrorKinds)[number];

/** Marks errors of this library across copies of it on one page (where `instanceof` fails). */
const brand: unique symbol = Symbol.for('inclusion-widgets.InclusionError') as never;

/**
 * An error of the API client. `message` and `details` are for developers (the URL, the status, the problem
 * document, the invalid paths); `userMessage(locale)` is for citizens; `retryable` says whether trying again
 * later can help (and so whether to show a "Try again" button).
 *
 * Aborts by the caller are not `InclusionError`s: they reject with the signal's reason, an `AbortError`.
 */
export abstract class InclusionError extends Error {
  /** What went wrong. */
  abstract readonly kind: InclusionErrorKind;
  /** Whether trying again later can help. */
  abstract readonly retryable: boolean;
  /** The requested URL. */
  readonly url: string;
  /** Developer-facing explanation, one fact a line: URL, status, problem title and detail, invalid paths. */
  readonly details: string;
  readonly [brand] = true;

  constructor(message: string, url: string, detailLines: readonly string[], options?: { cause?: unknown }) {
    super(message, options);
    this.url = url;
    this.details = [`URL: ${url}`, ...detailLines].join('\n');
  }

  /** A plain-language message for citizens, in `locale`. */
  userMessage(locale: Locale): string {
    return translate(locale, this.messageKey());
  }

  /** The catalog key of the message for citizens. */
  protected abstract messageKey(): MessageKey;
}

/** The API could not be reached (offline, DNS, CORS, connection reset). */
export class NetworkError extends InclusionError {
  readonly kind = 'network';
  readonly retryable = true;

  constructor(init: { url: string; cause?: unknown }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause ?? 'unknown');
    super(`Network error on GET ${init.url}: ${reason}`, init.url, [`Cause: ${reason}`], {
      cause: init.cause,
    });
    this.name = 'NetworkError';
  }

  protected messageKey(): MessageKey {
    return 'error.network';
  }
}

/** The API did not answer (headers and body) within the client's timeout. */
export class TimeoutError extends InclusionError {
  readonly kind = 'timeout';
  readonly retryable = true;
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;

  constructor(init: { url: string; timeout: number }) {
    super(`No answer within ${init.timeout} ms from GET ${init.url}`, init.url, [
      `Timeout: ${init.timeout} ms`,
    ]);
    this.name = 'TimeoutError';
    this.timeout = init.timeout;
  }

  protected messageKey(): MessageKey {
    return 'error.timeout';
  }
}

/** The API answered with an error status; `problem` is its problem document when it sent a valid one. */
export class HttpError extends InclusionError {
  readonly kind = 'http';
  readonly retryable: boolean;
  /** The HTTP status. */
  readonly status: number;
  /** The parsed `application/problem+json` body, if any. */
  readonly problem: Problem | undefined;

  constructor(init: { url: string; status: number; statusText?: string; problem?: Problem }) {
    const { url, status, problem } = init;
    const statusLine = `${status}${init.statusText ? ` ${init.statusText}` : ''}`;
    const lines = [`Status: ${statusLine}`];
    if (problem) {
      lines.push(`Problem: ${problem.title}${problem.type !== 'about:blank' ? ` (${problem.type})` : ''}`);
      if (problem.detail) lines.push(`Detail: ${problem.detail}`);
      for (const error of problem.errors ?? []) lines.push(`${error.path || '(root)'}: ${error.message}`);
    }
    const summary = problem ? `: ${problem.detail ?? problem.title}` : '';
    super(`GET ${url} failed with ${statusLine}${summary}`, url, lines);
    this.name = 'HttpError';
    this.status = status;
    this.problem = problem;
    // Server errors, rate limiting and request timeouts may pass; other client errors will not.
    this.retryable = status >= 500 || status === 429 || status === 408;
  }

  // A 400's problem detail is for developers (in `message` and `details`), not shown to citizens.
  protected messageKey(): MessageKey {
    if (this.status === 400) return 'error.badRequest';
    if (this.status >= 500) return 'error.server';
    if (this.status === 404 || this.status === 410) return 'error.notFound';
    if (this.status === 429) return 'error.rateLimited';
    if (this.status === 408) return 'error.timeout';
    return 'error.unknown';
  }
}

/** The API answered 2xx with a body that is not JSON or does not match the contract's schema. */
export class InvalidResponseError extends InclusionError {
  readonly kind = 'invalid-response';
  // Not retried at once by the client (the same answer would come back), but later it may be right: a proxy's or
  // a captive portal's page, a deployment half done. The message says "try again later": the button is offered.
  readonly retryable = true;
  /** The schema's issues (empty when the body is not JSON at all). */
  readonly issues: readonly z.core.$ZodIssue[];

  /**
   * `lines`: the issues in words (`formatIssues(issues)`), given by the caller, which has the schemas' module at
   * hand when a body is refused: this class is in every widget's first screen, the formatting is not.
   */
  constructor(init: {
    url: string;
    issues?: readonly z.core.$ZodIssue[];
    lines?: readonly string[];
    reason?: string;
    cause?: unknown;
  }) {
    const issues = init.issues ?? [];
    const lines = init.lines ?? [];
    const reason =
      init.reason ?? `the body does not match the API contract (${issues.length || lines.length} problem(s))`;
    super(`Invalid response from GET ${init.url}: ${reason}`, init.url, [`Reason: ${reason}`, ...lines], {
      cause: init.cause,
    });
    this.name = 'InvalidResponseError';
    this.issues = issues;
  }

  protected messageKey(): MessageKey {
    return 'error.invalidResponse';
  }
}

/**
 * Whether a value is an error of the API client, also when it comes from another copy of this library.
 *
 * @example
 * catch (error) { message = isInclusionError(error) ? error.userMessage('fr') : translate('fr', 'error.unknown'); }
 */
export function isInclusionError(value: unknown): value is InclusionError {
  return (
    value instanceof InclusionError ||
    (typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true)
  );
}

/**
 * Whether a value is the rejection of an aborted request (a `DOMException` named `AbortError`), which
 * callers such as Lit's `Task` ignore.
 *
 * @example
 * catch (error) { if (isAbortError(error)) return; throw error; }
 */
export function isAbortError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}
