import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HttpError, PartnerClient, problemSchema, widgetConfigurationSchema } from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { createPartner } from '../statistics/store.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import {
  ConfigurationError,
  getConfiguration,
  saveConfiguration,
  savePartnerConfiguration,
} from './store.js';

const silent = createLogger({ level: 'silent' });
const finder = {
  widget: 'venue-finder',
  attributs: { territory: 'departement:59', services: 'aide-aux-demarches-administratives' },
} as const;

for (const target of testTargets) {
  describe(`a partner's configurations ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let app: Hono;
    let lilleToken: string;
    let roubaixToken: string;

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      lilleToken = (await createPartner(database, { id: 'mairie-lille', nom: 'Mairie de Lille' })).token;
      roubaixToken = (await createPartner(database, { id: 'roubaix', nom: 'Ville de Roubaix' })).token;
      // With the answer cache, which a partner's change must clear as the operator's does.
      app = createApp({
        database,
        logger: silent,
        version: '0.0.0-test',
        http: { rateLimits: { get: 0, post: 0 }, responseCache: { maxBytes: 1024 * 1024 } },
      });
    });
    after(() => databases.tearDown());

    const put = (path: string, token: string | undefined, body: unknown, type = 'application/json') =>
      app.request(path, {
        method: 'PUT',
        headers: {
          'Content-Type': type,
          ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const problemOf = async (response: Response) => {
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      return problemSchema.parse(await response.json());
    };

    it('creates then replaces its own configuration, owned by it and served to widgets at once', async () => {
      const created = await put(
        '/v1/partenaires/mairie-lille/configurations/mairie-lille-carte',
        lilleToken,
        finder,
      );
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('Cache-Control'), 'no-store');
      const body = widgetConfigurationSchema.parse(await created.json());
      assert.equal(body.partenaire, 'mairie-lille');
      assert.deepEqual(body.attributs, finder.attributs);
      const served = await app.request('/v1/configurations/mairie-lille-carte');
      assert.deepEqual((await served.json()).attributs, finder.attributs);

      const replaced = await put(
        '/v1/partenaires/mairie-lille/configurations/mairie-lille-carte',
        lilleToken,
        {
          id: 'mairie-lille-carte',
          partenaire: 'mairie-lille',
          widget: 'venue-finder',
          attributs: { map: 'off' },
        },
      );
      assert.equal(replaced.status, 200);
      const again = await app.request('/v1/configurations/mairie-lille-carte');
      assert.deepEqual((await again.json()).attributs, { map: 'off' });
    });

    it("refuses another partner's configuration, the operator's, and an id outside its namespace", async () => {
      // Another partner, with its own valid token, cannot overwrite it (nor create it: its prefix is not theirs).
      const stranger = await put(
        '/v1/partenaires/roubaix/configurations/mairie-lille-carte',
        roubaixToken,
        finder,
      );
      assert.equal(stranger.status, 400);
      assert.match((await problemOf(stranger)).detail ?? '', /starts with its partner id and a hyphen/);
      // An operator's configuration, or one the operator gave to another partner, inside its namespace.
      await saveConfiguration(database, {
        id: 'roubaix-operateur',
        widget: 'quiz',
        attributs: { lang: 'fr' },
      });
      await saveConfiguration(database, {
        id: 'roubaix-lille',
        widget: 'quiz',
        attributs: {},
        partenaire: 'mairie-lille',
      });
      for (const id of ['roubaix-operateur', 'roubaix-lille']) {
        const taken = await put(`/v1/partenaires/roubaix/configurations/${id}`, roubaixToken, finder);
        assert.equal(taken.status, 409, id);
        assert.match((await problemOf(taken)).detail ?? '', /belongs to the operator or to another partner/);
      }
      assert.deepEqual((await getConfiguration(database, 'roubaix-operateur'))?.attributs, { lang: 'fr' });
      assert.equal((await getConfiguration(database, 'roubaix-lille'))?.widget, 'quiz');
      assert.equal((await getConfiguration(database, 'mairie-lille-carte'))?.partenaire, 'mairie-lille');
    });

    it('refuses a missing or wrong token, and another partner’s token', async () => {
      const path = '/v1/partenaires/mairie-lille/configurations/mairie-lille-x';
      const anonymous = await put(path, undefined, finder);
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
      assert.match((await problemOf(anonymous)).detail ?? '', /Authorization: Bearer/);
      for (const token of [`${lilleToken}x`, roubaixToken]) {
        const refused = await put(path, token, finder);
        assert.equal(refused.status, 403);
        assert.match((await problemOf(refused)).detail ?? '', /check the partner id and its token/);
      }
      const unknown = await put('/v1/partenaires/inconnu/configurations/inconnu-x', lilleToken, finder);
      assert.equal(unknown.status, 403);
      assert.equal(await getConfiguration(database, 'mairie-lille-x'), undefined);
    });

    it('refuses bad ids and bodies with a problem naming the field', async () => {
      const base = '/v1/partenaires/mairie-lille/configurations';
      const badPartner = await put('/v1/partenaires/Mairie/configurations/mairie-x', lilleToken, finder);
      assert.equal(badPartner.status, 400);
      assert.equal((await problemOf(badPartner)).errors?.[0]?.path, 'partenaire');
      const badId = await put(`${base}/Mairie%20Lille`, lilleToken, finder);
      assert.equal(badId.status, 400);
      assert.equal((await problemOf(badId)).errors?.[0]?.path, 'id');
      const bare = await put(`${base}/mairie-lille`, lilleToken, finder);
      assert.equal(bare.status, 400);
      const invalid = await put(`${base}/mairie-lille-y`, lilleToken, {
        widget: 'carte',
        attributs: { config: 'autre', 'radius-km': 20 },
      });
      assert.equal(invalid.status, 400);
      assert.deepEqual(
        (await problemOf(invalid)).errors?.map((error) => error.path),
        ['widget', 'attributs.config', 'attributs.radius-km'],
      );
      const otherPartner = await put(`${base}/mairie-lille-y`, lilleToken, {
        ...finder,
        partenaire: 'roubaix',
      });
      assert.equal(otherPartner.status, 400);
      assert.equal((await problemOf(otherPartner)).errors?.[0]?.path, 'partenaire');
      const otherId = await put(`${base}/mairie-lille-y`, lilleToken, { ...finder, id: 'mairie-lille-z' });
      assert.equal(otherId.status, 400);
      assert.equal((await put(`${base}/mairie-lille-y`, lilleToken, '{')).status, 400);
      assert.equal((await put(`${base}/mairie-lille-y`, lilleToken, '[]')).status, 400);
      assert.equal(
        (await put(`${base}/mairie-lille-y`, lilleToken, 'widget=quiz', 'text/plain')).status,
        415,
      );
      assert.equal(await getConfiguration(database, 'mairie-lille-y'), undefined);
    });

    it("is what the client's savePartnerConfiguration calls, with the token in a header only", async () => {
      const seen: Array<{ url: string; init: RequestInit }> = [];
      const client = new PartnerClient({
        baseUrl: 'http://api.test',
        fetch: (url, init) => {
          seen.push({ url, init });
          return Promise.resolve(app.request(url, init));
        },
      });
      const saved = await client.savePartnerConfiguration({
        partenaire: 'mairie-lille',
        token: lilleToken,
        id: 'mairie-lille-client',
        widget: 'quiz',
        attributs: { quiz: 'competences-numeriques', lang: 'en' },
      });
      assert.equal(saved.id, 'mairie-lille-client');
      assert.equal(saved.partenaire, 'mairie-lille');
      assert.equal(
        seen[0]?.url,
        'http://api.test/v1/partenaires/mairie-lille/configurations/mairie-lille-client',
      );
      assert.ok(!seen[0]?.url.includes(lilleToken));
      assert.equal(seen[0]?.init.method, 'PUT');
      await assert.rejects(
        client.savePartnerConfiguration({
          partenaire: 'mairie-lille',
          token: 'faux',
          id: 'mairie-lille-client',
          widget: 'quiz',
          attributs: {},
        }),
        (error: unknown) => error instanceof HttpError && error.status === 403 && seen.length === 2,
      );
    });

    it('saves through the store only for an existing partner, in its namespace', async () => {
      await assert.rejects(
        savePartnerConfiguration(database, 'inconnu', { id: 'inconnu-a', ...finder }),
        (error: unknown) =>
          error instanceof ConfigurationError && /no partner has the id/.test(error.message),
      );
      await assert.rejects(
        savePartnerConfiguration(database, 'mairie-lille', { id: 'mairie-lillex', ...finder }),
        (error: unknown) => error instanceof ConfigurationError && error.kind === 'invalid',
      );
      const { created } = await savePartnerConfiguration(database, 'mairie-lille', {
        id: 'mairie-lille-q',
        ...finder,
      });
      assert.equal(created, true);
    });
  });
}
