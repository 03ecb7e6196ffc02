// Data for the reliability scripts: a PostgreSQL server gets what the embedded database seeds itself with on its
// first start (the communes index and the 3,532 committed real places), loaded as an operator would.
import { readFile } from 'node:fs/promises';
import { ensureCommunes } from '../../src/communes/load.js';
import { openDatabase } from '../../src/database.js';
import { importLieux } from '../../src/import/import.js';
import { migrate } from '../../src/migrate.js';
import { SEED_FILES } from '../../src/seed.js';

/** Migrates the server at `url`, loads the communes and imports the committed places; returns the places' count. */
export async function prepareServer(url: string): Promise<number> {
  const database = await openDatabase({ url });
  try {
    await migrate(database);
    await ensureCommunes(database);
    for (const file of SEED_FILES) {
      await importLieux(database, await readFile(file), { format: 'standard-v1' });
    }
    await database.exec('ANALYZE');
    const { rows } = await database.query<{ count: number }>('SELECT count(*) AS count FROM lieux');
    return rows[0]?.count ?? 0;
  } finally {
    await database.close();
  }
}

/** `2026-11-23 18:20 UTC` */
export function utcNow(): string {
  return new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** One line about the machine, for the figures. */
export async function machine(): Promise<string> {
  const os = await import('node:os');
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
