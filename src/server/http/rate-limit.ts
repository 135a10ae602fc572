import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { clientBucket, pickClientIp } from './client-ip';
import { RateLimiter } from './rate-limiter';

export const RATE_WINDOW_MS = 60_000;

/** The rate-limit key of the client: see pickClientIp for when X-Forwarded-For counts. */
export function clientKey(c: Context, trustedProxies: number): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    socket = undefined; // not served by @hono/node-server (app.request in a test)
  }
  return `ip:${clientBucket(pickClientIp(socket, c.req.header('x-forwarded-for'), trustedProxies))}`;
}

/** 429 with Retry-After in seconds and a JSON error naming the limit (`message` too, which the LI.FI SDK shows). */
export function tooManyRequests(c: Context, retryAfterSeconds: number, limit: string, what: string): Response {
  const error = `rate limit ${limit} reached: ${what}; try again in ${retryAfterSeconds} s`;
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json({ error, message: error, limit, retryAfterSeconds }, 429);
}

export interface ClientRateLimitOptions {
  perMinute: number;
  /** The setting that sets the limit, named in the 429. */
  setting: string;
  /** What is being counted, e.g. "LI.FI proxy requests". */
  counted: string;
  trustedProxies: number;
  now?: () => number;
}

/** A per-client-IP limit on every request through this middleware; refused requests are not counted. */
export function limitPerClient(options: ClientRateLimitOptions): MiddlewareHandler {
  const limiter = new RateLimiter({ limit: options.perMinute, windowMs: RATE_WINDOW_MS, now: options.now });
  const what = `at most ${options.perMinute} ${options.counted} per minute from one client`;
  return async (c, next) => {
    const decision = limiter.take(clientKey(c, options.trustedProxies));
    if (!decision.ok) return tooManyRequests(c, decision.retryAfterSeconds, options.setting, what);
    await next();
  };
}
