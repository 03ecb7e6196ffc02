import type { Context } from 'hono';

/** The Node request `@hono/node-server` passes as `c.env.incoming`. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's IP address, for rate limiting only (it is never logged or stored). With `trustedProxies` = 0 it is
 * the address of the TCP peer. Behind N trusted proxies (a load balancer, a CDN), it is the N-th address from the
 * right of `X-Forwarded-For`: each proxy appends the address it received from, and anything to the left of the
 * first trusted proxy's entry was written by the client and cannot be trusted.
 */
export function clientIp(c: Context, trustedProxies: number): string {
  const peer = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? peer;
}
