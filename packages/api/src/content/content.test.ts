import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { orientationDefinitionSchema, quizDefinitionSchema } from '@inclusion-widgets/core';
import { orientation } from '../../../../test/fixtures/orientation.js';
import { quiz } from '../../../../test/fixtures/quiz.js';
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

describe('GET /v1/quiz/{id} and /v1/orientations/{id}', () => {
  let dir: string;
  let database: Database;

  before(async () => {
    // Content routes do not touch the database; the app still needs one.
    database = await openDatabase({ dataDir: 'memory://' });
    dir = mkdtempSync(join(tmpdir(), 'inclusion-content-'));
    mkdirSync(join(dir, 'quiz'));
    mkdirSync(join(dir, 'orientations'));
    writeFileSync(join(dir, 'quiz', `${quiz.id}.json`), JSON.stringify(quiz));
    writeFileSync(join(dir, 'orientations', `${orientation.id}.json`), JSON.stringify(orientation));
    // An invalid definition: a knowledge question without a correct answer, and an unknown area.
    const broken = {
      ...quiz,
      id: 'quiz-casse',
      questions: [
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
    writeFileSync(join(dir, 'quiz', 'quiz-casse.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'quiz', 'mauvais-nom.json'), JSON.stringify(quiz));
    writeFileSync(join(dir, 'orientations', 'pas-du-json.json'), '{ "id": ');
  });
  after(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a valid quiz, parsed with its defaults, cached an hour with an ETag', async () => {
    const { logger } = capturingLogger();
    const response = await createApp({ database, logger, version: 'test', contentDir: dir }).request(
      `/v1/quiz/${quiz.id}`,
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=3600');
    assert.match(response.headers.get('ETag') ?? '', /^"/);
    const body: unknown = await response.json();
    assert.deepEqual(body, quizDefinitionSchema.parse(quiz));
    assert.equal((body as { questions: Array<{ multiple: boolean }> }).questions[0]?.multiple, false);
  });

  it('serves a valid orientation', async () => {
    const { logger } = capturingLogger();
    const response = await createApp({ database, logger, version: 'test', contentDir: dir }).request(
      `/v1/orientations/${orientation.id}`,
    );
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), orientationDefinitionSchema.parse(orientation));
  });

  it('logs invalid definitions with their problems and does not serve them', async () => {
    const { logger, lines } = capturingLogger();
    const app = createApp({ database, logger, version: 'test', contentDir: dir });
    const errors = lines().filter((line) => line.level === 'error');
    const messages = errors.map((line) => String(line.msg));
    assert.ok(
      messages.includes('quiz definition quiz-casse.json is invalid: not served'),
      messages.join('\n'),
    );
    const casse = errors.find((line) => String(line.msg).startsWith('quiz definition quiz-casse.json'));
    assert.match(JSON.stringify(casse?.problems), /nulle-part/);
    assert.ok(
      messages.includes(
        "quiz definition mauvais-nom.json has id 'quiz-exemple': the file must be named quiz-exemple.json; not served",
      ),
      messages.join('\n'),
    );
    assert.ok(messages.includes('orientation definition pas-du-json.json is not valid JSON: not served'));

    const response = await app.request('/v1/quiz/quiz-casse');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.deepEqual(await response.json(), {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: "No quiz with id 'quiz-casse' (available: quiz-exemple).",
    });
    assert.equal((await app.request('/v1/quiz/mauvais-nom')).status, 404);
  });

  it('answers 404 naming the id when the content folder is empty or missing', async () => {
    const { logger } = capturingLogger();
    const app = createApp({ database, logger, version: 'test', contentDir: join(dir, 'nowhere') });
    const response = await app.request('/v1/orientations/orientation-exemple');
    assert.equal(response.status, 404);
    assert.equal(
      ((await response.json()) as { detail: string }).detail,
      "No orientation with id 'orientation-exemple' (none is published on this server).",
    );
  });

  it('reads packages/content by default', () => {
    assert.match(CONTENT_DIR, /packages[/\\]content[/\\]$/);
  });
});
