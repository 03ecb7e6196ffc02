import type { MiddlewareHandler } from 'hono';

/**
 * The default `Cache-Control` of each family of GET routes, first match wins. Places change with "open now", so
 * they are cached one minute; reference data (communes, the map style) a day; content and the API description an
 * hour (they change with a deployment, and ETags make revalidation cheap); widget configurations five minutes.
 */
export const cacheControlDefaults: ReadonlyArray<readonly [prefix: string, value: string]> = [
  ['/health', 'no-store'],
  ['/v1/admin', 'no-store'],
  ['/v1/statistiques', 'private, no-cache'],
  ['/v1/lieux', 'public, max-age=60'],
  ['/v1/communes', 'public, max-age=86400'],
  ['/v1/adresses', 'public, max-age=3600'],
  ['/v1/quiz', 'public, max-age=3600'],
  ['/v1/orientations', 'public, max-age=3600'],
  ['/v1/configurations', 'public, max-age=300'],
  ['/v1/carte', 'public, max-age=86400'],
  ['/v1/openapi.json', 'public, max-age=3600'],
  ['/docs', 'public, max-age=3600'],
  ['/v1', 'public, max-age=60'],
  // The demo and the bundle in development: always revalidated (ETag → 304), so that an edit shows at once.
  ['/', 'no-cache'],
];

/** Errors a shared cache may keep briefly (a bad query stays bad); others (401, 403, 429, 5xx) never. */
const CACHEABLE_ERRORS = new Set([400, 404, 405, 410, 414]);

/** The default for a path: the first family whose prefix is the path or a parent of it (`/v1/lieux.csv` too). */
export function defaultCacheControl(path: string): string {
  for (const [prefix, value] of cacheControlDefaults) {
    if (prefix === '/' || path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`)) {
      return value;
    }
  }
  return 'no-store';
}

/**
 * Sets `Cache-Control` on every GET answer that has none: the route family's default for a success, at most one
 * minute for a client error, `no-store` for the rest. A route that sets its own header keeps it.
 */
export function cacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    if (c.res.headers.has('Cache-Control')) return;
    const status = c.res.status;
    const family = defaultCacheControl(c.req.path);
    let value: string;
    if (status < 400) value = family;
    else if (CACHEABLE_ERRORS.has(status) && family.startsWith('public')) value = 'public, max-age=60';
    else value = 'no-store';
    c.res.headers.set('Cache-Control', value);
  };
}
