import type { Hono } from 'hono';
import { bodyLimits, defaultBodyLimits } from './body-limit.js';
import type { BodyLimits } from './body-limit.js';
import { cacheControl } from './cache-control.js';
import { apiCors } from './cors.js';
import { defaultRateLimits, rateLimit } from './rate-limit.js';
import type { RateLimits } from './rate-limit.js';
import { representation } from './representation.js';
import { defaultResponseCache, responseCache } from './response-cache.js';
import type { ResponseCacheOptions } from './response-cache.js';

export { acceptedEncoding } from './representation.js';
export { defaultBodyLimits, formatBytes } from './body-limit.js';
export type { BodyLimits } from './body-limit.js';
export { cacheControlDefaults, defaultCacheControl } from './cache-control.js';
export { defaultRateLimits } from './rate-limit.js';
export { defaultResponseCache, sharedMaxAge } from './response-cache.js';
export type { ResponseCacheOptions } from './response-cache.js';
export type { RateLimits } from './rate-limit.js';

/** HTTP behaviour settings (from `CORS_ORIGINS`, `TRUST_PROXY`, `RATE_LIMIT_*`, `BODY_LIMIT_*`). */
export interface HttpOptions {
  /** Origins whose POSTs get the normal rate limit; `['*']` (the default) for every origin. */
  corsOrigins?: readonly string[];
  /** Proxies in front of the server that append to `X-Forwarded-For`; 0 (the default) trusts none. */
  trustedProxies?: number;
  /** Requests per minute and per client IP; 0 turns a limit off. */
  rateLimits?: Partial<RateLimits>;
  /** Body size limits in bytes. */
  bodyLimits?: Partial<BodyLimits>;
  /** The in-process cache of public answers; off unless given (`readHttpConfig` turns it on for the server). */
  responseCache?: Partial<ResponseCacheOptions>;
}

/** Whether a path is one of the API's (rate-limited, CORS): `/health`, `/v1/…`. */
function isApi(path: string): boolean {
  return path === '/health' || path === '/v1' || path.startsWith('/v1/');
}

/**
 * Installs the HTTP behaviour shared by every route, before the routes: CORS and rate limiting on the API, body
 * size limits, then for every GET a default `Cache-Control`, an ETag with `If-None-Match` → 304, compression, and
 * the in-process cache of public answers (outside those three, so that a hit reuses their result).
 *
 * @example
 * const app = new Hono();
 * installHttp(app, { corsOrigins: ['https://mairie.example'], trustedProxies: 1 });
 */
export function installHttp(app: Hono, options: HttpOptions = {}): HttpHandle {
  const corsOrigins = options.corsOrigins ?? ['*'];
  const cors = apiCors();
  const limiter = rateLimit({
    limits: { ...defaultRateLimits, ...options.rateLimits },
    corsOrigins,
    trustedProxies: options.trustedProxies ?? 0,
  });
  app.use('*', (c, next) => (isApi(c.req.path) ? cors(c, next) : next()));
  app.use('*', (c, next) => (isApi(c.req.path) && c.req.path !== '/health' ? limiter(c, next) : next()));
  app.use('*', bodyLimits({ ...defaultBodyLimits, ...options.bodyLimits }));
  // Outside ETag, compression and Cache-Control, so that a hit reuses their work.
  const cache = options.responseCache
    ? responseCache({ ...defaultResponseCache, ...options.responseCache })
    : undefined;
  if (cache) app.use('*', cache);
  app.use('*', representation());
  app.use('*', cacheControl());
  return { clearResponseCache: () => cache?.clear() };
}

/** What the app can do with the HTTP layer once installed. */
export interface HttpHandle {
  /** Forgets the answers cached in this process; call it after this process changed the data. */
  clearResponseCache(): void;
}
