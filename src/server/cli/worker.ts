import { loadConfig } from '../config';
import { startServer } from '../main';

// `npm run worker`: the job queue only (feed refresh and article analysis) on DATABASE_URL's PostgreSQL; it serves
// nothing but /healthz, /readyz and /api/jobs/failed on PORT.
const config = loadConfig({ ...process.env, SERVER_ROLE: 'worker' });
const server = await startServer({ config });
console.log(`[worker] Market Companion worker (health on ${server.url})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
