import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where browser tests find the built SPA. */
export const E2E_DIST_DIR = resolve('tests/.tmp/dist-e2e');

/**
 * Server secrets present in the environment while the SPA is built, as on a real deployment's build
 * machine; bundle-secrets.test.ts proves none of them reaches the client bundle.
 */
export const BUILD_TIME_SECRETS: Readonly<Record<string, string>> = {
  OPENAI_API_KEY: 'sk-build-sentinel-openai-5b7f1c',
  LIFI_API_KEY: 'lifi-build-sentinel-key-9d2e4a',
  DATABASE_URL: 'postgres://sentinel-user:sentinel-pass-3c8b@127.0.0.1:9/db',
};

/** vitest globalSetup: builds the SPA once per run (E2E_SKIP_BUILD=1 reuses an existing build). */
export default async function buildSpa(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(E2E_DIST_DIR, 'index.html'))) return;
  // vitest sets NODE_ENV=test, which would bundle React's development build; test what users get.
  const previous = { ...process.env };
  Object.assign(process.env, BUILD_TIME_SECRETS, { NODE_ENV: 'production' });
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: E2E_DIST_DIR, emptyOutDir: true } });
  } finally {
    for (const key of [...Object.keys(BUILD_TIME_SECRETS), 'NODE_ENV']) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  }
}
