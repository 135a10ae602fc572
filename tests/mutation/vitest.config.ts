import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Vitest config for mutation testing only (tests/mutation/stryker.config.mjs): the pure unit tests of
 * src/domain, in node, without the app's projects (integration and e2e start servers and browsers).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'domain-mutation',
    environment: 'node',
    include: ['src/domain/**/*.test.ts'],
  },
});
