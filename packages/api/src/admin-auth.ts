// The operator's routes (`/v1/admin/…`): a bearer token, `ADMIN_TOKEN`, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { problemResponse } from './problem.js';

/** Whether two secrets are equal, in a time that does not depend on where they differ (nor on their lengths). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Checks the `Authorization: Bearer <ADMIN_TOKEN>` of an operator's request. Returns the refusal to send, or
 * `undefined` when the request may go on: 404 when the server has no `ADMIN_TOKEN` (`disabled` says what to use
 * instead), 401 with `WWW-Authenticate` when the header is missing or the token wrong.
 *
 * @example
 * const refusal = checkAdminToken(c, adminToken, 'Import through the API is disabled: …');
 * if (refusal) return refusal;
 */
export function checkAdminToken(
  c: Context,
  adminToken: string | undefined,
  disabled: string,
): Response | undefined {
  if (!adminToken) return problemResponse({ status: 404, detail: disabled });
  const authorization = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match?.[1] && sameSecret(match[1], adminToken)) return undefined;
  return problemResponse(
    {
      status: 401,
      title: 'Unauthorized',
      detail: match
        ? 'The token in the Authorization header is not the admin token.'
        : 'This route needs the header Authorization: Bearer <admin token>.',
    },
    { 'WWW-Authenticate': 'Bearer realm="inclusion-widgets admin"' },
  );
}
