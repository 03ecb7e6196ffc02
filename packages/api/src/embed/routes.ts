import { matchLocale, type Locale } from '@inclusion-widgets/core';
import type { Context, Hono } from 'hono';
import { EMBED_PREFIX, PAGE_CSP_DIRECTIVES, frameAncestors } from '../http/security-headers.js';
import { embedPage, notFoundPage } from './page.js';
import { embedWidgets } from './widgets.js';

/** Where the iframe pages find the embed build's loader unless `EMBED_SCRIPT_URL` says otherwise. */
export const DEFAULT_EMBED_SCRIPT_URL = '/build/embed/inclusion-widgets.js';

/** The file beside the loader that posts an iframe page's height to the host page (built by build-embed). */
export const FRAME_SCRIPT_FILE = 'inclusion-widgets-frame.js';

/** How long browsers and shared caches keep an iframe page: it changes only with a deployment or its query. */
const PAGE_CACHE_CONTROL = 'public, max-age=300';

/** What the iframe pages need. */
export interface EmbedOptions {
  /** `EMBED_SCRIPT_URL`: the loader, absolute or a path on this server; default `/build/embed/inclusion-widgets.js`. */
  embedScriptUrl?: string | undefined;
  /** `PUBLIC_URL`: the API's address as browsers reach it, given to the widget as its `api`; unset: `/` (this origin). */
  publicUrl?: string | undefined;
}

/**
 * Registers the iframe pages of the embed's third mode: `GET /embed/<widget>?<attribute>=<value>…` (widget:
 * `venue-finder`, `quiz`, `orientation`) answers an HTML page holding only that widget. The query's parameters
 * that name one of the widget's attributes are copied onto it as text (escaped; others are ignored), `lang` also
 * sets `<html lang>` and the title's language (French by default); the widget's `api` is this server. The page
 * loads the loader (`EMBED_SCRIPT_URL`) and `inclusion-widgets-frame.js` beside it, which posts the page's height
 * to the host (`inclusion-widgets-iframe.js` there resizes the iframe). An unknown widget answers a plain 404 page.
 * Any site may frame these pages (`frame-ancestors *`, see `securityHeaders`). When the loader is a path on this
 * server, its folder's files (the embed build) are served with `Access-Control-Allow-Origin: *`: partner pages load
 * them as module scripts, which are fetched with CORS.
 *
 * @example
 * registerEmbed(app, { embedScriptUrl: 'https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js' });
 */
export function registerEmbed(app: Hono, options: EmbedOptions = {}): void {
  const scriptUrl = options.embedScriptUrl ?? DEFAULT_EMBED_SCRIPT_URL;
  const frameScriptUrl = besideScript(scriptUrl, FRAME_SCRIPT_FILE);
  const api = options.publicUrl?.replace(/\/+$/, '') || '/';
  const known = Object.keys(embedWidgets);

  const notFound = (c: Context, name: string) =>
    c.html(notFoundPage(name.slice(0, 100), known, localeOf(c)), 404, {
      'Cache-Control': 'public, max-age=60',
    });

  // Partner pages load the embed build's files from another origin, as module scripts (and with SRI): those are
  // fetched with CORS, so the folder of the loader, when this server serves it, answers every origin.
  if (!URL.canParse(scriptUrl)) {
    app.use(`${besideScript(scriptUrl, './')}*`, async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
    });
  }

  app.get(EMBED_PREFIX.slice(0, -1), (c) => notFound(c, ''));
  app.get(EMBED_PREFIX, (c) => notFound(c, ''));
  app.get(`${EMBED_PREFIX}:widget`, (c) => {
    const name = c.req.param('widget');
    const widget = Object.hasOwn(embedWidgets, name) ? embedWidgets[name] : undefined;
    if (!widget) return notFound(c, name);
    const query = new URL(c.req.url).searchParams;
    const attributes: Array<[string, string]> = [];
    for (const attribute of widget.attributes) {
      const value = query.get(attribute);
      if (value !== null) attributes.push([attribute, value]);
    }
    const html = embedPage(widget, attributes, {
      locale: localeOf(c),
      scriptUrl,
      frameScriptUrl,
      api,
    });
    return c.html(html, 200, {
      'Cache-Control': PAGE_CACHE_CONTROL,
      'Content-Security-Policy': embedPageCsp(c.req.path, scriptUrl),
    });
  });
}

/** The page's language: the query's `lang` when supported (`en`, `en-GB`), else French. */
function localeOf(c: Context): Locale {
  return matchLocale(c.req.query('lang')) ?? 'fr';
}

/**
 * The address of `file` in the folder of `scriptUrl`: absolute for an absolute URL, a path for a path.
 *
 * @example
 * besideScript('/build/embed/inclusion-widgets.js', 'inclusion-widgets-frame.js'); // '/build/embed/inclusion-widgets-frame.js'
 */
export function besideScript(scriptUrl: string, file: string): string {
  const absolute = URL.canParse(scriptUrl);
  const url = new URL(file, absolute ? scriptUrl : new URL(scriptUrl, 'http://localhost'));
  return absolute ? url.href : url.pathname;
}

/**
 * The page's Content-Security-Policy: the server's usual one for HTML pages (`frame-ancestors *` under `/embed/`),
 * with the loader's origin allowed for scripts and fetches when `EMBED_SCRIPT_URL` is on another origin (a CDN:
 * the widgets' files and the map's worker come from there).
 */
export function embedPageCsp(path: string, scriptUrl: string): string {
  const scriptOrigin = URL.canParse(scriptUrl) ? new URL(scriptUrl).origin : undefined;
  const directives = PAGE_CSP_DIRECTIVES.map((directive) =>
    scriptOrigin && /^(script-src|connect-src) /.test(directive) ? `${directive} ${scriptOrigin}` : directive,
  );
  return [...directives, frameAncestors(path)].join('; ');
}
