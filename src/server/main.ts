import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig, type ServerConfig } from './config';
import { openDb } from './store/db';
import { createApp } from './app';
import type { ServerContext } from './context';
import { startBackgroundJobs } from './jobs';

export interface RunningServer {
  url: string;
  port: number;
  ctx: ServerContext;
  close(): Promise<void>;
}

export interface StartOptions {
  config?: ServerConfig;
  staticDir?: string;
  /** Background jobs (sample load, feed refresh); on by default. */
  jobs?: boolean;
  log?: (message: string) => void;
}

/** Starts the HTTP server; resolves once it listens (port 0 picks a free port). */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const log = options.log ?? ((message: string) => console.log(`[server] ${message}`));
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx: ServerContext = { config, db, log };
  const stopJobs = options.jobs === false ? async () => {} : await startBackgroundJobs(ctx);
  const app = createApp(ctx, { staticDir: options.staticDir });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    ctx,
    close: async () => {
      await stopJobs();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
