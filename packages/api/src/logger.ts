import type { MiddlewareHandler } from 'hono';
import { pino } from 'pino';
import type { DestinationStream, Logger as PinoLogger } from 'pino';

/** The API's logger: pino, one JSON object per line. */
export type Logger = PinoLogger;

/** How to build the logger. */
export interface LoggerOptions {
  /** `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`; default `LOG_LEVEL`, else `info`. */
  level?: string;
  /** Where lines go; default standard output. */
  destination?: DestinationStream;
}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Creates the JSON logger. Lines carry an ISO time and the level as a word.
 *
 * @example
 * const logger = createLogger({ level: 'debug' });
 * logger.info({ port: 8080 }, 'listening');
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? (process.env.LOG_LEVEL || 'info');
  if (!levels.includes(level)) {
    throw new Error(`Unknown log level '${level}': use one of ${levels.join(', ')}.`);
  }
  return pino(
    {
      level,
      base: { service: 'inclusion-widgets-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

/**
 * Logs one line per request: method, path (without the query string, which may hold what someone searched for),
 * status and duration. No IP address and no headers are logged. Successful `/health` probes are logged at `debug`
 * so that load-balancer checks do not drown the log.
 */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      method: c.req.method,
      path: c.req.path,
      status,
      duration_ms: Math.round((performance.now() - start) * 10) / 10,
    };
    if (c.req.path === '/health' && status < 400) logger.debug(line, 'request');
    else logger.info(line, 'request');
  };
}
