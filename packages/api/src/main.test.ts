import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { LOCK_FILE_NAME } from './data-dir-lock.js';
import { MIGRATIONS_DIR, readMigrations } from './migrate.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;

/** `npm start`, as a child process with its own environment. */
interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const ours = ['DATABASE_URL', 'PGLITE_DATA_DIR', 'STATIC_DIR', 'PORT', 'HOST', 'LOG_LEVEL'];
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.includes(name)));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    // No seeding of the real places: these tests are about starting and stopping (seed.test.ts covers it).
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', SEED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close', not 'exit': it waits for the output to be read to the end.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits for the "Listening on" log line and returns its URL, or fails with what the process said. */
async function listening(started: Started): Promise<string> {
  for (;;) {
    const line = started
      .stdout()
      .split('\n')
      .find((text) => text.includes('"Listening on'));
    if (line) return (JSON.parse(line) as { url: string }).url;
    const code = await Promise.race([
      started.exited,
      new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 50)),
    ]);
    if (code !== 'waiting') {
      assert.fail(`the server exited with ${code}:\n${started.stdout()}\n${started.stderr()}`);
    }
  }
}

function logLines(started: Started): { msg: string; level: string }[] {
  return started
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; level: string });
}

describe('npm start (src/main.ts)', { timeout: 60_000 }, () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'inclusion-api-main-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates PGlite, serves /health on a free port, and stops cleanly on SIGTERM', async () => {
    const dataDir = join(dir, 'pglite');
    const started = start({ PGLITE_DATA_DIR: dataDir });
    try {
      const url = await listening(started);
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/health`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { status: string; database: { kind: string }; version: string };
      assert.equal(body.status, 'ok');
      assert.equal(body.database.kind, 'pglite');
      assert.equal(body.version, '0.1.0');
      assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), true);
    } finally {
      started.child.kill('SIGTERM');
    }
    assert.equal(await started.exited, 0, started.stderr());
    const messages = logLines(started).map((line) => line.msg);
    assert.ok(messages.includes('migration applied'), messages.join(' | '));
    assert.equal(messages.at(-1), 'stopped');
    assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), false, 'the data directory is unlocked');
  });

  it('exits with 1 and says so when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const started = start({ PORT: String(port), PGLITE_DATA_DIR: 'memory://' });
      assert.equal(await started.exited, 1);
      assert.match(started.stderr(), new RegExp(`Port ${port} is already in use on 127\\.0\\.0\\.1`));
      assert.equal(logLines(started).at(-1)?.level, 'fatal');
    } finally {
      blocker.close();
    }
  });

  it('exits with 1 and says so when the database cannot be opened', async () => {
    const started = start({ DATABASE_URL: 'postgres://api:hunter2@127.0.0.1:1/inclusion' });
    assert.equal(await started.exited, 1);
    assert.match(
      started.stderr(),
      /Cannot connect to PostgreSQL api@127\.0\.0\.1:1\/inclusion: .*ECONNREFUSED/,
    );
    assert.doesNotMatch(started.stdout() + started.stderr(), /hunter2/);
  });

  it('exits with 1 and names the variable when PORT is wrong', async () => {
    const started = start({ PORT: 'eighty' });
    assert.equal(await started.exited, 1);
    assert.match(started.stderr(), /PORT must be a number from 0 to 65535, not 'eighty'/);
  });

  it(
    'serves /health from the PostgreSQL server of DATABASE_URL',
    { skip: databaseUrl ? false : 'DATABASE_URL is not set: skipping the PostgreSQL server run' },
    async () => {
      const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA ${schema}`);
        const url = new URL(databaseUrl ?? '');
        url.searchParams.set('options', `-c search_path=${schema},public`);
        const started = start({ DATABASE_URL: url.href });
        try {
          const base = await listening(started);
          const body = (await (await fetch(`${base}/health`)).json()) as { database: { kind: string } };
          assert.equal(body.database.kind, 'postgres');
        } finally {
          started.child.kill('SIGTERM');
        }
        assert.equal(await started.exited, 0, started.stderr());
        const { rows } = await admin.query<{ name: string }>(
          `SELECT name FROM ${schema}.schema_migrations ORDER BY version`,
        );
        const shipped = (await readMigrations(MIGRATIONS_DIR)).map((migration) => migration.name);
        assert.deepEqual(
          rows.map((row) => row.name),
          shipped,
        );
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    },
  );
});

// Two first starts of PGlite on disk (migrations and the communes index, about 10 s each on an idle machine).
describe('npm start after kill -9', { timeout: 240_000 }, () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'inclusion-api-killed-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('starts again on a PGlite directory whose server was killed with kill -9 (its lock file left behind)', async () => {
    const dataDir = join(dir, 'pglite');
    const killed = start({ PGLITE_DATA_DIR: dataDir });
    try {
      await listening(killed);
    } finally {
      killed.child.kill('SIGKILL');
    }
    await killed.exited;
    assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), true, 'kill -9 leaves the lock file');
    const again = start({ PGLITE_DATA_DIR: dataDir });
    try {
      const url = await listening(again);
      assert.equal((await fetch(`${url}/health`)).status, 200);
      assert.equal((await fetch(`${url}/v1/lieux?lat=50.63&lon=3.06`)).status, 200);
    } finally {
      again.child.kill('SIGTERM');
    }
    assert.equal(await again.exited, 0, again.stderr());
    assert.equal(existsSync(join(dataDir, LOCK_FILE_NAME)), false);
  });
});
