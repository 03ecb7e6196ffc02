import { Hono } from 'hono';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { loadContent, CONTENT_DIR } from './content/store.js';
import { registerContent } from './content/routes.js';
import type { Database } from './database.js';
import { isUnavailable } from './database-errors.js';
import { registerCarte } from './carte/routes.js';
import { registerCommunes } from './communes/routes.js';
import { registerConfigurations } from './configurations/routes.js';
import { registerEmbed } from './embed/routes.js';
import { registerLieux } from './lieux/routes.js';
import { installHttp } from './http/index.js';
import { securityHeaders } from './http/security-headers.js';
import type { HttpOptions } from './http/index.js';
import { requestLogger } from './logger.js';
import type { Logger } from './logger.js';
import { registerOpenApi } from './openapi.js';
import { problemResponse } from './problem.js';
import { staticFiles } from './static-files.js';
import type { StaticMount } from './static-files.js';
import { registerStatistics } from './statistics/routes.js';
import { registerImport } from './import/routes.js';

/** What the app needs. */
export interface AppOptions {
  /** The database (see `openDatabase`), already migrated. */
  database: Database;
  /** Where request lines and errors go. */
  logger: Logger;
  /** The API's version, reported by `/health`. */
  version: string;
  /** A directory served at `/` (demo and documentation pages). */
  staticDir?: string;
  /** More directories under their own prefix, e.g. `{ prefix: '/cdn', dir: 'dist' }` for the built bundle. */
  staticMounts?: readonly StaticMount[];
  /** How long `/health` waits for `SELECT 1` before answering 503; default 2000 ms. */
  healthTimeoutMs?: number;
  /** CORS origins, proxies, rate and body limits (see `src/http/`); defaults suit a development server. */
  http?: HttpOptions;
  /** `ADMIN_TOKEN`: bearer token of the admin routes (`/v1/admin/…`); unset answers 404 there. */
  adminToken?: string | undefined;
  /** `BAN_URL`: the national address API's search URL; unset answers 404 on `GET /v1/adresses`. */
  banUrl?: string | undefined;
  /** `PUBLIC_URL`: the API's address as browsers reach it, for the map style's absolute URLs; unset: each request's origin. */
  publicUrl?: string | undefined;
  /** Quiz and orientation definitions: `<dir>/quiz/<id>.json`, `<dir>/orientations/<id>.json`; default `packages/content`. */
  contentDir?: string;
  /** `EMBED_SCRIPT_URL`: the embed loader that the iframe pages (`/embed/<widget>`) load; default `/build/embed/inclusion-widgets.js`. */
  embedScriptUrl?: string | undefined;
}

/** What `GET /health` answers when the database responds. */
export interface HealthBody {
  status: 'ok';
  database: { kind: Database['kind']; ok: true; latency_ms: number };
  version: string;
}

/**
 * Creates the HTTP app: `/health`, the `/v1` API (its resources come with later migrations), optional static
 * directories, and errors as `application/problem+json`. Nothing listens yet: pass `app.fetch` to a server, or
 * call `app.request()` in tests.
 *
 * @example
 * const app = createApp({ database, logger, version: '0.1.0', staticDir: 'demo' });
 * const response = await app.request('/health');
 */
export function createApp(options: AppOptions): Hono {
  const { database, logger, version, healthTimeoutMs = 2_000 } = options;
  const app = new Hono();

  app.use('*', requestLogger(logger));
  app.use('*', securityHeaders());

  // CORS, rate limits, body limits, Cache-Control, ETag and compression, for every route below.
  const http = installHttp(app, options.http);

  app.get('/health', async (c) => {
    const headers = { 'Cache-Control': 'no-store' };
    const start = performance.now();
    try {
      await withTimeout(database.query('SELECT 1'), healthTimeoutMs);
    } catch (error) {
      const timedOut = error instanceof TimeoutError;
      logger.warn({ err: error }, 'health check: the database failed');
      // A load balancer takes the replica out; a client told to come back may try again then.
      return problemResponse(
        {
          status: 503,
          detail: timedOut
            ? `The database did not answer within ${healthTimeoutMs} ms.`
            : 'The database did not answer the health check.',
          database: { kind: database.kind, ok: false },
          version,
        },
        { ...headers, 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
      );
    }
    const body: HealthBody = {
      status: 'ok',
      database: {
        kind: database.kind,
        ok: true,
        latency_ms: Math.round((performance.now() - start) * 100) / 100,
      },
      version,
    };
    return c.json(body, 200, headers);
  });

  // The API proper. Later issues mount their routers here: places, communes, content, statistics, OpenAPI.
  const v1 = new Hono();
  app.route('/v1', v1);
  registerOpenApi(app, { version, bodyLimits: options.http?.bodyLimits });
  registerContent(app, loadContent(options.contentDir ?? CONTENT_DIR, logger));
  registerStatistics(app, { database });
  registerImport(app, {
    database,
    logger,
    adminToken: options.adminToken,
    onImported: () => http.clearResponseCache(),
  });
  registerLieux(app, { database });
  registerCommunes(app, { database, banUrl: options.banUrl, logger });
  registerCarte(app, { publicUrl: options.publicUrl });
  registerConfigurations(app, {
    database,
    adminToken: options.adminToken,
    onChanged: () => http.clearResponseCache(),
  });

  registerEmbed(app, { embedScriptUrl: options.embedScriptUrl, publicUrl: options.publicUrl });

  for (const mount of options.staticMounts ?? []) app.use('*', staticFiles(mount));
  if (options.staticDir) {
    const site = staticFiles({ prefix: '/', dir: options.staticDir });
    app.use('*', (c, next) => (isApiPath(c.req.path) ? next() : site(c, next)));
  }

  app.notFound((c) => problemResponse({ status: 404, detail: `Nothing is served at ${c.req.path}.` }));
  app.onError((error, c) => handleError(error, c, logger));
  return app;
}

function isApiPath(path: string): boolean {
  return path === '/health' || path === '/v1' || path.startsWith('/v1/');
}

/** What `Retry-After` says while the database is unreachable: a restarted server is usually back by then. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

function handleError(error: Error, c: Context, logger: Logger): Response {
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse({ status: error.status, detail: error.message || 'The request was refused.' });
  }
  if (isUnavailable(error)) {
    // Not a bug of this request: no stack in the log (an outage would flood it), and the client may retry.
    logger.warn(
      { err: { type: error.name, message: error.message }, method: c.req.method, path: c.req.path },
      'database unavailable',
    );
    return problemResponse(
      {
        status: 503,
        detail: `The database is not answering at the moment; try again in ${UNAVAILABLE_RETRY_AFTER_SECONDS} seconds.`,
      },
      { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
    );
  }
  // The stack goes to the log, never to the client.
  logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
  return problemResponse({ status: 500, detail: 'An unexpected error occurred; it has been logged.' });
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
