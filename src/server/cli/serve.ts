import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { openDb } from '../store/db';

// The server's entry once the web app is built: `npm start` runs it compiled (dist-server/serve.js, see
// start.mjs); start.ts runs it through tsx. Serves dist/ from the working directory.
// The store starts opening first: PGlite reads and compiles its ~15 MB of WebAssembly and data while the rest of
// the server's modules load (main is imported after, a chunk of its own in dist-server/).
const config = loadConfig();
const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
db.catch(() => undefined); // the error is thrown where startServer awaits it
const { startServer } = await import('../main');
const server = await startServer({ config, db, staticDir: resolve('dist') });
console.log(`[start] Market Companion on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
