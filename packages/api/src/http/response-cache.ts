import type { MiddlewareHandler } from 'hono';
import { acceptedEncoding, matches, readUpTo } from './representation.js';

/** Settings of the in-process cache of answers. */
export interface ResponseCacheOptions {
  /** Bytes of bodies kept at most; 0 turns the cache off. Default 32 MiB. */
  maxBytes: number;
  /** Longest time an answer is reused, in seconds, whatever its `max-age`. Default 60. */
  maxSeconds: number;
}

/** The defaults: 32 MiB, one minute. */
export const defaultResponseCache: ResponseCacheOptions = { maxBytes: 32 * 1024 * 1024, maxSeconds: 60 };

/** Answers larger than this are never kept (exports, big pages): they would push out many small ones. */
const MAX_ENTRY_BYTES = 256 * 1024;

interface Entry {
  readonly body: ArrayBuffer;
  readonly headers: [string, string][];
  /** The ETag's opaque part without its encoding suffix, for `If-None-Match`. */
  readonly hash: string | undefined;
  readonly expires: number;
}

/** Headers a 304 carries (RFC 9110 §15.4.5). */
const NOT_MODIFIED_HEADERS = ['cache-control', 'etag', 'vary', 'content-location', 'expires'];

/**
 * Reuses successful public GET answers of the API in this process for `min(max-age, maxSeconds)`, keyed by host,
 * path and query, so that a popular query (the same commune's places, the same map viewport) costs no database work
 * while it is fresh — what a CDN in front would do, for a server without one. Only `public` answers with a
 * `max-age` are kept (never `private`, `no-store`, `no-cache`, errors, or bodies over 256 KiB); an answer may
 * therefore be as old as its `max-age` says a shared cache may serve it (places: one minute, "open now"
 * included). Least recently used entries go first past `maxBytes`. It sits outside the ETag, compression and
 * Cache-Control middleware and keeps their result per encoding, so that a hit costs no hashing or compressing;
 * it answers `If-None-Match` itself. Rate limits and CORS, further out, apply to hits too.
 *
 * @example
 * app.use('*', responseCache({ maxBytes: 32 * 1024 * 1024, maxSeconds: 60 }));
 */
export function responseCache(
  options: ResponseCacheOptions = defaultResponseCache,
): MiddlewareHandler & { clear(): void } {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.body.byteLength;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (options.maxBytes <= 0 || c.req.method !== 'GET' || !c.req.path.startsWith('/v1/')) return next();
    const url = new URL(c.req.url);
    // The host too: an answer may name it (the map style's absolute URLs, without PUBLIC_URL).
    const key = `${acceptedEncoding(c.req.header('Accept-Encoding')) ?? 'identity'} ${url.host}${url.pathname}${url.search}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit) {
      drop(key, hit);
      if (hit.expires > now) {
        entries.set(key, hit); // most recently used last
        bytes += hit.body.byteLength;
        if (hit.hash !== undefined && matches(c.req.header('If-None-Match'), hit.hash)) {
          const headers = hit.headers.filter(([name]) => NOT_MODIFIED_HEADERS.includes(name));
          c.res = new Response(null, { status: 304, headers });
        } else {
          c.res = new Response(hit.body.slice(0), { status: 200, headers: hit.headers });
        }
        return;
      }
    }
    await next();
    const response = c.res;
    if (response.status !== 200) return;
    const seconds = sharedMaxAge(response.headers.get('Cache-Control') ?? '');
    if (seconds <= 0) return;
    const length = Number(response.headers.get('Content-Length') ?? NaN);
    if (length > MAX_ENTRY_BYTES) return;
    const copy = response.clone().body;
    const read = copy ? await readUpTo(copy, MAX_ENTRY_BYTES) : { bytes: new Uint8Array(0) };
    if (read.rest) {
      // Not awaited: cancelling one branch of a tee settles only once the other branch is cancelled too.
      read.rest.cancel().catch(() => undefined);
      return;
    }
    const body = read.bytes.buffer;
    // The ETag's opaque part; a compressed answer's ends with `-br` or `-gzip`, which `matches` adds back.
    let hash = response.headers.get('ETag')?.replace(/^"|"$/g, '');
    if (hash !== undefined && response.headers.has('Content-Encoding'))
      hash = hash.replace(/-(br|gzip)$/, '');
    const entry: Entry = {
      body,
      headers: [...response.headers.entries()],
      hash,
      expires: now + Math.min(seconds, options.maxSeconds) * 1000,
    };
    entries.set(key, entry);
    bytes += body.byteLength;
    for (const [oldKey, old] of entries) {
      if (bytes <= options.maxBytes) break;
      drop(oldKey, old);
    }
  };
  /** Forgets every answer (after this process changed the data, e.g. an import). */
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  return Object.assign(middleware, { clear });
}

/** The seconds a shared cache may keep an answer: its `s-maxage` or `max-age` when `public`, else 0. */
export function sharedMaxAge(cacheControl: string): number {
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim());
  if (!directives.includes('public')) return 0;
  if (directives.some((directive) => ['private', 'no-store', 'no-cache'].includes(directive))) return 0;
  const age = (name: string) => {
    const found = directives.find((directive) => directive.startsWith(`${name}=`));
    return found === undefined ? undefined : Number(found.slice(name.length + 1));
  };
  const seconds = age('s-maxage') ?? age('max-age') ?? 0;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}
