import type * as z from 'zod/mini';

/** A validation problem in plain words, at a dotted path (`items.0.services.0`); `''` is the root. */
export interface ValidationProblem {
  /** Dotted path of the value, array indexes as numbers; `''` for the whole document. */
  readonly path: string;
  /** What is wrong, for a developer or a content author. */
  readonly message: string;
}

/** The message zod/mini gives when no locale is loaded and a schema sets no message of its own. */
const genericMessage = 'Invalid input';

/**
 * Joins a zod issue path into the dotted form used in every problem report.
 *
 * @example
 * formatPath(['items', 0, 'services', 0]); // 'items.0.services.0'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key))).join('.');
}

/**
 * Turns zod issues into readable problems. Explicit messages of the schemas are kept; zod/mini's generic
 * "Invalid input" is replaced by a description built from the issue (expected type, allowed values, bounds),
 * so that no locale bundle is needed. Parse with `{ reportInput: true }` to also name the received value.
 *
 * @example
 * toProblems(lieuSchema.safeParse(body, { reportInput: true }).error?.issues ?? []);
 * // [{ path: 'services.0', message: 'unknown services slug "cours"' }]
 */
export function toProblems(issues: readonly z.core.$ZodIssue[]): ValidationProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

/**
 * Formats zod issues as `path: message` lines, for error details and logs.
 *
 * @example
 * formatIssues(result.error.issues); // ['items.0.services.0: unknown services slug "cours"']
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return toProblems(issues).map(formatProblem);
}

/**
 * Formats one problem as a `path: message` line (`(root)` for the whole document).
 *
 * @example
 * formatProblem({ path: 'limit', message: 'must be at most 100' }); // 'limit: must be at most 100'
 */
export function formatProblem(problem: ValidationProblem): string {
  return `${problem.path || '(root)'}: ${problem.message}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== genericMessage) return issue.message;
  const received = 'input' in issue ? `, received ${describeValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined
        ? `required (${issue.expected})`
        : `expected ${issue.expected}${received}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => describeValue(value)).join(' or ')}${received}`;
    case 'invalid_format':
      return `invalid ${issue.format}${received}`;
    case 'too_small':
      return `${boundSubject(issue.origin)} ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return `${boundSubject(issue.origin)} ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid element';
    default:
      return 'invalid value';
  }
}

function boundSubject(origin: string): string {
  switch (origin) {
    case 'array':
    case 'set':
      return 'must have';
    case 'string':
      return 'length must be';
    default:
      return 'must be';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The outcome of a validation: the parsed value, or every problem found. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly problems: readonly ValidationProblem[] };
