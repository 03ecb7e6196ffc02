import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.js';
import { clientIp } from './client-ip.js';
import { isConfiguredOrigin } from './cors.js';

/** Requests allowed per client IP and per window; 0 turns a limit off. */
export interface RateLimits {
  /** GET (and HEAD) requests. */
  get: number;
  /** POST requests from an origin of `CORS_ORIGINS`. */
  post: number;
  /** POST requests from any other origin, or without an `Origin` header. */
  postOtherOrigin: number;
}

/** Defaults, per minute and per client IP. */
export const defaultRateLimits: RateLimits = { get: 600, post: 120, postOtherOrigin: 20 };

/** How to rate-limit. */
export interface RateLimitOptions {
  /** Limits per window. */
  limits: RateLimits;
  /** Origins whose POSTs get the `post` limit; `*` for all. */
  corsOrigins: readonly string[];
  /** How many proxies in front of the server append to `X-Forwarded-For` (0: use the TCP peer's address). */
  trustedProxies: number;
  /** The window, default one minute. */
  windowMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

type Bucket = keyof RateLimits;

const bucketWords: Record<Bucket, string> = {
  get: 'GET requests',
  post: 'POST requests',
  postOtherOrigin: 'POST requests from an origin that is not configured in CORS_ORIGINS',
};

/**
 * Counts requests per client IP in fixed windows, in this process's memory (each replica counts alone), and
 * answers 429 problem+json with `Retry-After` (seconds to the end of the window) past the limit. Counters are all
 * dropped when a window ends, so memory stays bounded by the clients of one window. No timer is kept running.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { limits, corsOrigins, trustedProxies, windowMs = 60_000, now = Date.now } = options;
  let windowStart = now();
  let counts = new Map<string, number>();

  return async (c, next) => {
    const method = c.req.method;
    let bucket: Bucket;
    if (method === 'GET' || method === 'HEAD') bucket = 'get';
    else if (method === 'OPTIONS') return next();
    else bucket = isConfiguredOrigin(c.req.header('Origin'), corsOrigins) ? 'post' : 'postOtherOrigin';
    const limit = limits[bucket];
    if (limit <= 0) return next();

    const time = now();
    if (time - windowStart >= windowMs) {
      windowStart = time - ((time - windowStart) % windowMs);
      counts = new Map();
    }
    const key = `${bucket} ${clientIp(c, trustedProxies)}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000));
      const perWindow = windowMs === 60_000 ? 'per minute' : `per ${windowMs / 1000} s`;
      return problemResponse(
        {
          status: 429,
          title: 'Too Many Requests',
          detail: `Too many ${bucketWords[bucket]} from your address: the limit is ${limit} ${perWindow}. Try again in ${retryAfter} s.`,
        },
        { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' },
      );
    }
    return next();
  };
}
