import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '../main';
import { spaRebuildReason } from './spa-build-state';

// Builds the SPA only when dist/ is missing or older than its sources, so a warm start skips the bundler.
const distDir = resolve('dist');
const reason = process.env.REBUILD === '1' ? 'REBUILD=1' : spaRebuildReason(resolve('.'), distDir);
if (reason) {
  console.log(`[start] building the web app (${reason})…`);
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
} else {
  console.log('[start] serving the existing web app build (it is newer than its sources)');
}

const server = await startServer({ staticDir: distDir });
console.log(`[start] Market Companion on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
