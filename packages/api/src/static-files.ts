import { statSync } from 'node:fs';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/** A directory served under a path prefix, e.g. the built bundle at `/cdn`. */
export interface StaticMount {
  /** Where it is served: `/cdn`; `/` for the site root. */
  prefix: string;
  /** The directory on disk. */
  dir: string;
}

/** The same rule as `serveStatic`: no `.` or `..` segment, no empty segment, no backslash. */
const unsafeSegment = /(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\/;

/**
 * Serves the files of a directory for GET and HEAD: `index.html` for a directory, content types from the file
 * extension, 404 (by falling through to the next handler) for anything missing or outside the directory. A
 * directory asked for without its trailing slash is redirected to it, so that relative links in its page work.
 */
export function staticFiles(mount: StaticMount): MiddlewareHandler {
  const root = resolve(mount.dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Static directory ${root} (for ${mount.prefix}) does not exist or is not a directory.`);
  }
  const prefix = mount.prefix.replace(/\/+$/, '');
  const strip = (path: string): string => path.slice(prefix.length) || '/';
  const serve = serveStatic({ root, rewriteRequestPath: strip });

  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if (method !== 'GET' && method !== 'HEAD') return next();
    if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) return next();
    if (!path.endsWith('/') && !path.includes('%') && !unsafeSegment.test(path)) {
      const target = resolve(root, `.${strip(path)}`);
      if (isInside(root, target) && statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
        const query = new URL(c.req.url).search;
        return c.redirect(`${path}/${query}`, 301);
      }
    }
    return serve(c, next);
  };
}

function isInside(root: string, target: string): boolean {
  const rest = relative(root, target);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}
