import { loadConfig, type ServerConfig } from '@/server/config';
import { startServer, type RunningServer } from '@/server/main';
import { E2E_DIST_DIR } from './build-spa';

interface TestServerOptions {
  /** Extra environment, as the real server would read it (e.g. RPC_URL_1, LIFI_API_URL). */
  env?: Record<string, string>;
  /** Serve the built SPA (browser tests). */
  spa?: boolean;
  /** Run background jobs (sample corpus load, feed refresh). Default true. */
  jobs?: boolean;
  quiet?: boolean;
}

/** The real server on a free loopback port with an in-memory embedded store and no outside network. */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    NEWS_FEEDS: '',
    NEWS_REFRESH_MINUTES: '0',
    LIFI_API_URL: 'http://127.0.0.1:9/v1',
    ...closedRpcEnv(),
    ...options.env,
  };
  // The fake LI.FI serves the tool and token logos its lists name; the image proxy may fetch those.
  env.IMAGE_PROXY_HOSTS ??= new URL(env.LIFI_API_URL!).origin;
  const config: ServerConfig = loadConfig(env);
  const log = options.quiet === false ? undefined : () => {};
  return startServer({ config, jobs: options.jobs, staticDir: options.spa ? E2E_DIST_DIR : undefined, log });
}

/** Points every chain at a closed loopback port, so nothing reaches a public RPC. */
export function closedRpcEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const id of [1, 10, 56, 100, 130, 137, 146, 5000, 8453, 42161, 42220, 43114, 59144, 81457, 534352]) {
    env[`RPC_URL_${id}`] = 'http://127.0.0.1:9';
  }
  return env;
}
