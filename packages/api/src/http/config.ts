import type { BodyLimits } from './body-limit.js';
import type { HttpOptions } from './index.js';
import type { RateLimits } from './rate-limit.js';

/** Environment variables of each rate limit (requests per minute and per client IP; 0 turns it off). */
const rateLimitVariables: Record<keyof RateLimits, string> = {
  get: 'RATE_LIMIT_GET_PER_MINUTE',
  post: 'RATE_LIMIT_POST_PER_MINUTE',
  postOtherOrigin: 'RATE_LIMIT_POST_OTHER_ORIGIN_PER_MINUTE',
};

/** Environment variables of each body limit, in bytes. */
const bodyLimitVariables: Record<keyof BodyLimits, string> = {
  default: 'BODY_LIMIT_BYTES',
  import: 'IMPORT_BODY_LIMIT_BYTES',
};

/**
 * Reads the HTTP settings: `CORS_ORIGINS` (comma-separated origins, `*` for all; default `*`), `TRUST_PROXY`
 * (`false`, `true` for one proxy, or the number of proxies appending to `X-Forwarded-For`), the `RATE_LIMIT_*`
 * and `*BODY_LIMIT_BYTES` numbers, `RESPONSE_CACHE_MB`. Unset variables keep the defaults. Throws a message naming the variable.
 *
 * @example
 * readHttpConfig({ CORS_ORIGINS: 'https://mairie.example', TRUST_PROXY: 'true' });
 */
export function readHttpConfig(env: Record<string, string | undefined>): HttpOptions {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const options: HttpOptions = {};

  const origins = value('CORS_ORIGINS');
  if (origins !== undefined) {
    const list = origins
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean);
    for (const origin of list) {
      if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin)) {
        throw new Error(
          `CORS_ORIGINS must list origins such as https://www.mairie.example (scheme and host, no path), or *, not '${origin}'.`,
        );
      }
    }
    options.corsOrigins = list;
  }

  const trust = value('TRUST_PROXY');
  if (trust !== undefined) {
    if (trust === 'true') options.trustedProxies = 1;
    else if (trust === 'false') options.trustedProxies = 0;
    else if (/^\d+$/.test(trust) && Number(trust) <= 10) options.trustedProxies = Number(trust);
    else {
      throw new Error(
        `TRUST_PROXY must be true (one proxy in front), false, or the number of proxies (e.g. 2 for a CDN and a load balancer), not '${trust}'.`,
      );
    }
  }

  const rateLimits: Partial<RateLimits> = {};
  for (const [key, name] of Object.entries(rateLimitVariables) as Array<[keyof RateLimits, string]>) {
    const number = count(name, value(name), 'a number of requests per minute (0 turns the limit off)');
    if (number !== undefined) rateLimits[key] = number;
  }
  if (Object.keys(rateLimits).length > 0) options.rateLimits = rateLimits;

  const bodyLimits: Partial<BodyLimits> = {};
  for (const [key, name] of Object.entries(bodyLimitVariables) as Array<[keyof BodyLimits, string]>) {
    const number = count(name, value(name), 'a size in bytes, at least 1024');
    if (number !== undefined) {
      if (number < 1024) throw new Error(`${name} must be a size in bytes, at least 1024, not '${number}'.`);
      bodyLimits[key] = number;
    }
  }
  if (Object.keys(bodyLimits).length > 0) options.bodyLimits = bodyLimits;

  const cacheMegabytes = count(
    'RESPONSE_CACHE_MB',
    value('RESPONSE_CACHE_MB'),
    'a size in MiB (0 turns the cache off)',
  );
  // On for the server by default (32 MiB); tests that build the app themselves go without it.
  options.responseCache = { maxBytes: (cacheMegabytes ?? 32) * 1024 * 1024 };
  return options;
}

function count(name: string, text: string | undefined, expected: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new Error(`${name} must be ${expected}, not '${text}'.`);
  }
  return Number(text);
}
