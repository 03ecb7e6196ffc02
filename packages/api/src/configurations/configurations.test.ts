import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { problemSchema, widgetConfigurationSchema } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { createPartner } from '../statistics/store.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { runConfigurationCommand } from './cli.js';
import {
  ConfigurationError,
  getConfiguration,
  listConfigurations,
  removeConfiguration,
  saveConfiguration,
} from './store.js';

const silent = createLogger({ level: 'silent' });
const adminToken = 'test-admin-token';
const venueFinder = {
  id: 'mairie-lille',
  widget: 'venue-finder',
  attributs: {
    territory: 'departement:59',
    services: 'aide-aux-demarches-administratives',
    'radius-km': '20',
  },
  partenaire: 'mairie-exemple',
} as const;

/** Captures what a command writes. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text) },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

for (const target of testTargets) {
  describe(`widget configurations ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      await createPartner(database, { id: 'mairie-exemple', nom: 'Mairie d’Exemple' });
      // As the server runs: with the answer cache, which a change through the API must clear.
      app = createApp({
        database,
        logger: silent,
        version: '0.0.0-test',
        adminToken,
        http: { rateLimits: { get: 0, post: 0 }, responseCache: { maxBytes: 1024 * 1024 } },
      });
    });
    after(() => databases.tearDown());

    const admin = (path: string, init: RequestInit = {}) =>
      app.request(path, {
        ...init,
        headers: {
          Authorization: `Bearer ${adminToken}`,
          'Content-Type': 'application/json',
          ...(init.headers as Record<string, string> | undefined),
        },
      });
    const problemOf = async (response: Response) => {
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      return problemSchema.parse(await response.json());
    };

    it('saves, reads, lists and removes configurations, with when they changed', async () => {
      const { configuration, created } = await saveConfiguration(database, venueFinder);
      assert.equal(created, true);
      assert.deepEqual(
        { ...configuration, modifie_le: undefined },
        { ...venueFinder, modifie_le: undefined },
      );
      assert.ok(!Number.isNaN(Date.parse(configuration.modifie_le ?? '')));
      assert.deepEqual(await getConfiguration(database, 'mairie-lille'), configuration);
      await saveConfiguration(database, { id: 'quiz-lille', widget: 'quiz', attributs: { lang: 'en' } });
      assert.deepEqual(
        (await listConfigurations(database)).map((item) => item.id),
        ['mairie-lille', 'quiz-lille'],
      );
      assert.deepEqual(
        (await listConfigurations(database, { partenaire: 'mairie-exemple' })).map((item) => item.id),
        ['mairie-lille'],
      );
      assert.equal(await removeConfiguration(database, 'quiz-lille'), true);
      assert.equal(await removeConfiguration(database, 'quiz-lille'), false);
      assert.equal(await getConfiguration(database, 'quiz-lille'), undefined);
    });

    it('refuses a taken id unless replacing, an unknown partner, and bad attributes, naming each', async () => {
      await assert.rejects(saveConfiguration(database, venueFinder), (error: unknown) => {
        assert.ok(error instanceof ConfigurationError);
        assert.equal(error.kind, 'conflict');
        assert.match(error.message, /already exists/);
        return true;
      });
      const replaced = await saveConfiguration(
        database,
        { ...venueFinder, attributs: { map: 'off' } },
        { replace: true },
      );
      assert.equal(replaced.created, false);
      assert.deepEqual(replaced.configuration.attributs, { map: 'off' });
      await assert.rejects(
        saveConfiguration(database, { ...venueFinder, id: 'autre', partenaire: 'inconnu' }),
        /partenaire: no partner has the id 'inconnu'/,
      );
      await assert.rejects(
        saveConfiguration(database, {
          id: 'x-y',
          widget: 'carte',
          attributs: { mapStyle: 'x', config: 'y' },
        }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigurationError);
          assert.deepEqual(
            error.problems.map((problem) => problem.path),
            ['widget', 'attributs.mapStyle', 'attributs.config'],
          );
          return true;
        },
      );
      await saveConfiguration(database, venueFinder, { replace: true });
    });

    it('serves GET /v1/configurations/{id} to widgets, cached five minutes with an ETag', async () => {
      const response = await app.request('/v1/configurations/mairie-lille');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'public, max-age=300');
      const body = widgetConfigurationSchema.parse(await response.json());
      assert.deepEqual(body.attributs, venueFinder.attributs);
      assert.equal(body.partenaire, 'mairie-exemple');
      const etag = response.headers.get('ETag') ?? '';
      const again = await app.request('/v1/configurations/mairie-lille', {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(again.status, 304);
    });

    it('answers 404 for an unknown configuration and 400 for an impossible id, as problems', async () => {
      const missing = await app.request('/v1/configurations/inconnue');
      assert.equal(missing.status, 404);
      assert.match((await problemOf(missing)).detail ?? '', /No configuration has the id "inconnue"/);
      const invalid = await app.request('/v1/configurations/Mairie%20Lille');
      assert.equal(invalid.status, 400);
      assert.equal((await problemOf(invalid)).errors?.[0]?.path, 'id');
    });

    it('lets the operator put, list and delete configurations with the admin token', async () => {
      const body = JSON.stringify({ widget: 'orientation', attributs: { lang: 'fr' } });
      const created = await admin('/v1/admin/configurations/orientation-lille', { method: 'PUT', body });
      assert.equal(created.status, 201);
      assert.equal(widgetConfigurationSchema.parse(await created.json()).widget, 'orientation');
      const replaced = await admin('/v1/admin/configurations/orientation-lille', {
        method: 'PUT',
        body: JSON.stringify({ id: 'orientation-lille', widget: 'orientation', attributs: { lang: 'en' } }),
      });
      assert.equal(replaced.status, 200);
      const list = await admin('/v1/admin/configurations');
      assert.equal(list.headers.get('Cache-Control'), 'no-store');
      const { items } = (await list.json()) as { items: { id: string }[] };
      assert.deepEqual(
        items.map((item) => item.id),
        ['mairie-lille', 'orientation-lille'],
      );
      const deleted = await admin('/v1/admin/configurations/orientation-lille', { method: 'DELETE' });
      assert.equal(deleted.status, 204);
      const gone = await admin('/v1/admin/configurations/orientation-lille', { method: 'DELETE' });
      assert.equal(gone.status, 404);
    });

    it('shows a change made through the API at once, despite the answer cache', async () => {
      const before = (await (await app.request('/v1/configurations/mairie-lille')).json()) as {
        attributs: object;
      };
      assert.deepEqual(before.attributs, venueFinder.attributs);
      const changed = await admin('/v1/admin/configurations/mairie-lille', {
        method: 'PUT',
        body: JSON.stringify({ ...venueFinder, attributs: { ...venueFinder.attributs, 'radius-km': '5' } }),
      });
      assert.equal(changed.status, 200);
      const after = (await (await app.request('/v1/configurations/mairie-lille')).json()) as {
        attributs: Record<string, string>;
      };
      assert.equal(after.attributs['radius-km'], '5');
    });

    it('refuses the admin routes without the token, and bad bodies with a problem naming the field', async () => {
      const anonymous = await app.request('/v1/admin/configurations');
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
      const wrong = await admin('/v1/admin/configurations', { headers: { Authorization: 'Bearer nope' } });
      assert.equal(wrong.status, 401);

      const invalid = await admin('/v1/admin/configurations/mairie-lille', {
        method: 'PUT',
        body: JSON.stringify({ widget: 'venue-finder', attributs: { 'radius-km': 20 }, extra: true }),
      });
      assert.equal(invalid.status, 400);
      const problem = await problemOf(invalid);
      assert.deepEqual(
        problem.errors?.map((error) => error.path),
        ['attributs.radius-km', ''],
      );
      assert.match(problem.detail ?? '', /unknown key "extra"/);
      const mismatch = await admin('/v1/admin/configurations/mairie-lille', {
        method: 'PUT',
        body: JSON.stringify({ ...venueFinder, id: 'autre' }),
      });
      assert.equal(mismatch.status, 400);
      const notJson = await admin('/v1/admin/configurations/mairie-lille', { method: 'PUT', body: '{' });
      assert.equal(notJson.status, 400);
      const text = await admin('/v1/admin/configurations/mairie-lille', {
        method: 'PUT',
        body: 'widget=quiz',
        headers: { 'Content-Type': 'text/plain' },
      });
      assert.equal(text.status, 415);
      // The largest valid configuration fits in the body limit; the default 16 KiB would not hold it.
      const large = Object.fromEntries(
        Array.from({ length: 50 }, (_, index) => [`a${index}`, 'é'.repeat(2_000)]),
      );
      const big = await admin('/v1/admin/configurations/grande', {
        method: 'PUT',
        body: JSON.stringify({ widget: 'quiz', attributs: large }),
      });
      assert.equal(big.status, 201);
      await removeConfiguration(database, 'grande');
    });

    it('answers 404 on the admin routes when the server has no ADMIN_TOKEN', async () => {
      const closed = createApp({ database, logger: silent, version: '0.0.0-test' });
      const response = await closed.request('/v1/admin/configurations', {
        headers: { Authorization: `Bearer ${adminToken}` },
      });
      assert.equal(response.status, 404);
      assert.match((await problemOf(response)).detail ?? '', /inclusion-api configuration/);
    });

    it('manages configurations from the command line, with exit codes', async () => {
      const create = capture();
      assert.equal(
        await runConfigurationCommand(
          ['create', 'quiz-roubaix', '--widget', 'quiz', 'lang=fr', 'color=#005a9c', 'note=a=b'],
          database,
          create.io,
        ),
        0,
        create.stderr(),
      );
      assert.match(create.stdout(), /Configuration created: quiz-roubaix \(quiz/);
      assert.deepEqual((await getConfiguration(database, 'quiz-roubaix'))?.attributs, {
        lang: 'fr',
        color: '#005a9c',
        note: 'a=b',
      });
      const taken = capture();
      assert.equal(
        await runConfigurationCommand(['create', 'quiz-roubaix', '--widget', 'quiz'], database, taken.io),
        1,
      );
      assert.match(taken.stderr(), /already exists/);
      const replace = capture();
      assert.equal(
        await runConfigurationCommand(
          ['create', 'quiz-roubaix', '--widget', 'quiz', '--replace'],
          database,
          replace.io,
        ),
        0,
      );
      assert.match(replace.stdout(), /Configuration replaced/);
      const invalid = capture();
      assert.equal(
        await runConfigurationCommand(['create', 'x-y', '--widget', 'quiz', 'Lang=fr'], database, invalid.io),
        1,
      );
      assert.match(invalid.stderr(), /attributs\.Lang: attribute names must be kebab-case/);
      const list = capture();
      assert.equal(
        await runConfigurationCommand(['list', '--partenaire', 'mairie-exemple'], database, list.io),
        0,
      );
      assert.match(list.stdout(), /^mairie-lille \(venue-finder, partner mairie-exemple/);
      const remove = capture();
      assert.equal(await runConfigurationCommand(['remove', 'quiz-roubaix'], database, remove.io), 0);
      assert.equal(await runConfigurationCommand(['remove', 'quiz-roubaix'], database, remove.io), 1);
      for (const args of [
        [],
        ['create'],
        ['create', 'x-y'],
        ['create', 'x-y', '--widget', 'quiz', 'novalue'],
        ['move'],
      ]) {
        const usage = capture();
        assert.equal(await runConfigurationCommand(args, database, usage.io), 2, args.join(' '));
        assert.match(usage.stderr(), /Usage: inclusion-api configuration create/);
      }
    });
  });
}

describe('inclusion-api configuration (spawned, on a temporary PGlite directory)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'inclusion-configuration-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: readonly string[]) => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], {
        env: { ...inherited, LOG_LEVEL: 'silent', PGLITE_DATA_DIR: join(dir, 'pglite') },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  };

  it('creates a configuration, then lists it, in the server’s database', async () => {
    const created = await run([
      'configuration',
      'create',
      'mairie-lille',
      '--widget',
      'venue-finder',
      'map=off',
    ]);
    assert.equal(created.code, 0, created.stderr);
    const listed = await run(['configuration', 'list']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /mairie-lille \(venue-finder, changed .*\)\n {2}map=off/);
    const help = await run(['configuration', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: inclusion-api configuration create/);
  });
});
