import { isAbsolute, resolve } from 'node:path';
import { readHttpConfig } from './http/config.js';
import type { HttpOptions } from './http/index.js';

/** The server's settings, read from environment variables. */
export interface Config {
  /** `PORT`, default 8080; 0 picks a free port. */
  port: number;
  /** `HOST`, default `127.0.0.1` (this machine only); `0.0.0.0` in a container or behind a proxy. */
  host: string;
  /** `DATABASE_URL`: a PostgreSQL server. Unset: PGlite in this process. */
  databaseUrl: string | undefined;
  /** `PGLITE_DATA_DIR`, default `.pglite` in the working directory; `memory://` for a throwaway database. */
  pgliteDataDir: string;
  /** `STATIC_DIR`: a directory to serve at `/`, resolved from the working directory. */
  staticDir: string | undefined;
  /** `LOG_LEVEL`, default `info`. */
  logLevel: string;
  /** `ADMIN_TOKEN`: bearer token of `POST /v1/admin/import`; unset disables that route. */
  adminToken: string | undefined;
  /** `BAN_URL`: the national address API's search URL (`https://api-adresse.data.gouv.fr/search/`); unset disables `/v1/adresses`. */
  banUrl: string | undefined;
  /** `PUBLIC_URL`: the API's address as browsers reach it, for absolute URLs (the map style); unset: each request's origin. */
  publicUrl: string | undefined;
  /** `CORS_ORIGINS`, `TRUST_PROXY`, `RATE_LIMIT_*`, `BODY_LIMIT_BYTES`, `IMPORT_BODY_LIMIT_BYTES` (see `src/http/config.ts`). */
  http: HttpOptions;
  /** `CONTENT_DIR`: quiz and orientation definitions; default `packages/content`. */
  contentDir: string | undefined;
  /** `EMBED_SCRIPT_URL`: the embed build's loader, loaded by the iframe pages (`/embed/<widget>`); default `/build/embed/inclusion-widgets.js`. */
  embedScriptUrl: string;
}

/**
 * Reads the settings. Empty variables count as unset. Throws a message naming the variable when one is invalid.
 *
 * @example
 * const config = readConfig({ PORT: '3000' }, '/srv/api');
 */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const port = value('PORT') ?? '8080';
  if (!/^\d+$/.test(port) || Number(port) > 65_535) {
    throw new Error(`PORT must be a number from 0 to 65535, not '${port}'.`);
  }
  const dataDir = value('PGLITE_DATA_DIR') ?? '.pglite';
  const staticDir = value('STATIC_DIR');
  const banUrl = value('BAN_URL');
  if (banUrl !== undefined && !/^https?:$/.test(URL.parse(banUrl)?.protocol ?? '')) {
    throw new Error(
      `BAN_URL must be an http(s) URL such as https://api-adresse.data.gouv.fr/search/, not '${banUrl}'.`,
    );
  }
  const publicUrl = value('PUBLIC_URL');
  const publicOrigin = publicUrl === undefined ? undefined : URL.parse(publicUrl);
  if (
    publicUrl !== undefined &&
    (!publicOrigin || !/^https?:$/.test(publicOrigin.protocol) || publicOrigin.search || publicOrigin.hash)
  ) {
    throw new Error(
      `PUBLIC_URL must be the http(s) address of the API as browsers reach it, such as https://api.example.org, not '${publicUrl}'.`,
    );
  }
  const embedScriptUrl = value('EMBED_SCRIPT_URL') ?? '/build/embed/inclusion-widgets.js';
  if (!/^\/(?!\/)/.test(embedScriptUrl) && !/^https?:$/.test(URL.parse(embedScriptUrl)?.protocol ?? '')) {
    throw new Error(
      `EMBED_SCRIPT_URL must be an http(s) URL or a path starting with /, such as https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js, not '${embedScriptUrl}'.`,
    );
  }
  return {
    port: Number(port),
    host: value('HOST') ?? '127.0.0.1',
    databaseUrl: value('DATABASE_URL'),
    pgliteDataDir: dataDir.includes('://') || isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    staticDir: staticDir === undefined ? undefined : resolve(cwd, staticDir),
    logLevel: value('LOG_LEVEL') ?? 'info',
    adminToken: value('ADMIN_TOKEN'),
    banUrl,
    publicUrl: publicOrigin?.href.replace(/\/+$/, ''),
    http: readHttpConfig(env),
    contentDir: value('CONTENT_DIR') === undefined ? undefined : resolve(cwd, value('CONTENT_DIR') ?? ''),
    embedScriptUrl,
  };
}
