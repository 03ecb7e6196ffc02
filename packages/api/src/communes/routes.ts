// Routes of the communes index and of the address search: `GET /v1/communes`, `GET /v1/communes/{code}`,
// `GET /v1/adresses`.
import { inseeCodePattern } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import type { Database } from '../database.js';
import type { Logger } from '../logger.js';
import { problemResponse } from '../problem.js';
import { BanError, searchAdresses } from './ban.js';
import { communeSearchLimits, findCommune, searchCommunes } from './search.js';

/** What the routes need. */
export interface CommunesRoutesOptions {
  /** The migrated database, with the communes loaded (`ensureCommunes`). */
  database: Database;
  /** `BAN_URL`: the address API's search URL; unset answers 404 on `/v1/adresses`. */
  banUrl?: string | undefined;
  /** How long to wait for the address API; default 3000 ms. */
  banTimeoutMs?: number;
  /** Where upstream failures are reported. */
  logger?: Logger;
}

/** Reference data that changes once a year: a day in caches. */
const CACHE_COMMUNES = 'public, max-age=86400';
/** Addresses change more often upstream, and each query is rarely repeated: an hour. */
const CACHE_ADRESSES = 'public, max-age=3600';

const Q_MAX = 100;
const ADRESSE_Q_MIN = 3;
const ADRESSE_Q_MAX = 200;

function invalid(path: string, message: string): Response {
  return problemResponse({
    status: 400,
    detail: `Invalid query parameter ${path}: ${message}.`,
    errors: [{ path, message }],
  });
}

/** Reads `q` and `limit`, or answers why they are wrong. */
function readQuery(
  params: URLSearchParams,
  bounds: { min: number; max: number; example: string },
): { q: string; limit: number } | Response {
  const values = params.getAll('q');
  const q = values[0]?.trim();
  const expected = `text of ${bounds.min} to ${bounds.max} characters, e.g. q=${bounds.example}`;
  if (values.length > 1) return invalid('q', `give it once, ${expected}`);
  if (q === undefined || q === '') return invalid('q', `is required: ${expected}`);
  if ([...q].length < bounds.min || [...q].length > bounds.max) return invalid('q', `must be ${expected}`);
  const limits = params.getAll('limit');
  if (limits.length > 1) return invalid('limit', `give it once`);
  const limitText = limits[0];
  if (limitText === undefined || limitText === '') return { q, limit: communeSearchLimits.default };
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > communeSearchLimits.max) {
    return invalid(
      'limit',
      `must be a whole number from 1 to ${communeSearchLimits.max}, not ${JSON.stringify(limitText)}`,
    );
  }
  return { q, limit };
}

/**
 * Mounts the communes and addresses routes on the app.
 *
 * @example
 * registerCommunes(app, { database, banUrl: config.banUrl, logger });
 */
export function registerCommunes(app: Hono, options: CommunesRoutesOptions): void {
  const { database, banUrl, logger } = options;

  app.get('/v1/communes', async (c) => {
    const query = readQuery(new URL(c.req.url).searchParams, { min: 1, max: Q_MAX, example: 'lille' });
    if (query instanceof Response) return query;
    const items = await searchCommunes(database, query.q, query.limit);
    return c.json({ items }, 200, { 'Cache-Control': CACHE_COMMUNES });
  });

  app.get('/v1/communes/:code', async (c) => {
    const code = c.req.param('code');
    if (!inseeCodePattern.test(code)) {
      return problemResponse({
        status: 400,
        detail: `Invalid commune code ${JSON.stringify(code)}: expected an INSEE code of 5 characters, e.g. 59350.`,
        errors: [{ path: 'code', message: 'must be an INSEE commune code of 5 characters, e.g. 59350' }],
      });
    }
    const commune = await findCommune(database, code);
    if (!commune) return problemResponse({ status: 404, detail: `No commune has the INSEE code ${code}.` });
    return c.json(commune, 200, { 'Cache-Control': CACHE_COMMUNES });
  });

  app.get('/v1/adresses', async (c) => {
    if (!banUrl) {
      return problemResponse({ status: 404, detail: 'Address search is not enabled on this server.' });
    }
    const query = readQuery(new URL(c.req.url).searchParams, {
      min: ADRESSE_Q_MIN,
      max: ADRESSE_Q_MAX,
      example: '8+bd+du+port+amiens',
    });
    if (query instanceof Response) return query;
    try {
      const items = await searchAdresses(
        { url: banUrl, timeoutMs: options.banTimeoutMs },
        query.q,
        query.limit,
      );
      return c.json({ items }, 200, { 'Cache-Control': CACHE_ADRESSES });
    } catch (error) {
      if (!(error instanceof BanError)) throw error;
      logger?.warn({ err: error }, 'address search failed');
      return error.kind === 'timeout'
        ? problemResponse({
            status: 504,
            title: 'Gateway Timeout',
            detail: 'The national address service did not answer in time; try again in a moment.',
          })
        : problemResponse({
            status: 502,
            title: 'Bad Gateway',
            detail: 'The national address service answered with an error; try again in a moment.',
          });
    }
  });
}
