import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '../main';

// Builds the SPA only when dist/ is missing, so a warm start skips the bundler.
const distDir = resolve('dist');
if (!existsSync(resolve(distDir, 'index.html')) || process.env.REBUILD === '1') {
  console.log('[start] building the web app (first start only)…');
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
} else {
  const builtAt = statSync(resolve(distDir, 'index.html')).mtime.toISOString();
  console.log(`[start] serving the web app built at ${builtAt} (REBUILD=1 to rebuild)`);
}

const server = await startServer({ staticDir: distDir });
console.log(`[start] Market Companion on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
