// Widget configurations: `GET /v1/configurations/{id}` for the widgets' `config` attribute, and the operator's
// `GET|PUT|DELETE /v1/admin/configurations[/{id}]` (ADMIN_TOKEN), the HTTP twin of `inclusion-api configuration`, and
// a partner's `PUT /v1/partenaires/{partenaire}/configurations/{id}` (its own token), used by the configurator.
import { configurationIdSchema, partenaireIdSchema } from '@inclusion-widgets/core';
import type { Context, Hono } from 'hono';
import { checkAdminToken } from '../admin-auth.js';
import type { Database } from '../database.js';
import { problemResponse } from '../problem.js';
import { verifyPartnerToken } from '../statistics/store.js';
import {
  ConfigurationError,
  getConfiguration,
  listConfigurations,
  removeConfiguration,
  saveConfiguration,
  savePartnerConfiguration,
} from './store.js';

/** What the routes need. */
export interface ConfigurationRoutesOptions {
  /** The migrated database. */
  database: Database;
  /** `ADMIN_TOKEN`: the bearer token of the admin routes; unset disables them (404). */
  adminToken?: string | undefined;
  /** Called after a configuration changed through the API (the app forgets its cached answers). */
  onChanged?: () => void;
}

/**
 * A configuration changes rarely, and a partner who changed one expects to see it soon: five minutes, then
 * revalidated by ETag.
 */
const CACHE_CONFIGURATION = 'public, max-age=300';

const DISABLED =
  'Configurations through the API are disabled: the server has no ADMIN_TOKEN. Use the command inclusion-api configuration instead.';

function invalidId(id: string): Response {
  const message = `no configuration can have the id ${JSON.stringify(id)}: ids are a-z, 0-9 and -, 2 to 64 characters`;
  return problemResponse({
    status: 400,
    detail: `Invalid path parameter id: ${message}.`,
    errors: [{ path: 'id', message }],
  });
}

function refused(error: ConfigurationError): Response {
  const list = error.problems.map((problem) => `${problem.path || '(body)'}: ${problem.message}`).join('; ');
  return problemResponse({
    status: error.kind === 'conflict' ? 409 : 400,
    detail: `Invalid configuration: ${list}.`,
    errors: error.problems.map((problem) => ({ path: problem.path, message: problem.message })),
  });
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The JSON object of a request's body, or the problem to answer (415 not JSON, 400 not an object). */
async function readObject(c: Context, shape: string): Promise<Record<string, unknown> | Response> {
  if (!/json/i.test(c.req.header('Content-Type') ?? '')) {
    return problemResponse({
      status: 415,
      title: 'Unsupported Media Type',
      detail: `The body must be JSON (Content-Type: application/json): ${shape}.`,
    });
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return problemResponse({ status: 400, detail: 'The body is not valid JSON.' });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return problemResponse({ status: 400, detail: `The body must be a JSON object: ${shape}.` });
  }
  return body as Record<string, unknown>;
}

/** The problem to answer when a body names another id than its URL, if it does. */
function idMismatch(bodyId: unknown, id: string): Response | undefined {
  if (bodyId === undefined || bodyId === id) return undefined;
  const message = `the body's id ${JSON.stringify(bodyId)} is not the id of the URL, ${JSON.stringify(id)}`;
  return problemResponse({
    status: 400,
    detail: `Invalid configuration: id: ${message}.`,
    errors: [{ path: 'id', message }],
  });
}

/**
 * Mounts `GET /v1/configurations/{id}` (public, cached five minutes; 404 problem for an unknown id) and the admin
 * routes: `GET /v1/admin/configurations[?partenaire=]` (`{ items }`), `PUT /v1/admin/configurations/{id}` (body
 * `{ widget, attributs, partenaire? }`; 201 created, 200 replaced) and `DELETE /v1/admin/configurations/{id}` (204);
 * and a partner's `PUT /v1/partenaires/{partenaire}/configurations/{id}` (its bearer token; body `{ widget,
 * attributs }`; the id starts with the partner id and a hyphen; 201 created, 200 replaced, 409 when the id is
 * another's).
 *
 * @example
 * registerConfigurations(app, { database, adminToken: process.env.ADMIN_TOKEN });
 */
export function registerConfigurations(app: Hono, options: ConfigurationRoutesOptions): void {
  const { database, adminToken, onChanged } = options;

  app.get('/v1/configurations/:id', async (c) => {
    const id = c.req.param('id');
    if (!configurationIdSchema.safeParse(id).success) return invalidId(id);
    const configuration = await getConfiguration(database, id);
    if (!configuration) {
      return problemResponse({ status: 404, detail: `No configuration has the id ${JSON.stringify(id)}.` });
    }
    return c.json(configuration, 200, { 'Cache-Control': CACHE_CONFIGURATION });
  });

  app.get('/v1/admin/configurations', async (c) => {
    const refusal = checkAdminToken(c, adminToken, DISABLED);
    if (refusal) return refusal;
    const partenaire = c.req.query('partenaire');
    if (partenaire !== undefined && !partenaireIdSchema.safeParse(partenaire).success) {
      const message = `${JSON.stringify(partenaire)} is not a partner id (a-z, 0-9 and -)`;
      return problemResponse({
        status: 400,
        detail: `Invalid query parameter partenaire: ${message}.`,
        errors: [{ path: 'partenaire', message }],
      });
    }
    const items = await listConfigurations(database, { partenaire });
    return c.json({ items }, 200, { 'Cache-Control': 'no-store' });
  });

  app.put('/v1/admin/configurations/:id', async (c) => {
    const refusal = checkAdminToken(c, adminToken, DISABLED);
    if (refusal) return refusal;
    const id = c.req.param('id');
    if (!configurationIdSchema.safeParse(id).success) return invalidId(id);
    const body = await readObject(c, '{ "widget", "attributs", "partenaire"? }');
    if (body instanceof Response) return body;
    const { id: bodyId, ...rest } = body;
    const mismatch = idMismatch(bodyId, id);
    if (mismatch) return mismatch;
    try {
      const { configuration, created } = await saveConfiguration(
        database,
        { ...rest, id },
        { replace: true },
      );
      onChanged?.();
      return c.json(configuration, created ? 201 : 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      if (error instanceof ConfigurationError) return refused(error);
      throw error;
    }
  });

  app.put('/v1/partenaires/:partenaire/configurations/:id', async (c) => {
    const partenaire = c.req.param('partenaire');
    const id = c.req.param('id');
    if (!partenaireIdSchema.safeParse(partenaire).success) {
      const message = `${JSON.stringify(partenaire)} is not a partner id (a-z, 0-9 and -)`;
      return problemResponse(
        {
          status: 400,
          detail: `Invalid path parameter partenaire: ${message}.`,
          errors: [{ path: 'partenaire', message }],
        },
        NO_STORE,
      );
    }
    if (!configurationIdSchema.safeParse(id).success) return invalidId(id);
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (token === undefined) {
      return problemResponse(
        {
          status: 401,
          title: 'Unauthorized',
          detail:
            'Saving a configuration needs the header "Authorization: Bearer <token>" with the token the operator gave for your partner id.',
        },
        { 'WWW-Authenticate': 'Bearer realm="partenaire"', ...NO_STORE },
      );
    }
    if (!(await verifyPartnerToken(database, partenaire, token))) {
      return problemResponse(
        {
          status: 403,
          title: 'Forbidden',
          detail: `This token does not let you save configurations of partenaire '${partenaire}': check the partner id and its token.`,
        },
        NO_STORE,
      );
    }
    const body = await readObject(c, '{ "widget", "attributs" }');
    if (body instanceof Response) return body;
    const { id: bodyId, partenaire: bodyPartner, ...rest } = body;
    const mismatch = idMismatch(bodyId, id);
    if (mismatch) return mismatch;
    if (bodyPartner !== undefined && bodyPartner !== partenaire) {
      const message = `the body's partenaire ${JSON.stringify(bodyPartner)} is not the partner of the URL, ${JSON.stringify(partenaire)}`;
      return problemResponse({
        status: 400,
        detail: `Invalid configuration: partenaire: ${message}.`,
        errors: [{ path: 'partenaire', message }],
      });
    }
    try {
      const { configuration, created } = await savePartnerConfiguration(database, partenaire, {
        ...rest,
        id,
      });
      onChanged?.();
      return c.json(configuration, created ? 201 : 200, NO_STORE);
    } catch (error) {
      if (error instanceof ConfigurationError) return refused(error);
      throw error;
    }
  });

  app.delete('/v1/admin/configurations/:id', async (c) => {
    const refusal = checkAdminToken(c, adminToken, DISABLED);
    if (refusal) return refusal;
    const id = c.req.param('id');
    if (!(await removeConfiguration(database, id))) {
      return problemResponse({ status: 404, detail: `No configuration has the id ${JSON.stringify(id)}.` });
    }
    onChanged?.();
    return c.body(null, 204);
  });
}
