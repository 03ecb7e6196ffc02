import { evenementsBatchSchema, partenaireIdSchema, toProblems } from '@inclusion-widgets/core';
import type { ValidationProblem } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import type { Database } from '../database.js';
import { problemResponse } from '../problem.js';
import { partnerExists, readStatistics, recordEvents, verifyPartnerToken } from './store.js';

/** What the statistics routes need. */
export interface StatisticsOptions {
  /** The migrated database. */
  database: Database;
  /** The clock, for tests; default `new Date()`. */
  now?: () => Date;
}

/** How many weeks `GET /v1/statistiques` covers when `depuis` is not given. */
const DEFAULT_WEEKS = 12;

/**
 * Mounts `POST /v1/evenements` (anonymous events, answered 202) and `GET /v1/statistiques` (a partner's weekly
 * counters, with its bearer token).
 */
export function registerStatistics(app: Hono, options: StatisticsOptions): void {
  const { database, now = () => new Date() } = options;

  app.post('/v1/evenements', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    // sendBeacon() posts text/plain (no CORS preflight); both carry the same JSON.
    if (!/^(application\/json|text\/plain)\b/i.test(type)) {
      return problemResponse({
        status: 415,
        title: 'Unsupported Media Type',
        detail: `The body of POST /v1/evenements must be JSON (Content-Type application/json or text/plain), not '${type || 'none'}'.`,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return invalid('The body of POST /v1/evenements is not valid JSON.', []);
    }
    const result = evenementsBatchSchema.safeParse(body, { reportInput: true });
    if (!result.success) {
      const problems = toProblems(result.error.issues);
      return invalid(`The events are invalid: ${summary(problems)}`, problems);
    }
    const { partenaire, evenements } = result.data;
    if (!(await partnerExists(database, partenaire))) {
      return invalid(
        `Unknown partenaire '${partenaire}': use the partner id given by the operator of this API.`,
        [{ path: 'partenaire', message: `unknown partner id '${partenaire}'` }],
      );
    }
    await recordEvents(database, partenaire, evenements, now());
    return c.json({ acceptes: evenements.length }, 202, { 'Cache-Control': 'no-store' });
  });

  app.get('/v1/statistiques', async (c) => {
    const partenaire = c.req.query('partenaire');
    const depuisParam = c.req.query('depuis');
    const problems: ValidationProblem[] = [];
    if (partenaire === undefined || partenaire === '') {
      problems.push({ path: 'partenaire', message: 'partenaire is required: your partner id' });
    } else {
      const parsed = partenaireIdSchema.safeParse(partenaire);
      if (!parsed.success)
        problems.push(...toProblems(parsed.error.issues).map((p) => ({ ...p, path: 'partenaire' })));
    }
    if (depuisParam !== undefined && !isDate(depuisParam)) {
      problems.push({
        path: 'depuis',
        message: `depuis must be a date written YYYY-MM-DD, not '${depuisParam}'`,
      });
    }
    if (problems.length > 0 || partenaire === undefined) {
      return invalid(`Invalid query parameters: ${summary(problems)}`, problems);
    }

    const authorization = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (token === undefined) {
      return problemResponse(
        {
          status: 401,
          title: 'Unauthorized',
          detail:
            'GET /v1/statistiques needs the header "Authorization: Bearer <token>" with the token the operator gave for your partner id.',
        },
        { 'WWW-Authenticate': 'Bearer realm="statistiques"', 'Cache-Control': 'no-store' },
      );
    }
    if (!(await verifyPartnerToken(database, partenaire, token))) {
      return problemResponse(
        {
          status: 403,
          title: 'Forbidden',
          detail: `This token does not give access to the statistics of partenaire '${partenaire}'.`,
        },
        { 'Cache-Control': 'no-store' },
      );
    }
    const depuis = depuisParam ?? defaultSince(now());
    const items = await readStatistics(database, partenaire, depuis);
    return c.json({ partenaire, depuis, items }, 200, { 'Cache-Control': 'private, no-cache' });
  });
}

function invalid(detail: string, errors: readonly ValidationProblem[]): Response {
  return problemResponse({ status: 400, detail, ...(errors.length > 0 ? { errors } : {}) });
}

function summary(problems: readonly ValidationProblem[]): string {
  const shown = problems.slice(0, 3).map((problem) => `${problem.path || '(body)'}: ${problem.message}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `${shown.join('; ')}${more}.`;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function defaultSince(now: Date): string {
  return new Date(now.getTime() - DEFAULT_WEEKS * 7 * 86_400_000).toISOString().slice(0, 10);
}
