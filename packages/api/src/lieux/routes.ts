// Routes of the places: `GET /v1/lieux`, `GET /v1/lieux/carte`, `GET /v1/lieux/facettes`, `GET /v1/lieux/{id}`.
// `GET /v1/lieux.csv` (the export) is another route (src/import/routes.ts): `/v1/lieux/:id` never sees it.
import {
  fromCarteParams,
  fromFacettesParams,
  fromSearchParams,
  type ValidationProblem,
} from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import type { Database } from '../database.js';
import { problemResponse } from '../problem.js';
import { facettesLieux } from './facettes.js';
import { carteLieux, getLieuDetail, SearchInputError, searchLieux } from './search.js';

/** What the routes need. */
export interface LieuxRoutesOptions {
  /** The migrated database. */
  database: Database;
  /** The clock of "open now" and of each place's status; the real one by default (tests pass one). */
  now?: () => Date;
}

/**
 * Anything that carries an opening status changes with time: cached one minute. A map without "open now" is
 * cached five minutes (places change only with an import).
 */
const CACHE_SHORT = 'public, max-age=60';
const CACHE_MAP = 'public, max-age=300';

function invalid(problems: readonly ValidationProblem[]): Response {
  const list = problems.map((problem) => `${problem.path || '(query)'}: ${problem.message}`).join('; ');
  return problemResponse({
    status: 400,
    detail: `Invalid query parameters: ${list}.`,
    errors: problems.map((problem) => ({ path: problem.path, message: problem.message })),
  });
}

/**
 * Mounts the places' routes on the app.
 *
 * @example
 * registerLieux(app, { database });
 */
export function registerLieux(app: Hono, options: LieuxRoutesOptions): void {
  const { database } = options;
  const clock = options.now ?? (() => new Date());

  app.get('/v1/lieux', async (c) => {
    const parsed = fromSearchParams(new URL(c.req.url).searchParams);
    if (!parsed.success) return invalid(parsed.problems);
    try {
      const page = await searchLieux(database, parsed.data, { now: clock() });
      return c.json(page, 200, { 'Cache-Control': CACHE_SHORT });
    } catch (error) {
      if (error instanceof SearchInputError) return invalid(error.problems);
      throw error;
    }
  });

  // Before `/:id`, which would take `carte` for an id.
  app.get('/v1/lieux/carte', async (c) => {
    const parsed = fromCarteParams(new URL(c.req.url).searchParams);
    if (!parsed.success) return invalid(parsed.problems);
    const carte = await carteLieux(database, parsed.data, { now: clock() });
    return c.json(carte, 200, { 'Cache-Control': parsed.data.ouvert_maintenant ? CACHE_SHORT : CACHE_MAP });
  });

  // Before `/:id` too. Counts carry "open now": cached one minute, like a search.
  app.get('/v1/lieux/facettes', async (c) => {
    const parsed = fromFacettesParams(new URL(c.req.url).searchParams);
    if (!parsed.success) return invalid(parsed.problems);
    try {
      const facettes = await facettesLieux(database, parsed.data, { now: clock() });
      return c.json(facettes, 200, { 'Cache-Control': CACHE_SHORT });
    } catch (error) {
      if (error instanceof SearchInputError) return invalid(error.problems);
      throw error;
    }
  });

  app.get('/v1/lieux/:id', async (c) => {
    const id = c.req.param('id');
    if (id.includes('\u0000')) {
      // PostgreSQL refuses NUL in text: no place can have such an id.
      const message = 'a place id cannot contain the NUL character (%00)';
      return problemResponse({
        status: 400,
        detail: `Invalid path parameter id: ${message}.`,
        errors: [{ path: 'id', message }],
      });
    }
    const lieu = await getLieuDetail(database, id, { now: clock() });
    if (!lieu) return problemResponse({ status: 404, detail: `No place has the id ${JSON.stringify(id)}.` });
    return c.json(lieu, 200, { 'Cache-Control': CACHE_SHORT });
  });
}
