import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';

/** Anything with a web-standard `fetch` handler, such as the Hono app. */
export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/** Where and how to listen. */
export interface ListenOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to bind, e.g. `127.0.0.1` or `0.0.0.0`. */
  host: string;
  /** How long `close()` lets in-flight requests finish before cutting their connections; default 5000 ms. */
  shutdownTimeoutMs?: number;
}

/** A listening HTTP server. */
export interface RunningServer {
  /** The base URL, with the port actually bound. */
  url: string;
  /** The port actually bound. */
  port: number;
  /** Stops accepting connections, lets in-flight requests finish (up to the timeout), then resolves. */
  close(): Promise<void>;
}

/**
 * Serves a fetch handler over HTTP/1.1 with `@hono/node-server`. Rejects with a clear message when the port is
 * taken or cannot be bound.
 *
 * @example
 * const server = await listen(app, { port: 8080, host: '127.0.0.1' });
 * process.once('SIGTERM', () => void server.close());
 */
export async function listen(handler: FetchHandler, options: ListenOptions): Promise<RunningServer> {
  const { host, shutdownTimeoutMs = 5_000 } = options;
  const handle = getRequestListener((request) => handler.fetch(request));
  const server = createServer((request, response) => void handle(request, response));

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => reject(listenError(error, host, options.port));
    server.once('error', onError);
    server.listen(options.port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close() {
      // Node (20+) stops accepting, closes idle keep-alive connections, and closes busy ones once answered.
      closed ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`Port ${port} is already in use on ${host}: stop the other server or set PORT.`, {
        cause: error,
      });
    case 'EACCES':
      return new Error(`Not allowed to listen on ${where}: use a port above 1023 or set PORT.`, {
        cause: error,
      });
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new Error(`Cannot listen on ${where}: no such address on this machine (check HOST).`, {
        cause: error,
      });
    default:
      return new Error(`Cannot listen on ${where}: ${error.message}`, { cause: error });
  }
}
