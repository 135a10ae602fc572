import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig, type ServerConfig } from './config';
import { openDb, type Db } from './store/db';
import { createApp } from './app';
import type { ServerContext } from './context';
import { DEFAULT_JOB_GRACE_MS, startBackgroundJobs } from './jobs';

export interface RunningServer {
  url: string;
  port: number;
  ctx: ServerContext;
  /**
   * Graceful stop (SIGTERM): /readyz turns 503, the port stops accepting, requests in flight finish (cut after
   * `graceMs`), running jobs finish or go back to the queue, then the store's pool closes.
   */
  close(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  config?: ServerConfig;
  staticDir?: string;
  /** Background jobs (sample load, feed refresh); on by default. */
  jobs?: boolean;
  log?: (message: string) => void;
  /** The store, already opening (serve.ts starts PGlite before the rest of the server loads); closed by close(). */
  db?: Promise<Db>;
}

/** Starts the HTTP server; resolves once it listens (port 0 picks a free port). */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const log = options.log ?? ((message: string) => console.log(`[server] ${message}`));
  const db = await (options.db ?? openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const ctx: ServerContext = { config, db, log };
  let draining = false;
  const app = createApp(ctx, { staticDir: options.staticDir, lifecycle: { draining: () => draining } });
  // Listen as soon as the store is open: the stored news is served while the background work (schema check, sample
  // corpus check, queue start, feed schedule) starts. This still resolves only once that work has started.
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  let stopJobs: (graceMs?: number) => Promise<void>;
  try {
    stopJobs = options.jobs === false ? async () => {} : await startBackgroundJobs(ctx);
  } catch (error) {
    await new Promise<void>((resolve) => (server as import('node:http').Server).close(() => resolve()));
    await db.close();
    throw error;
  }
  return {
    url: `http://${config.host}:${port}`,
    port,
    ctx,
    close: async (graceMs = DEFAULT_JOB_GRACE_MS) => {
      draining = true;
      const http = server as import('node:http').Server;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const cut = setTimeout(() => http.closeAllConnections(), graceMs);
      await Promise.all([closed, stopJobs(graceMs)]);
      clearTimeout(cut);
      await db.close();
    },
  };
}
