import { readConfig } from './config.js';
import { describeDatabaseLocation, openDatabase } from './database.js';
import type { Database } from './database.js';
import { createLogger } from './logger.js';
import type { Logger } from './logger.js';
import { migrate } from './migrate.js';

/** What a command of `inclusion-api` works on. */
export interface CommandDatabase {
  /** The migrated database; the caller closes it. */
  database: Database;
  /** Logs to stderr (`LOG_LEVEL`, `warn` by default), so that stdout stays the command's output. */
  logger: Logger;
  /** Where the data is, in words (for reports). */
  location: string;
}

/**
 * Opens the database the server would use with this environment (`DATABASE_URL`, else PGlite in
 * `PGLITE_DATA_DIR`) and applies the migrations, for the command-line tools.
 *
 * @example
 * const { database } = await openCommandDatabase(process.env);
 */
export async function openCommandDatabase(env: Record<string, string | undefined>): Promise<CommandDatabase> {
  const config = readConfig(env);
  const logger = createLogger({ level: env.LOG_LEVEL?.trim() || 'warn', destination: process.stderr });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.pgliteDataDir, logger });
  try {
    await migrate(database, { logger });
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  const location = describeDatabaseLocation({ url: config.databaseUrl, dataDir: config.pgliteDataDir });
  return { database, logger, location };
}
