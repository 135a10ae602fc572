import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerContext } from '../context';
import { limitPerClient } from '../http/rate-limit';
import { describeZodError } from '../http-errors';
import { UpstreamTimeoutError, UpstreamUnreachableError, forwardToLifi, type UpstreamResult } from './forward';
import { bodyRules, isAllowedPath, queryRules } from './request-validation';
import { TtlCache } from './ttl-cache';

/** Chains change rarely; token prices move, so tokens live shorter. */
const CACHE_TTL_MS: Record<string, number> = { chains: 10 * 60_000, tokens: 5 * 60_000, tools: 10 * 60_000 };

function errorJson(c: Context, status: ContentfulStatusCode, message: string, headers: Record<string, string> = {}) {
  // `message` is what the LI.FI SDK shows from an error body; `error` is this API's convention.
  return c.json({ error: message, message }, status, headers);
}

/** `/api/lifi/v1/*`: forwards the SDK's allowed calls to LI.FI with the server's key and integrator. */
export function createLifiProxyRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const cache = new TtlCache();
  const settings = () => {
    const { apiUrl, apiKey, integrator, timeoutMs } = ctx.config.lifi;
    return { apiUrl, apiKey, integrator, timeoutMs };
  };

  // Every call may spend our LI.FI key's quota, so each client gets its own share.
  app.use('*', limitPerClient({
    perMinute: ctx.config.lifiProxyRateLimitPerMinute, setting: 'LIFI_PROXY_RATE_LIMIT_PER_MINUTE',
    counted: 'LI.FI proxy requests', trustedProxies: ctx.config.trustedProxies,
  }));

  app.on(['GET', 'POST'], '/v1/*', async (c) => {
    const path = c.req.path.replace(/^.*?\/v1\//, '').replace(/\/$/, '');
    const method = c.req.method;
    if (!isAllowedPath(method, path)) return errorJson(c, 404, `LI.FI proxy does not offer ${method} /v1/${path}`);

    const url = new URL(c.req.url);
    const queryRule = method === 'GET' ? queryRules[path] : undefined;
    if (queryRule) {
      const parsed = queryRule.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) return errorJson(c, 400, describeZodError(parsed.error, 'query parameter'));
    }

    let body: string | undefined;
    if (method === 'POST') {
      const prepared = await prepareBody(c, path, settings().integrator);
      if ('error' in prepared) return errorJson(c, 400, prepared.error);
      body = prepared.body;
    }

    const forward = () => forwardToLifi(settings(), { method, path, query: url.searchParams.toString(), headers: c.req.raw.headers, body });
    let result: UpstreamResult;
    try {
      const ttl = method === 'GET' ? CACHE_TTL_MS[path] : undefined;
      result = ttl ? { retryHeaders: {}, ...(await cache.get(`${path}?${url.searchParams.toString()}`, ttl, forward)) } : await forward();
    } catch (error) {
      if (error instanceof UpstreamTimeoutError) return errorJson(c, 504, `${error.message}; try again in a moment.`);
      if (error instanceof UpstreamUnreachableError) return errorJson(c, 502, `${error.message}; try again in a moment.`);
      throw error;
    }
    return c.body(result.body, result.status as ContentfulStatusCode, { 'content-type': result.contentType, 'cache-control': 'no-store', ...result.retryHeaders });
  });

  app.all('*', (c) => errorJson(c, 404, `LI.FI proxy does not offer ${c.req.method} ${c.req.path}`));
  return app;
}

async function prepareBody(c: Context, path: string, integrator: string): Promise<{ body: string } | { error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    return { error: 'body: must be valid JSON' };
  }
  const rule = bodyRules[path];
  if (rule) {
    const parsed = rule.safeParse(json);
    if (!parsed.success) return { error: describeZodError(parsed.error, 'body field') };
  }
  if (path === 'advanced/routes' && json && typeof json === 'object') {
    const request = json as { options?: Record<string, unknown> };
    request.options = { ...request.options, integrator };
  }
  return { body: JSON.stringify(json) };
}
