import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { orientationDefinitionSchema, quizDefinitionSchema } from '@inclusion-widgets/core';
import { orientation } from '../../../../test/fixtures/orientation.js';
import { createApp } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../database.js';
import { CONTENT_DIR } from './store.js';

function capturingLogger(): {
  logger: ReturnType<typeof createLogger>;
  lines: () => Record<string, unknown>[];
} {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    logger: createLogger({ level: 'info', destination }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A shipped quiz file, as written. */
function shipped(name: string): Record<string, unknown> & { id: string; locale: string } {
  return JSON.parse(readFileSync(join(CONTENT_DIR, 'quiz', name), 'utf8')) as Record<string, unknown> & {
    id: string;
    locale: string;
  };
}

const quizFr = shipped('mes-demarches-en-ligne.fr.json');
const quizEn = shipped('mes-demarches-en-ligne.en.json');

describe('GET /v1/quiz/{id} and /v1/orientations/{id}', () => {
  let dir: string;
  let database: Database;

  before(async () => {
    // Content routes do not touch the database; the app still needs one.
    database = await openDatabase({ dataDir: 'memory://' });
    dir = mkdtempSync(join(tmpdir(), 'inclusion-content-'));
    mkdirSync(join(dir, 'quiz'));
    mkdirSync(join(dir, 'orientations'));
    const write = (kind: string, name: string, value: unknown) =>
      writeFileSync(join(dir, kind, name), typeof value === 'string' ? value : JSON.stringify(value));
    write('quiz', 'mes-demarches-en-ligne.fr.json', quizFr);
    write('quiz', 'mes-demarches-en-ligne.en.json', quizEn);
    // One language only, in a file without a locale suffix.
    write('quiz', 'only-english.json', { ...quizEn, id: 'only-english' });
    write('orientations', `${orientation.id}.json`, orientation);
    // An invalid definition: a knowledge question without a correct answer, and an unknown area.
    const [profile] = quizFr.questions as unknown[];
    const broken = {
      ...quizFr,
      id: 'quiz-casse',
      questions: [
        profile,
        {
          id: 'q',
          kind: 'knowledge',
          area: 'nulle-part',
          text: 'Q ?',
          choices: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
          ],
        },
      ],
    };
    write('quiz', 'quiz-casse.fr.json', broken);
    write('quiz', 'mauvais-nom.fr.json', quizFr);
    write('quiz', 'mes-demarches-en-ligne.de.json', quizEn);
    // A second French version of the same quiz, without a suffix: sorted after the first, left out.
    write('quiz', 'mes-demarches-en-ligne.json', quizFr);
    write('orientations', 'pas-du-json.json', '{ "id": ');
  });
  after(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const app = (logger = capturingLogger().logger) =>
    createApp({ database, logger, version: 'test', contentDir: dir });

  it('serves a quiz in French by default, parsed with its defaults, cached an hour with an ETag', async () => {
    const response = await app().request('/v1/quiz/mes-demarches-en-ligne');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=3600');
    assert.equal(response.headers.get('Content-Language'), 'fr');
    assert.match(response.headers.get('ETag') ?? '', /^"/);
    const body = (await response.json()) as { questions: Array<{ multiple: boolean }> };
    assert.deepEqual(body, quizDefinitionSchema.parse(quizFr));
    assert.equal(body.questions[0]?.multiple, false);
  });

  it('serves the language asked with ?lang, and French when that language is missing', async () => {
    const served = async (query: string) => {
      const response = await app().request(`/v1/quiz/mes-demarches-en-ligne${query}`);
      assert.equal(response.status, 200, query);
      const body = (await response.json()) as { locale: string };
      assert.equal(response.headers.get('Content-Language'), body.locale);
      return { locale: body.locale, etag: response.headers.get('ETag') };
    };
    const english = await served('?lang=en');
    assert.equal(english.locale, 'en');
    assert.equal((await served('?lang=en-GB')).locale, 'en');
    assert.equal((await served('?lang=EN')).locale, 'en');
    const french = await served('?lang=fr');
    assert.equal(french.locale, 'fr');
    assert.notEqual(english.etag, french.etag, 'each language has its own ETag');
    assert.equal((await served('?lang=de')).locale, 'fr');
    assert.equal((await served('?lang=')).locale, 'fr');
    assert.equal((await served('?lang=%3Cscript%3E')).locale, 'fr');
  });

  it('serves the one language a definition has, whatever is asked', async () => {
    const english = await app().request('/v1/quiz/only-english?lang=fr');
    assert.equal(english.status, 200);
    assert.equal(english.headers.get('Content-Language'), 'en');
    const response = await app().request(`/v1/orientations/${orientation.id}?lang=en`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Language'), 'fr');
    assert.deepEqual(await response.json(), orientationDefinitionSchema.parse(orientation));
  });

  it('logs invalid, misnamed and duplicate definitions with their problems and does not serve them', async () => {
    const { logger, lines } = capturingLogger();
    const server = app(logger);
    const errors = lines().filter((line) => line.level === 'error');
    const messages = errors.map((line) => String(line.msg));
    assert.deepEqual(messages.sort(), [
      'orientation definition pas-du-json.json is not valid JSON: not served',
      "quiz definition mauvais-nom.fr.json has id 'mes-demarches-en-ligne' and locale 'fr': the file must be named mes-demarches-en-ligne.fr.json (or mes-demarches-en-ligne.json); not served",
      "quiz definition mes-demarches-en-ligne.de.json has id 'mes-demarches-en-ligne' and locale 'en': the file must be named mes-demarches-en-ligne.en.json (or mes-demarches-en-ligne.json); not served",
      "quiz definition mes-demarches-en-ligne.json is a second 'fr' version of 'mes-demarches-en-ligne': not served",
      'quiz definition quiz-casse.fr.json is invalid: not served',
    ]);
    const casse = errors.find((line) => String(line.msg).startsWith('quiz definition quiz-casse'));
    assert.match(JSON.stringify(casse?.problems), /nulle-part/);

    const response = await server.request('/v1/quiz/quiz-casse');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.deepEqual(await response.json(), {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: "No quiz with id 'quiz-casse' (available: mes-demarches-en-ligne, only-english).",
    });
    assert.equal((await server.request('/v1/quiz/mauvais-nom')).status, 404);
  });

  it('answers 404 naming the id when the content folder is empty or missing', async () => {
    const { logger } = capturingLogger();
    const empty = createApp({ database, logger, version: 'test', contentDir: join(dir, 'nowhere') });
    const response = await empty.request('/v1/orientations/orientation-exemple?lang=en');
    assert.equal(response.status, 404);
    assert.equal(
      ((await response.json()) as { detail: string }).detail,
      "No orientation with id 'orientation-exemple' (none is published on this server).",
    );
  });

  it('reads packages/content by default, and serves the shipped quizzes in French and English', async () => {
    assert.match(CONTENT_DIR, /packages[/\\]content[/\\]$/);
    const { logger, lines } = capturingLogger();
    const server = createApp({ database, logger, version: 'test' });
    assert.deepEqual(
      lines().filter((line) => line.level === 'error'),
      [],
      'every shipped file is valid',
    );
    for (const id of ['competences-numeriques', 'mes-demarches-en-ligne']) {
      for (const lang of ['fr', 'en']) {
        const response = await server.request(`/v1/quiz/${id}?lang=${lang}`);
        assert.equal(response.status, 200, `${id} ${lang}`);
        assert.equal(((await response.json()) as { locale: string }).locale, lang);
      }
    }
  });

  it('serves the shipped orientation in French and English, valid, with the audience, parallel outcome and quiz skills', async () => {
    const { logger } = capturingLogger();
    const server = createApp({ database, logger, version: 'test' });
    for (const lang of ['fr', 'en']) {
      const response = await server.request(`/v1/orientations/trouver-la-bonne-aide?lang=${lang}`);
      assert.equal(response.status, 200, lang);
      assert.equal(response.headers.get('Content-Language'), lang);
      assert.equal(response.headers.get('Cache-Control'), 'public, max-age=3600');
      const body = (await response.json()) as unknown;
      const file = JSON.parse(
        readFileSync(join(CONTENT_DIR, 'orientations', `trouver-la-bonne-aide.${lang}.json`), 'utf8'),
      ) as unknown;
      assert.deepEqual(body, orientationDefinitionSchema.parse(file), 'served as parsed, defaults included');
      const parsed = orientationDefinitionSchema.parse(body);
      assert.equal(parsed.locale, lang);
      assert.deepEqual(parsed.audience, { question: 'qui', helping: 'une-personne' });
      assert.deepEqual(
        parsed.outcomes.filter((outcome) => outcome.parallel).map((outcome) => outcome.id),
        ['materiel-et-connexion'],
      );
      assert.deepEqual(
        parsed.questions.filter((question) => question.fromQuiz).map((question) => question.id),
        ['aise-appareil', 'aise-en-ligne'],
      );
    }
    const french = await server.request('/v1/orientations/trouver-la-bonne-aide');
    assert.equal(french.headers.get('Content-Language'), 'fr');
  });
});
