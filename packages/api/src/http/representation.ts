import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Content encodings the server produces, best first. */
type Encoding = 'br' | 'gzip';

/** How GET answers are finished. */
export interface RepresentationOptions {
  /** Bodies smaller than this are sent as they are; default 1024 bytes. */
  compressThreshold?: number;
  /** Bodies larger than this are streamed, without ETag (and gzip-compressed on the fly); default 16 MiB. */
  maxBufferedBytes?: number;
  /** Compressed bodies kept by ETag, so that a popular answer is compressed once; default 500. */
  cacheEntries?: number;
}

/** JSON, CSV, HTML, CSS, JavaScript, SVG: text that compresses well. */
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:[\w.+-]+\+)?json\b|application\/(?:javascript|xml)\b|image\/svg\+xml\b)/i;

/**
 * ETag, `If-None-Match` and compression for every successful GET. The body is read once; its strong ETag is the
 * SHA-256 of the uncompressed bytes (the same on every replica for the same data, so a CDN or browser revalidates
 * against any of them); a matching `If-None-Match` gets `304` with no body. A compressible body above the
 * threshold is sent with brotli or gzip when the client accepts it, with `Vary: Accept-Encoding` and the encoding
 * appended to the ETag (`"…-br"`), since each encoding is a different representation.
 */
export function representation(options: RepresentationOptions = {}): MiddlewareHandler {
  const { compressThreshold = 1024, maxBufferedBytes = 16 * 1024 * 1024, cacheEntries = 500 } = options;
  const compressed = new Map<string, Uint8Array<ArrayBuffer>>();

  const compress = async (
    key: string,
    body: Uint8Array<ArrayBuffer>,
    encoding: Encoding,
  ): Promise<Uint8Array<ArrayBuffer>> => {
    const cached = compressed.get(key);
    if (cached) {
      // Refresh its place: the map's order is the eviction order.
      compressed.delete(key);
      compressed.set(key, cached);
      return cached;
    }
    const output =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            },
          })
        : await gzipAsync(body, { level: 6 });
    const bytes = new Uint8Array(output.byteLength);
    bytes.set(output);
    if (body.byteLength <= 1024 * 1024) {
      compressed.set(key, bytes);
      if (compressed.size > cacheEntries) compressed.delete(compressed.keys().next().value ?? '');
    }
    return bytes;
  };

  return async (c, next) => {
    await next();
    const method = c.req.method;
    const response = c.res;
    if ((method !== 'GET' && method !== 'HEAD') || response.status !== 200 || !response.body) return;
    if (response.headers.has('Content-Encoding')) return;

    const type = response.headers.get('Content-Type') ?? '';
    const compressible = COMPRESSIBLE.test(type);
    const accepted = compressible ? acceptedEncoding(c.req.header('Accept-Encoding')) : undefined;
    const read = await readUpTo(response.body, maxBufferedBytes);
    const headers = new Headers(response.headers);

    if (read.rest) {
      // Too large to hold: stream it (gzip on the fly when accepted), without an ETag.
      headers.delete('Content-Length');
      headers.delete('ETag');
      let stream = read.rest;
      if (accepted) {
        headers.set('Content-Encoding', 'gzip');
        appendVary(headers, 'Accept-Encoding');
        stream = stream.pipeThrough(new CompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>);
      }
      replaceResponse(c, new Response(stream, { status: 200, headers }));
      return;
    }

    const body = read.bytes;
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
    const encoding = accepted && body.byteLength >= compressThreshold ? accepted : undefined;
    const tag = encoding ? `"${hash}-${encoding}"` : `"${hash}"`;
    if (compressible && body.byteLength >= compressThreshold) appendVary(headers, 'Accept-Encoding');
    headers.set('ETag', tag);

    if (matches(c.req.header('If-None-Match'), hash)) {
      const notModified = new Headers();
      for (const name of ['Cache-Control', 'ETag', 'Vary', 'Content-Location', 'Expires']) {
        const value = headers.get(name);
        if (value !== null) notModified.set(name, value);
      }
      // CORS and security headers set by outer middleware are added to this response afterwards.
      replaceResponse(c, new Response(null, { status: 304, headers: notModified }));
      return;
    }

    const payload = encoding ? await compress(`${hash}:${encoding}`, body, encoding) : body;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(payload.byteLength));
    replaceResponse(c, new Response(payload, { status: 200, headers }));
  };
}

/**
 * Puts `response` in place of the handler's. Hono's `c.res` setter copies every header of the response it replaces
 * onto the new one, which would give a compressed body the uncompressed file's `Content-Length` (a browser then
 * waits for bytes that never come): the old response is dropped first.
 */
function replaceResponse(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}

/** The best encoding the client accepts (`q` > 0), brotli first; undefined for identity. */
export function acceptedEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding): number => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/**
 * Whether `If-None-Match` names this body: weak comparison (RFC 9110 §13.1.2), with the encoding suffix ignored,
 * so that a tag received in any encoding revalidates the same content.
 */
export function matches(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => {
    const opaque = candidate.trim().replace(/^W\//, '');
    return opaque === `"${hash}"` || opaque === `"${hash}-br"` || opaque === `"${hash}-gzip"`;
  });
}

function appendVary(headers: Headers, name: string): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', name);
  else if (!vary.split(',').some((item) => item.trim().toLowerCase() === name.toLowerCase())) {
    headers.set('Vary', `${vary}, ${name}`);
  }
}

/** Reads a body up to `limit` bytes: all of it, or what was read plus a stream of the whole (when larger). */
export async function readUpTo(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<
  | { bytes: Uint8Array<ArrayBuffer>; rest?: undefined }
  | { bytes?: undefined; rest: ReadableStream<Uint8Array> }
> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      const rest = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
        },
        async pull(controller) {
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      });
      return { rest };
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
