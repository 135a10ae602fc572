import { resolve } from 'node:path';
import { startServer } from '../main';

// The server's entry once the web app is built: `npm start` runs it compiled (dist-server/serve.js, see
// start.mjs); start.ts runs it through tsx. Serves dist/ from the working directory.
const server = await startServer({ staticDir: resolve('dist') });
console.log(`[start] Market Companion on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
