import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './database.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const bin = fileURLToPath(new URL('../bin/inclusion-api.js', import.meta.url));
const fixture = (name: string): string =>
  fileURLToPath(new URL(`./import/fixtures/${name}`, import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], env: Record<string, string>, viaBin = false): Promise<Run> {
  const command = viaBin ? [bin, ...args] : ['--conditions=source', '--import', 'tsx', cli, ...args];
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { env: { ...inherited, LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('inclusion-api import (spawned, on a temporary PGlite directory)', () => {
  let dir: string;
  let env: Record<string, string>;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'inclusion-cli-'));
    env = { PGLITE_DATA_DIR: join(dir, 'pglite') };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits with 2 and the usage on a usage error', async () => {
    for (const args of [
      [],
      ['import'],
      ['import', fixture('france-services-sample.csv')],
      ['import', fixture('france-services-sample.csv'), '--format', 'csv'],
      ['import', join(dir, 'missing.csv'), '--format', 'standard-v1'],
      ['export', 'x'],
      ['import', 'x', '--unknown'],
    ]) {
      const result = await run(args, env);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /Usage: inclusion-api import FILE --format/);
    }
  });

  it('exits with 0 when every row is valid, and writes them', async () => {
    const result = await run(
      ['import', fixture('france-services-sample.csv'), '--format', 'france-services'],
      env,
      true,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /12 rows read, 12 valid, 0 rejected, 12 written/);
  });

  it('exits with 1 when a row is rejected, printing its line and reason; --strict writes nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'id,pivot,nom,commune,code_postal,adresse,date_maj,latitude,longitude\n' +
        'cli-ok,00000000000000,Lieu,Lille,59000,1 rue,2024-01-01,50.6,3.06\n' +
        'cli-bad,00000000000000,Lieu,Lille,59000,1 rue,2024-01-01,95,3.06\n',
    );
    const strict = await run(['import', file, '--format', 'standard-v1', '--strict'], env);
    assert.equal(strict.code, 1, strict.stderr);
    assert.match(strict.stdout, /line 3 \(id cli-bad\):\n {4}- latitude: 95 is not between -90 and 90/);
    assert.match(strict.stdout, /Strict mode: nothing was written/);
    const lenient = await run(['import', file, '--format', 'standard-v1'], env);
    assert.equal(lenient.code, 1);
    assert.match(lenient.stdout, /2 rows read, 1 valid, 1 rejected, 1 written/);

    const database = await openDatabase({ dataDir: env.PGLITE_DATA_DIR });
    try {
      const { rows } = await database.query<{ id: string; departement: string }>(
        "SELECT id, departement FROM lieux WHERE id LIKE 'cli-%' ORDER BY id",
      );
      assert.deepEqual(rows, [{ id: 'cli-ok', departement: '59' }]);
    } finally {
      await database.close();
    }
  });

  it('exits with 1 and a clear message for an empty file', async () => {
    const file = join(dir, 'empty.csv');
    writeFileSync(file, '');
    const result = await run(['import', file, '--format', 'standard-v1'], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /empty\.csv: The file is empty/);
  });
});
