// The default map style, served offline: `GET /v1/carte/style.json` and the GeoJSON it draws,
// `GET /v1/carte/departements.geojson` (built by scripts/build-departements.ts, committed in data/).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { carteStyle } from './style.js';

/** The committed outlines of the départements. */
export const DEPARTEMENTS_FILE = fileURLToPath(new URL('../../data/departements.geojson', import.meta.url));

/** What the routes need. */
export interface CarteRoutesOptions {
  /**
   * `PUBLIC_URL`: the API's address as browsers reach it (`https://api.example.org`), for the absolute URLs of the
   * style. Unset: the origin of each request, right unless a proxy in front rewrites the host or the scheme.
   */
  publicUrl?: string | undefined;
  /** The départements' GeoJSON; `DEPARTEMENTS_FILE` by default. */
  departementsFile?: string;
}

/**
 * The style changes with a deployment only (and its GeoJSON's URL with the data): a day, revalidated by ETag.
 * The GeoJSON, under a URL that names its content (`?v=<hash>`), never changes: a year, immutable; asked for
 * without the current `v`, a day.
 */
const CACHE_STYLE = 'public, max-age=86400';
const CACHE_VERSIONED = 'public, max-age=31536000, immutable';

/**
 * Mounts `GET /v1/carte/style.json` (a MapLibre style, version 8: a background, the départements as a fill and an
 * outline, no text, no glyphs, no sprite) and `GET /v1/carte/departements.geojson`, so that `<inclusion-map>`
 * draws a background with nothing but this API.
 *
 * @example
 * registerCarte(app, { publicUrl: 'https://api.example.org' });
 */
export function registerCarte(app: Hono, options: CarteRoutesOptions = {}): void {
  const file = options.departementsFile ?? DEPARTEMENTS_FILE;
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  let departements: { body: Uint8Array<ArrayBuffer>; version: string } | undefined;
  // Read on first use, then kept: 220 KB.
  const load = () => {
    if (!departements) {
      const body = new Uint8Array(readFileSync(file));
      const version = createHash('sha256').update(body).digest('base64url').slice(0, 12);
      departements = { body, version };
    }
    return departements;
  };
  const origin = (c: Context) => publicUrl ?? new URL(c.req.url).origin;

  app.get('/v1/carte/style.json', (c) => {
    const url = `${origin(c)}/v1/carte/departements.geojson?v=${load().version}`;
    return c.json(carteStyle({ departements: url }), 200, { 'Cache-Control': CACHE_STYLE });
  });

  app.get('/v1/carte/departements.geojson', (c) => {
    const { body, version } = load();
    return c.body(body, 200, {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Cache-Control': c.req.query('v') === version ? CACHE_VERSIONED : CACHE_STYLE,
    });
  });
}
