import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where browser tests find the built SPA. */
export const E2E_DIST_DIR = resolve('tests/.tmp/dist-e2e');

/** vitest globalSetup: builds the SPA once per run (E2E_SKIP_BUILD=1 reuses an existing build). */
export default async function buildSpa(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(E2E_DIST_DIR, 'index.html'))) return;
  // vitest sets NODE_ENV=test, which would bundle React's development build; test what users get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: E2E_DIST_DIR, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
