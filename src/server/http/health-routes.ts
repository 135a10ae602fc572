import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { countFailedJobs, listFailedJobs } from '../queue/failed-jobs';

/** A store that does not answer a trivial query this fast is not ready. */
const STORE_CHECK_MS = 2000;

export interface Lifecycle {
  /** True once SIGTERM (or close()) began: the load balancer should stop sending requests. */
  draining(): boolean;
}

async function checkStore(ctx: ServerContext): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer in ${STORE_CHECK_MS} ms`), STORE_CHECK_MS);
  });
  const probe = ctx.db.query('SELECT 1').then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)));
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** /healthz (the process is up), /readyz (it can serve: the store answers, not shutting down), /api/jobs/failed. */
export function createHealthRoutes(ctx: ServerContext, lifecycle: Lifecycle): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    if (lifecycle.draining()) return c.json({ ok: false, role: ctx.config.role, error: 'shutting down' }, 503);
    const storeError = await checkStore(ctx);
    if (storeError) return c.json({ ok: false, role: ctx.config.role, error: `store: ${storeError}` }, 503);
    const failedJobs = await countFailedJobs(ctx.db).catch(() => null);
    return c.json({ ok: true, role: ctx.config.role, store: 'ok', failedJobs });
  });
  app.get('/api/jobs/failed', async (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ jobs: await listFailedJobs(ctx.db) });
  });
  return app;
}
