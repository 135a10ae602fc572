import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where browser tests find the built SPA. */
export const E2E_DIST_DIR = resolve('tests/.tmp/dist-e2e');

/** vitest globalSetup: builds the SPA once per run (E2E_SKIP_BUILD=1 reuses an existing build). */
export default async function buildSpa(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(E2E_DIST_DIR, 'index.html'))) return;
  await build({ logLevel: 'warn', build: { outDir: E2E_DIST_DIR, emptyOutDir: true } });
}
