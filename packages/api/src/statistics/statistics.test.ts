import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { statistiquesSchema } from '@inclusion-widgets/core';
import { Hono } from 'hono';
import type { Database } from '../database.js';
import { installHttp } from '../http/index.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { runPartnerCommand } from './partner-cli.js';
import { registerStatistics } from './routes.js';
import { createPartner, hashToken, verifyPartnerToken, weekOf } from './store.js';

describe('weekOf', () => {
  it('gives the Monday (UTC) of the ISO week', () => {
    assert.equal(weekOf(new Date('2026-11-23T10:00:00Z')), '2026-11-23'); // a Monday
    assert.equal(weekOf(new Date('2026-11-29T23:59:59Z')), '2026-11-23'); // the Sunday after
    assert.equal(weekOf(new Date('2026-11-22T23:59:59Z')), '2026-11-16');
    assert.equal(weekOf(new Date('2027-01-01T12:00:00Z')), '2026-12-28'); // across a year
  });
});

for (const target of testTargets) {
  describe(`statistics ${target.title}`, { skip: target.skip }, () => {
    let databases: TestDatabases;
    let database: Database;
    let token: string;
    let clock = new Date('2026-11-18T09:30:00Z');

    before(async () => {
      databases = await target.setUp();
      database = await databases.fresh();
      await migrate(database);
      ({ token } = await createPartner(database, { id: 'mairie-exemple', nom: 'Mairie d’Exemple' }));
    });
    after(() => databases?.tearDown());

    function app(): Hono {
      const hono = new Hono();
      installHttp(hono, { rateLimits: { get: 0, post: 0, postOtherOrigin: 0 } });
      registerStatistics(hono, { database, now: () => clock });
      return hono;
    }

    const post = (body: unknown, type = 'application/json') =>
      app().request('/v1/evenements', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    const read = (query: string, authorization?: string) =>
      app().request(`/v1/statistiques?${query}`, {
        headers: authorization ? { Authorization: authorization } : {},
      });

    it('stores the token only as its SHA-256 and checks it', async () => {
      const { rows } = await database.query<{ jeton_sha256: string }>(
        "SELECT jeton_sha256 FROM partenaires WHERE id = 'mairie-exemple'",
      );
      assert.equal(rows[0]?.jeton_sha256, hashToken(token));
      assert.match(token, /^[\w-]{43}$/);
      assert.equal(await verifyPartnerToken(database, 'mairie-exemple', token), true);
      assert.equal(await verifyPartnerToken(database, 'mairie-exemple', `${token}x`), false);
      assert.equal(await verifyPartnerToken(database, 'inconnu', token), false);
    });

    it('counts events into weekly counters and answers 202', async () => {
      const response = await post({
        partenaire: 'mairie-exemple',
        evenements: [
          { type: 'widget-affiche', widget: 'quiz' },
          {
            type: 'quiz-termine',
            widget: 'quiz',
            quiz: 'quiz-exemple',
            niveau: 2,
            domaines_faibles: ['securite'],
          },
          {
            type: 'quiz-termine',
            widget: 'quiz',
            quiz: 'quiz-exemple',
            niveau: 1,
            domaines_faibles: ['securite', 'communiquer'],
          },
          { type: 'lieu-consulte', widget: 'venue-finder', lieu: 'fs-123' },
        ],
      });
      assert.equal(response.status, 202);
      assert.deepEqual(await response.json(), { acceptes: 4 });
      // sendBeacon's text/plain, the next week.
      clock = new Date('2026-11-24T08:00:00Z');
      const beacon = await post(
        {
          partenaire: 'mairie-exemple',
          evenements: [
            {
              type: 'orientation-resultat',
              widget: 'orientation',
              orientation: 'o',
              resultat: 'urgence',
              niveau: 1,
            },
          ],
        },
        'text/plain;charset=UTF-8',
      );
      assert.equal(beacon.status, 202);
      const again = await post({
        partenaire: 'mairie-exemple',
        evenements: [{ type: 'quiz-termine', widget: 'quiz', quiz: 'quiz-exemple', niveau: 2 }],
      });
      assert.equal(again.status, 202);
    });

    it('keeps no address, identifier or time finer than the week', async () => {
      const { rows } = await database.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_name = 'statistiques_hebdomadaires' AND table_schema = current_schema()
          ORDER BY ordinal_position`,
      );
      assert.deepEqual(
        rows.map((row) => row.column_name),
        ['semaine', 'partenaire', 'widget', 'evenement', 'dimension', 'valeur', 'nombre'],
      );
      const weeks = await database.query<{ semaine: string }>(
        'SELECT DISTINCT semaine FROM statistiques_hebdomadaires ORDER BY semaine',
      );
      assert.deepEqual(
        weeks.rows.map((row) => row.semaine),
        ['2026-11-16', '2026-11-23'],
      );
    });

    it('returns the weekly aggregates to the partner with its token', async () => {
      const response = await read('partenaire=mairie-exemple&depuis=2026-11-01', `Bearer ${token}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'private, no-cache');
      const body = statistiquesSchema.parse(await response.json());
      assert.deepEqual(body, {
        partenaire: 'mairie-exemple',
        depuis: '2026-11-01',
        items: [
          {
            semaine: '2026-11-16',
            widget: 'quiz',
            evenement: 'quiz-termine',
            nombre: 2,
            details: {
              domaine_faible: { communiquer: 1, securite: 2 },
              niveau: { '1': 1, '2': 1 },
              quiz: { 'quiz-exemple': 2 },
            },
          },
          { semaine: '2026-11-16', widget: 'quiz', evenement: 'widget-affiche', nombre: 1, details: {} },
          {
            semaine: '2026-11-16',
            widget: 'venue-finder',
            evenement: 'lieu-consulte',
            nombre: 1,
            details: { lieu: { 'fs-123': 1 } },
          },
          {
            semaine: '2026-11-23',
            widget: 'orientation',
            evenement: 'orientation-resultat',
            nombre: 1,
            details: { niveau: { '1': 1 }, orientation: { o: 1 }, resultat: { urgence: 1 } },
          },
          {
            semaine: '2026-11-23',
            widget: 'quiz',
            evenement: 'quiz-termine',
            nombre: 1,
            details: { niveau: { '2': 1 }, quiz: { 'quiz-exemple': 1 } },
          },
        ],
      });
      const later = (await (
        await read('partenaire=mairie-exemple&depuis=2026-11-25', `Bearer ${token}`)
      ).json()) as { items: Array<{ semaine: string }> };
      assert.deepEqual(new Set(later.items.map((item) => item.semaine)), new Set(['2026-11-23']));
    });

    it('counts concurrent batches exactly (count = count + 1 in the database)', async () => {
      const batch = {
        partenaire: 'mairie-exemple',
        evenements: Array.from({ length: 50 }, () => ({ type: 'widget-affiche', widget: 'venue-finder' })),
      };
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(batch)));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        Array.from({ length: 8 }, () => 202),
      );
      const { rows } = await database.query<{ nombre: number }>(
        `SELECT nombre FROM statistiques_hebdomadaires
          WHERE partenaire = 'mairie-exemple' AND semaine = '2026-11-23' AND evenement = 'widget-affiche'
            AND widget = 'venue-finder' AND dimension = ''`,
      );
      assert.equal(rows[0]?.nombre, 400);
    });

    it('refuses invalid events with 400 problems naming each field', async () => {
      const response = await post({
        partenaire: 'mairie-exemple',
        evenements: [
          { type: 'quiz-termine', widget: 'quiz', quiz: 'quiz-exemple', niveau: 4, email: 'a@b.fr' },
          { type: 'clic', widget: 'quiz' },
        ],
      });
      assert.equal(response.status, 400);
      const problem = (await response.json()) as {
        detail: string;
        errors: Array<{ path: string; message: string }>;
      };
      assert.deepEqual(problem.errors, [
        { path: 'evenements.0.niveau', message: 'niveau must be 1, 2 or 3' },
        { path: 'evenements.0', message: 'unknown key "email"' },
        {
          path: 'evenements.1.type',
          message: 'type must be one of widget-affiche, quiz-termine, orientation-resultat, lieu-consulte',
        },
      ]);
      assert.match(
        problem.detail,
        /^The events are invalid: evenements\.0\.niveau: niveau must be 1, 2 or 3;/,
      );

      const tooMany = await post({
        partenaire: 'mairie-exemple',
        evenements: Array.from({ length: 51 }, () => ({ type: 'widget-affiche', widget: 'quiz' })),
      });
      assert.equal(tooMany.status, 400);
      assert.match(
        ((await tooMany.json()) as { detail: string }).detail,
        /evenements must have at most 50 events per request/,
      );

      const unknown = await post({
        partenaire: 'inconnu',
        evenements: [{ type: 'widget-affiche', widget: 'quiz' }],
      });
      assert.equal(unknown.status, 400);
      assert.match(((await unknown.json()) as { detail: string }).detail, /Unknown partenaire 'inconnu'/);

      const notJson = await post('{"partenaire":');
      assert.equal(notJson.status, 400);
      assert.equal(
        ((await notJson.json()) as { detail: string }).detail,
        'The body of POST /v1/evenements is not valid JSON.',
      );
      const form = await post('a=b', 'application/x-www-form-urlencoded');
      assert.equal(form.status, 415);
    });

    it('refuses a body above the limit with 413', async () => {
      const response = await post({
        partenaire: 'mairie-exemple',
        evenements: [{ type: 'lieu-consulte', widget: 'venue-finder', lieu: 'x'.repeat(20_000) }],
      });
      assert.equal(response.status, 413);
    });

    it('answers 401 without a token, 403 with a wrong one or another partner, 400 without a partner', async () => {
      const missing = await read('partenaire=mairie-exemple');
      assert.equal(missing.status, 401);
      assert.equal(missing.headers.get('WWW-Authenticate'), 'Bearer realm="statistiques"');
      assert.match(((await missing.json()) as { detail: string }).detail, /Authorization: Bearer <token>/);

      const wrong = await read('partenaire=mairie-exemple', `Bearer ${token.slice(1)}x`);
      assert.equal(wrong.status, 403);
      assert.equal(wrong.headers.get('Cache-Control'), 'no-store');

      const { token: other } = await createPartner(database, { id: 'caf-exemple', nom: 'CAF' });
      const crossed = await read('partenaire=mairie-exemple', `Bearer ${other}`);
      assert.equal(crossed.status, 403);
      const own = await read('partenaire=caf-exemple', `Bearer ${other}`);
      assert.deepEqual(((await own.json()) as { items: unknown[] }).items, []);

      const noPartner = await read('depuis=2026-13-01', `Bearer ${token}`);
      assert.equal(noPartner.status, 400);
      const problem = (await noPartner.json()) as { errors: Array<{ path: string }> };
      assert.deepEqual(
        problem.errors.map((error) => error.path),
        ['partenaire', 'depuis'],
      );
    });

    it('creates partners from the command line, printing the token once', async () => {
      let out = '';
      let err = '';
      const io = { stdout: (text: string) => (out += text), stderr: (text: string) => (err += text) };
      assert.equal(await runPartnerCommand(['create', 'ccas-lille', 'CCAS', 'de', 'Lille'], database, io), 0);
      const printed = /\n\n([\w-]{43})\n\n/.exec(out)?.[1] ?? '';
      assert.equal(await verifyPartnerToken(database, 'ccas-lille', printed), true);
      const { rows } = await database.query<{ nom: string }>(
        "SELECT nom FROM partenaires WHERE id = 'ccas-lille'",
      );
      assert.equal(rows[0]?.nom, 'CCAS de Lille');

      assert.equal(await runPartnerCommand(['create', 'ccas-lille', 'Autre'], database, io), 1);
      assert.match(err, /A partner with id 'ccas-lille' already exists/);
      out = '';
      assert.equal(await runPartnerCommand(['create', 'ccas-lille', 'CCAS', '--new-token'], database, io), 0);
      const renewed = /\n\n([\w-]{43})\n\n/.exec(out)?.[1] ?? '';
      assert.equal(await verifyPartnerToken(database, 'ccas-lille', printed), false);
      assert.equal(await verifyPartnerToken(database, 'ccas-lille', renewed), true);

      err = '';
      assert.equal(await runPartnerCommand(['create', 'CCAS Lille', 'x'], database, io), 2);
      assert.match(err, /Invalid partner id 'CCAS Lille'/);
      assert.equal(await runPartnerCommand(['list'], database, io), 2);
      assert.match(err, /Usage: inclusion-api partenaire create <id> <name>/);
    });
  });
}
