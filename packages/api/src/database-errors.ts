/**
 * The database cannot be reached right now (server stopped, restarting, connection cut, pool closed): the request
 * itself is fine and the same request may succeed in a few seconds. The app answers `503` with `Retry-After`
 * instead of `500`. The driver's error is kept as `cause`, for the log.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Node's socket errors when the server is not there or went away. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);

/**
 * SQLSTATEs of a server that is unavailable rather than of a wrong statement: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, recovering),
 * 53300 too_many_connections.
 */
const unavailableStates = /^(?:08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Messages of `pg` and `pg-pool` errors that carry no code. */
const unavailableMessages = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /^PGlite is clos(?:ed|ing)/i,
];

/**
 * Whether an error (or one of its causes) says the database is unreachable, as opposed to a failing statement.
 *
 * @example
 * isUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })); // true
 * isUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' })); // false
 */
export function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseUnavailableError) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isUnavailable(inner)))
      return true;
    const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
    if (code !== undefined && (socketCodes.has(code) || unavailableStates.test(code))) return true;
    if (unavailableMessages.some((pattern) => pattern.test(current instanceof Error ? current.message : '')))
      return true;
    current = current.cause;
  }
  return false;
}

/** `error` as a `DatabaseUnavailableError` when it says the database is unreachable, unchanged otherwise. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || !isUnavailable(error)) return error;
  const message = error instanceof Error && error.message ? error.message : String(error);
  return new DatabaseUnavailableError(`The database is unavailable: ${message}`, { cause: error });
}
