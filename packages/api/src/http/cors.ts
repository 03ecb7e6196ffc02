import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the API. Widgets run on any partner's site and nothing is tied to cookies, so every origin may call,
 * without credentials: GET is open, and POST too — a POST from an origin outside `CORS_ORIGINS` is not refused
 * but counted against a smaller rate limit (see `rateLimit`). PUT is for a partner's tools (the configurator saving
 * a configuration), always with a bearer token, never a cookie: no cross-site forgery to fear. Headers a widget may
 * need to read are exposed.
 */
export function apiCors(): MiddlewareHandler {
  return cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['ETag', 'Retry-After'],
    maxAge: 86_400,
  });
}

/**
 * Whether a request's `Origin` is one of the configured origins (`*` in the list matches any origin, but not a
 * request without an `Origin` header). Origins are compared without a trailing slash, case-insensitively.
 */
export function isConfiguredOrigin(origin: string | undefined, configured: readonly string[]): boolean {
  if (!origin) return false;
  const normalised = origin.replace(/\/+$/, '').toLowerCase();
  return configured.some((item) => item === '*' || item.replace(/\/+$/, '').toLowerCase() === normalised);
}
