import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFile } from 'node:fs/promises';
import type { ServerContext } from './context';
import { contentSecurityPolicy } from './content-security-policy';
import { securityHeadersMiddleware } from './security-headers';
import { createNewsRoutes } from './news/routes';
import { createPortfolioRoutes } from './portfolio/routes';
import { createLifiProxyRoutes } from './lifi-proxy/routes';
import { createAgentRoutes } from './agent/routes';
import { createImageProxyRoutes } from './image-proxy/routes';
import { createTokenRoutes } from './tokens/token-routes';
import { createHealthRoutes, type Lifecycle } from './http/health-routes';

export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  /** Folder with the built SPA; omitted in API-only tests. */
  staticDir?: string;
  /** Tells /readyz when shutdown began; never, by default. */
  lifecycle?: Lifecycle;
}

export function createApp(ctx: ServerContext, options: AppOptions = {}): Hono {
  const app = new Hono();
  // Hono's defaults for the rest (COOP, CORP, Origin-Agent-Cluster…); ours for the headers the README documents.
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, strictTransportSecurity: false, xFrameOptions: false, referrerPolicy: false, xContentTypeOptions: false }));
  app.use('*', securityHeadersMiddleware(ctx.config.trustedProxies));
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `request body is larger than ${MAX_BODY_BYTES} bytes` }, 413) }));
  app.onError((error, c) => {
    ctx.log(`unhandled error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.route('/', createHealthRoutes(ctx, options.lifecycle ?? { draining: () => false }));
  // A worker serves only health, readiness and failed jobs; it has no requests to take.
  if (ctx.config.role === 'worker') {
    app.all('*', (c) => c.json({ error: 'this process is a worker (SERVER_ROLE=worker): only /healthz, /readyz and /api/jobs/failed' }, 404));
    return app;
  }
  app.route('/api/news', createNewsRoutes(ctx));
  app.route('/api', createPortfolioRoutes(ctx));
  app.route('/api/lifi', createLifiProxyRoutes(ctx));
  app.route('/api/agent', createAgentRoutes(ctx));
  app.route('/api/image', createImageProxyRoutes(ctx));
  app.route('/api/tokens', createTokenRoutes(ctx));
  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  if (options.staticDir) {
    const root = options.staticDir;
    const policy = contentSecurityPolicy(ctx.config);
    app.use('*', async (c, next) => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('text/html')) c.res.headers.set('content-security-policy', policy);
    });
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
    });
    // Built text assets have a .gz beside them (vite.config.ts); served as such when the client accepts gzip.
    app.use('*', serveStatic({ root, precompressed: true }));
    let indexHtml: string | undefined;
    app.get('*', async (c) => {
      indexHtml ??= await readFile(`${root}/index.html`, 'utf8');
      return c.html(indexHtml);
    });
  }
  return app;
}
