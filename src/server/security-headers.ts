import type { MiddlewareHandler } from 'hono';

/**
 * Browser features the app never uses, switched off for the page and everything it embeds, so
 * injected code cannot ask for them either. Only features Chromium knows (an unknown one is a console error).
 */
export const PERMISSIONS_POLICY = [
  'camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'bluetooth', 'midi',
  'accelerometer', 'gyroscope', 'magnetometer', 'display-capture', 'browsing-topics',
].map((feature) => `${feature}=()`).join(', ');

/** One year; no `preload`, which would be a promise about every subdomain that only the deployer can make. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * The headers set on every response beside the page's Content-Security-Policy (whose
 * `frame-ancestors 'none'` these repeat for old browsers as X-Frame-Options). HSTS only over https:
 * sent over plain http it would be ignored at best, and would pin a local http deployment at worst.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    ...(options.https ? { 'strict-transport-security': STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/**
 * Whether the client reached us over https: a TLS socket (the request URL's scheme), or, behind
 * `trustedProxies` reverse proxies, X-Forwarded-Proto read as X-Forwarded-For is (see pickClientIp):
 * the entry `trustedProxies` places from the right is what our outermost proxy saw, entries further
 * left are client-written, and a malformed entry stops the walk. Without trusted proxies it is ignored.
 */
export function cameOverHttps(requestUrl: string, forwardedProto: string | undefined, trustedProxies: number): boolean {
  let https = requestUrl.startsWith('https:');
  if (trustedProxies <= 0 || forwardedProto === undefined) return https;
  const hops = forwardedProto.split(',').map((entry) => entry.trim().toLowerCase()).reverse();
  for (let i = 0; i < trustedProxies && i < hops.length; i += 1) {
    const hop = hops[i]!;
    if (hop !== 'https' && hop !== 'http') break;
    https = hop === 'https';
  }
  return https;
}

/** Sets securityHeaders() on every response (API, page, assets, errors), after the handler ran. */
export function securityHeadersMiddleware(trustedProxies: number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = securityHeaders({ https: cameOverHttps(c.req.url, c.req.header('x-forwarded-proto'), trustedProxies) });
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
