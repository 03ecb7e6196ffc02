import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lieuSchema } from '@inclusion-widgets/core';
import * as z from 'zod';
import { lieux } from '../../../test/fixtures/lieux.js';
import { orientation } from '../../../test/fixtures/orientation.js';
import { quiz } from '../../../test/fixtures/quiz.js';
import { createApp } from './app.js';
import { ensureCommunes } from './communes/load.js';
import type { Database } from './database.js';
import { openDatabase } from './database.js';
import { writeStandardV1Csv } from './import/standard-v1.js';
import { horairesValides } from './lieux/opening-hours.js';
import { upsertLieux } from './lieux/store.js';
import { createLogger } from './logger.js';
import { migrate } from './migrate.js';
import { buildOpenApiDocument } from './openapi.js';
import { createPartner } from './statistics/store.js';

type Json = Record<string, unknown>;

const document = buildOpenApiDocument({ version: '9.9.9' });

/** Follows a local JSON pointer (`#/components/schemas/Lieu`) in the document. */
function resolve(pointer: string): unknown {
  assert.ok(pointer.startsWith('#/'), `only local references: ${pointer}`);
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    assert.ok(node !== null && typeof node === 'object' && key in node, `unresolved $ref ${pointer}`);
    node = (node as Json)[key];
  }
  return node;
}

function* walk(node: unknown, path = '#'): Generator<[string, Json]> {
  if (node === null || typeof node !== 'object') return;
  yield [path, node as Json];
  for (const [key, value] of Object.entries(node)) yield* walk(value, `${path}/${key}`);
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operations(): Array<[string, string, Json]> {
  const result: Array<[string, string, Json]> = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of methods) if (item[method]) result.push([path, method, item[method] as Json]);
  }
  return result;
}

/** JSON Schema of the document turned into a validator: `#/components/schemas/X` becomes `#/$defs/X`. */
const defs = JSON.parse(
  JSON.stringify((document.components as Json).schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
) as Json;

function validator(schema: Json): z.ZodType {
  const rewritten = JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/'),
  ) as Json;
  return z.fromJSONSchema({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...rewritten,
    $defs: defs,
  } as z.core.JSONSchema.JSONSchema);
}

/** The schema the document gives for an operation's answer with this status and media type. */
function responseSchema(path: string, method: string, status: number, mediaType: string): Json {
  const operation = ((document.paths as Record<string, Json>)[path] ?? {})[method] as Json | undefined;
  assert.ok(operation, `${method.toUpperCase()} ${path} is not in the document`);
  let entry = (operation.responses as Record<string, Json>)[String(status)];
  assert.ok(entry, `${method.toUpperCase()} ${path} documents no ${status}`);
  if (typeof entry.$ref === 'string') entry = resolve(entry.$ref) as Json;
  const content = (entry.content as Record<string, { schema: Json }> | undefined)?.[mediaType];
  assert.ok(content, `${method.toUpperCase()} ${path} ${status} documents no ${mediaType}`);
  return content.schema;
}

/** Checks a real response against the document: its status is documented, and its body validates. */
async function assertDocumented(response: Response, path: string, method = 'get'): Promise<unknown> {
  const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0] ?? '';
  const body: unknown = await response.json();
  const result = validator(responseSchema(path, method, response.status, mediaType)).safeParse(body);
  assert.ok(
    result.success,
    `${method.toUpperCase()} ${path} ${response.status}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`,
  );
  return body;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the version of the API', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal((document.info as Json).version, '9.9.9');
  });

  it('names the string formats that core checks with patterns (uri, email, date, date-time)', () => {
    const schemas = (document.components as Json).schemas as Record<string, Json>;
    const lieu = (schemas.Lieu as Json).properties as Record<string, Json>;
    assert.equal((lieu.site_web?.items as Json).format, 'uri');
    assert.equal(lieu.prise_rdv?.format, 'uri');
    assert.equal((lieu.courriels?.items as Json).format, 'email');
    assert.equal(lieu.date_maj?.format, 'date');
    const ouverture = (schemas.Ouverture as Json).properties as Record<string, Json>;
    assert.equal(ouverture.jusqu_a?.format, 'date-time');
  });

  it('describes every endpoint of the API', () => {
    assert.deepEqual(Object.keys(document.paths as Json).sort(), [
      '/health',
      '/v1/admin/configurations',
      '/v1/admin/configurations/{id}',
      '/v1/admin/import',
      '/v1/adresses',
      '/v1/carte/departements.geojson',
      '/v1/carte/style.json',
      '/v1/communes',
      '/v1/communes/{code}',
      '/v1/configurations/{id}',
      '/v1/evenements',
      '/v1/lieux',
      '/v1/lieux.csv',
      '/v1/lieux/carte',
      '/v1/lieux/facettes',
      '/v1/lieux/{id}',
      '/v1/openapi.json',
      '/v1/orientations/{id}',
      '/v1/partenaires/{partenaire}/configurations/{id}',
      '/v1/quiz/{id}',
      '/v1/statistiques',
    ]);
  });

  it('resolves every $ref', () => {
    let count = 0;
    for (const [, node] of walk(document)) {
      if (typeof node.$ref === 'string') {
        resolve(node.$ref);
        count += 1;
      }
    }
    assert.ok(count > 50, `${count} references`);
  });

  it('gives every operation an id, a success answer, problem+json errors, and its path parameters', () => {
    const ids = new Set<string>();
    for (const [path, method, operation] of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.equal(typeof operation.operationId, 'string', where);
      assert.ok(!ids.has(operation.operationId as string), `duplicate operationId in ${where}`);
      ids.add(operation.operationId as string);
      const responses = operation.responses as Record<string, Json>;
      assert.ok(
        Object.keys(responses).some((status) => /^2\d\d$/.test(status)),
        `${where} has no 2xx`,
      );
      for (const [status, entry] of Object.entries(responses)) {
        const resolved = (typeof entry.$ref === 'string' ? resolve(entry.$ref) : entry) as Json;
        assert.equal(typeof resolved.description, 'string', `${where} ${status}`);
        if (/^[45]/.test(status)) {
          assert.ok(
            (resolved.content as Json)['application/problem+json'],
            `${where} ${status} is a problem`,
          );
        }
      }
      const declared = ((operation.parameters ?? []) as Json[])
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      assert.deepEqual(declared, inPath, `${where} path parameters`);
    }
  });

  it('takes the search parameters from the search schema, lists comma-separated', () => {
    const parameters = ((document.paths as Record<string, Json>)['/v1/lieux']?.get as Json)
      .parameters as Json[];
    const names = parameters.map((parameter) => parameter.name);
    for (const name of ['lat', 'lon', 'commune', 'rayon', 'bbox', 'territoire', 'services', 'q', 'cursor']) {
      assert.ok(names.includes(name), name);
    }
    const services = parameters.find((parameter) => parameter.name === 'services');
    assert.equal(services?.style, 'form');
    assert.equal(services?.explode, false);
    assert.ok(((services?.schema as Json).items as Json).enum, 'services lists the slugs of the standard');
    const limit = parameters.find((parameter) => parameter.name === 'limit');
    assert.deepEqual(limit?.schema, { type: 'integer', minimum: 1, maximum: 100 });
  });

  it('has validators that refuse bodies that do not match', () => {
    const problem = validator({ $ref: '#/components/schemas/Problem' });
    assert.equal(problem.safeParse({ type: 'about:blank', title: 'Not Found', status: 404 }).success, true);
    assert.equal(problem.safeParse({ title: 404, status: 'x' }).success, false);
    const quizSchema = validator({ $ref: '#/components/schemas/QuizDefinition' });
    assert.equal(quizSchema.safeParse({ ...quiz, questions: 'none' }).success, false);
  });
});

describe('served documents, and real answers checked against the document', () => {
  let database: Database;
  let dir: string;
  let app: ReturnType<typeof createApp>;
  let token: string;

  before(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    ({ token } = await createPartner(database, { id: 'mairie-exemple', nom: 'Mairie' }));
    dir = mkdtempSync(join(tmpdir(), 'inclusion-openapi-'));
    mkdirSync(join(dir, 'quiz'));
    mkdirSync(join(dir, 'orientations'));
    writeFileSync(join(dir, 'quiz', `${quiz.id}.json`), JSON.stringify(quiz));
    writeFileSync(join(dir, 'orientations', `${orientation.id}.json`), JSON.stringify(orientation));
    app = createApp({
      database,
      logger: createLogger({ level: 'silent' }),
      version: '9.9.9',
      contentDir: dir,
    });
  });
  after(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the document at /v1/openapi.json, cacheable', async () => {
    const response = await app.request('/v1/openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=3600');
    assert.match(response.headers.get('ETag') ?? '', /^"/);
    const served = (await response.json()) as Json;
    assert.equal(served.openapi, '3.1.0');
    assert.equal((served.info as Json).version, '9.9.9');
  });

  it('renders it at /docs/ with local Swagger UI files and no inline script', async () => {
    const redirect = await app.request('/docs');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('Location'), '/docs/');
    const page = await app.request('/docs/');
    assert.equal(page.status, 200);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 2);
    for (const [, attributes, inline] of scripts) {
      assert.match(attributes ?? '', /src="[^":]+"/, 'a local script');
      assert.equal(inline?.trim(), '', 'no inline code');
    }
    assert.doesNotMatch(html, /https?:\/\//, 'nothing from another site');
    for (const file of ['/docs/init.js', '/docs/ui/swagger-ui-bundle.js', '/docs/ui/swagger-ui.css']) {
      const response = await app.request(file);
      assert.equal(response.status, 200, file);
    }
    assert.match(await (await app.request('/docs/init.js')).text(), /SwaggerUIBundle\(/);
    assert.equal((await app.request('/docs/ui/index.html')).status, 404);
  });

  it('documents /health', async () => {
    await assertDocumented(await app.request('/health'), '/health');
  });

  it('documents the content answers and their 404', async () => {
    await assertDocumented(await app.request(`/v1/quiz/${quiz.id}`), '/v1/quiz/{id}');
    await assertDocumented(await app.request(`/v1/orientations/${orientation.id}`), '/v1/orientations/{id}');
    const missing = await app.request('/v1/quiz/nope');
    assert.equal(missing.status, 404);
    await assertDocumented(missing, '/v1/quiz/{id}');
  });

  it('documents events and statistics, and their errors', async () => {
    const accepted = await app.request('/v1/evenements', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        partenaire: 'mairie-exemple',
        evenements: [
          { type: 'quiz-termine', widget: 'quiz', quiz: quiz.id, niveau: 2, domaines_faibles: ['securite'] },
        ],
      }),
    });
    assert.equal(accepted.status, 202);
    await assertDocumented(accepted, '/v1/evenements', 'post');
    const invalid = await app.request('/v1/evenements', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"partenaire":"mairie-exemple","evenements":[]}',
    });
    assert.equal(invalid.status, 400);
    await assertDocumented(invalid, '/v1/evenements', 'post');

    const statistics = await app.request('/v1/statistiques?partenaire=mairie-exemple', {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(statistics.status, 200);
    const body = (await assertDocumented(statistics, '/v1/statistiques')) as { items: unknown[] };
    assert.equal(body.items.length, 1);
    const unauthorized = await app.request('/v1/statistiques?partenaire=mairie-exemple');
    assert.equal(unauthorized.status, 401);
    await assertDocumented(unauthorized, '/v1/statistiques');
  });
});

describe('real answers of the places, communes and import routes, checked against the document', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const adminToken = 'test-admin-token';

  before(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    await ensureCommunes(database);
    const parsed = lieux.map((lieu) => lieuSchema.parse(lieu));
    await database.transaction((tx) => upsertLieux(tx, parsed, { checkHoraires: horairesValides }));
    app = createApp({ database, logger: createLogger({ level: 'silent' }), version: '9.9.9', adminToken });
  });
  after(() => database?.close());

  it('documents a search, a place, a map viewport and their errors', async () => {
    const page = await app.request('/v1/lieux?lat=50.63&lon=3.06&rayon=20000&limit=5');
    assert.equal(page.status, 200);
    const body = (await assertDocumented(page, '/v1/lieux')) as { items: unknown[] };
    assert.ok(body.items.length > 0);
    await assertDocumented(await app.request(`/v1/lieux/${lieux[0].id}`), '/v1/lieux/{id}');
    await assertDocumented(await app.request('/v1/lieux/nope'), '/v1/lieux/{id}');
    await assertDocumented(
      await app.request('/v1/lieux/carte?bbox=2.9,50.5,3.3,50.8&zoom=11'),
      '/v1/lieux/carte',
    );
    const invalid = await app.request('/v1/lieux?lat=500&lon=3&services=cours');
    assert.equal(invalid.status, 400);
    await assertDocumented(invalid, '/v1/lieux');
  });

  it('documents the facet counts and their errors', async () => {
    const counts = await app.request('/v1/lieux/facettes?lat=50.63&lon=3.06&frais_a_charge=gratuit');
    assert.equal(counts.status, 200);
    const body = (await assertDocumented(counts, '/v1/lieux/facettes')) as { total: number };
    assert.ok(body.total > 0);
    const invalid = await app.request('/v1/lieux/facettes?rayon=5000&services=cours');
    assert.equal(invalid.status, 400);
    await assertDocumented(invalid, '/v1/lieux/facettes');
  });

  it('documents the map style and its outlines', async () => {
    await assertDocumented(await app.request('/v1/carte/style.json'), '/v1/carte/style.json');
    await assertDocumented(
      await app.request('/v1/carte/departements.geojson'),
      '/v1/carte/departements.geojson',
    );
  });

  it('documents the widget configurations and their admin routes', async () => {
    const headers = { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' };
    const put = await app.request('/v1/admin/configurations/mairie-lille', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ widget: 'venue-finder', attributs: { map: 'off' } }),
    });
    assert.equal(put.status, 201);
    await assertDocumented(put, '/v1/admin/configurations/{id}', 'put');
    const bad = await app.request('/v1/admin/configurations/mairie-lille', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ widget: 'carte', attributs: {} }),
    });
    assert.equal(bad.status, 400);
    await assertDocumented(bad, '/v1/admin/configurations/{id}', 'put');
    await assertDocumented(await app.request('/v1/configurations/mairie-lille'), '/v1/configurations/{id}');
    await assertDocumented(await app.request('/v1/configurations/nope'), '/v1/configurations/{id}');
    await assertDocumented(
      await app.request('/v1/admin/configurations', { headers }),
      '/v1/admin/configurations',
    );
    const input = validator({ $ref: '#/components/schemas/ConfigurationInput' });
    assert.equal(input.safeParse({ widget: 'quiz', attributs: { lang: 'fr' } }).success, true);
    assert.equal(input.safeParse({ widget: 'quiz', attributs: { lang: 1 } }).success, false);
  });

  it('documents the communes', async () => {
    const list = await app.request('/v1/communes?q=lille');
    assert.equal(list.status, 200);
    await assertDocumented(list, '/v1/communes');
    await assertDocumented(await app.request('/v1/communes/59350'), '/v1/communes/{code}');
    await assertDocumented(await app.request('/v1/communes/99999'), '/v1/communes/{code}');
    await assertDocumented(await app.request('/v1/adresses?q=8+bd+du+port'), '/v1/adresses');
  });

  it('documents the import report and its refusals', async () => {
    const csv = writeStandardV1Csv(lieux.map((lieu) => lieuSchema.parse(lieu)));
    const report = await app.request('/v1/admin/import?format=standard-v1&dry_run=true', {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'text/csv' },
      body: `${csv}x,y\n`,
    });
    assert.equal(report.status, 200);
    const body = (await assertDocumented(report, '/v1/admin/import', 'post')) as { rejected: unknown[] };
    assert.ok(body.rejected.length > 0, 'the bad last row is reported');
    const refused = await app.request('/v1/admin/import?format=standard-v1', { method: 'POST', body: csv });
    assert.equal(refused.status, 401);
    await assertDocumented(refused, '/v1/admin/import', 'post');
  });
});
