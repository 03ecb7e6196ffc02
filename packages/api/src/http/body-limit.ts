import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problemResponse } from '../problem.js';

/** Body size limits, in bytes. */
export interface BodyLimits {
  /** Every request but the admin import (events are small); default 16 KiB. */
  default: number;
  /** `POST /v1/admin/import` (a whole data file); default 50 MiB. */
  import: number;
}

/** Defaults. */
export const defaultBodyLimits: BodyLimits = { default: 16 * 1024, import: 50 * 1024 * 1024 };

/** The admin import route, which takes whole files. */
const IMPORT_PATH = '/v1/admin/import';

/** The admin routes of widget configurations. */
const CONFIGURATIONS_PATH = '/v1/admin/configurations/';

/**
 * The body limit of a configuration: 50 attributes of 2,000 characters, each up to 3 bytes in UTF-8, with room
 * for JSON escapes. Fixed: core's `configurationLimits` bound what a valid body holds.
 */
export const CONFIGURATION_BODY_LIMIT = 1024 * 1024;

/**
 * Refuses request bodies above the limit with 413 problem+json naming the limit: at once from `Content-Length`,
 * or as soon as a streamed body goes past it; then the connection is closed (`Connection: close`).
 */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler {
  const make = (maxSize: number): MiddlewareHandler =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        problemResponse(
          {
            status: 413,
            title: 'Content Too Large',
            detail: `The request body is larger than the limit of ${formatBytes(maxSize)} for ${c.req.method} ${c.req.path}.`,
            limit_bytes: maxSize,
          },
          // The rest of the body is not read, so the connection cannot carry another request: say so, or a
          // keep-alive client would send its next request on a socket about to close ("other side closed").
          { Connection: 'close' },
        ),
    });
  const forImport = make(limits.import);
  const forConfigurations = make(Math.max(limits.default, CONFIGURATION_BODY_LIMIT));
  const forOthers = make(limits.default);
  return (c, next) => {
    if (c.req.path === IMPORT_PATH) return forImport(c, next);
    if (c.req.path.startsWith(CONFIGURATIONS_PATH)) return forConfigurations(c, next);
    return forOthers(c, next);
  };
}

/** `16 KiB (16384 bytes)`, `50 MiB (52428800 bytes)`. */
export function formatBytes(bytes: number): string {
  const units = [
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ] as const;
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = Math.round((bytes / size) * 10) / 10;
      return `${value} ${unit} (${bytes} bytes)`;
    }
  }
  return `${bytes} bytes`;
}
