// Command-line entry: `npm start` in packages/api. Settings come from the environment (see README.md).
import { readFileSync } from 'node:fs';
import { createApp } from './app.js';
import { ensureCommunes } from './communes/load.js';
import { readConfig } from './config.js';
import type { Config } from './config.js';
import { describeDatabaseLocation, openDatabase } from './database.js';
import type { Database } from './database.js';
import { createLogger } from './logger.js';
import type { Logger } from './logger.js';
import { migrate } from './migrate.js';
import { seedIfEmpty } from './seed.js';
import { listen } from './server.js';
import type { RunningServer } from './server.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

let logger: Logger | undefined;
let database: Database | undefined;

/** Logs why the server cannot run, in JSON for the log and in plain words on stderr, and exits with 1. */
async function fail(message: string, error?: unknown): Promise<never> {
  logger?.fatal({ err: error }, message);
  process.stderr.write(`inclusion-widgets api: ${message}\n`);
  await database?.close().catch(() => undefined);
  process.exit(1);
}

async function start(): Promise<void> {
  // Opening hours are read by a library in the process's local time, which it gets wrong around that zone's
  // DST changes: the process runs in UTC, and each place is evaluated in its own zone (src/lieux/opening-hours.ts).
  process.env.TZ = 'UTC';
  let config: Config;
  try {
    config = readConfig();
    logger = createLogger({ level: config.logLevel });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), error);
  }

  const location = describeDatabaseLocation({ url: config.databaseUrl, dataDir: config.pgliteDataDir });
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.pgliteDataDir, logger });
  } catch (error) {
    return fail(errorMessage(error), error);
  }
  try {
    await migrate(database, { logger });
  } catch (error) {
    return fail(`Cannot migrate the database (${location}): ${errorMessage(error)}`, error);
  }
  try {
    await ensureCommunes(database, logger);
  } catch (error) {
    return fail(`Cannot load the communes index (${location}): ${errorMessage(error)}`, error);
  }
  try {
    await seedIfEmpty(database, logger);
  } catch (error) {
    return fail(
      `Cannot seed the database with the committed places (${location}): ${errorMessage(error)}`,
      error,
    );
  }

  let server: RunningServer;
  try {
    const app = createApp({
      database,
      logger,
      version: packageJson.version,
      staticDir: config.staticDir,
      adminToken: config.adminToken,
      banUrl: config.banUrl,
      publicUrl: config.publicUrl,
      embedScriptUrl: config.embedScriptUrl,
      http: config.http,
      ...(config.contentDir === undefined ? {} : { contentDir: config.contentDir }),
    });
    server = await listen(app, { port: config.port, host: config.host });
  } catch (error) {
    return fail(errorMessage(error), error);
  }
  logger.info(
    { url: server.url, database: database.kind, version: packageJson.version },
    `Listening on ${server.url} (database: ${location})`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      logger?.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger?.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await server.close();
      await database?.close();
    } catch (error) {
      logger?.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
    logger?.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await start();
