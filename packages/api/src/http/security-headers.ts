import type { MiddlewareHandler } from 'hono';

/** Where the iframe pages of the widgets are served: any partner site may frame them. */
export const EMBED_PREFIX = '/embed/';

/**
 * The Content-Security-Policy of the HTML pages the server sends (the demo site, the future `/embed/` pages), with
 * `frame-ancestors` left out (see `securityHeaders`). What the widgets need and nothing more:
 *
 * - scripts and styles from this origin only, never inline: the widgets' styles are Lit's adopted (constructed)
 *   stylesheets and styles set through the CSSOM, which `style-src` does not block; maplibre's own stylesheet is
 *   adopted by the map's shadow root too;
 * - `worker-src 'self' blob:`: maplibre runs its worker from a file of the bundle or, unbundled, from a `blob:` URL
 *   (`child-src` for browsers that read workers from it);
 * - `img-src data: blob:`: maplibre's canvas images and inline icons;
 * - `connect-src 'self'`: the API and the map style, both on this origin (the style names no tile server);
 * - no plugins, no `<base>` elsewhere, forms post here only.
 */
export const PAGE_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** `frame-ancestors` of a page: any site for the iframe pages under `/embed/`, this origin for the others. */
export function frameAncestors(path: string): string {
  return path.startsWith(EMBED_PREFIX) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/** The whole Content-Security-Policy of an HTML page at `path`. */
export function pageContentSecurityPolicy(path: string): string {
  return [...PAGE_CSP_DIRECTIVES, frameAncestors(path)].join('; ');
}

/**
 * Security headers: `X-Content-Type-Options: nosniff` on every response; on HTML pages a referrer policy (so that
 * partner URLs are not leaked in full to other sites), a Content-Security-Policy (`pageContentSecurityPolicy`,
 * unless the route set its own, as `/docs/` does) and nothing that forbids framing the `/embed/` pages: no
 * `X-Frame-Options`, whose `DENY`/`SAMEORIGIN` cannot say "any site"; `frame-ancestors` does it instead.
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
      c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
      if (!c.res.headers.has('Content-Security-Policy')) {
        c.header('Content-Security-Policy', pageContentSecurityPolicy(c.req.path));
      }
    }
  };
}
