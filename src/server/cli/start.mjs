// `npm start`: plain Node, no compiler at run time. Builds what is missing or older than its sources
// (the web app into dist/ with Vite, the server into dist-server/ with esbuild), then runs the compiled
// server in this process. REBUILD=1 forces both builds.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_ENTRY, SERVER_OUT_DIR, serverRebuildReason, spaRebuildReason } from './build-state.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
process.chdir(root);
const force = process.env.REBUILD === '1' ? 'REBUILD=1' : undefined;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `vite build` in a child process, printing a line every 10 s so a long first build never looks stuck. */
function buildWebApp(reason) {
  const firstBuild = reason === 'no build yet';
  console.log(
    firstBuild
      ? '[start] Building the web app into dist/ (first start only; about 10-60 s, later starts reuse it)…'
      : `[start] Rebuilding the web app (${reason})…`,
  );
  const started = performance.now();
  const child = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  const ticker = setInterval(() => console.log(`[start] still building the web app… ${Math.round((performance.now() - started) / 1000)} s`), 10_000);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      clearInterval(ticker);
      if (code === 0) {
        console.log(`[start] web app built in ${seconds(performance.now() - started)}`);
        done();
      } else fail(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

try {
  const serverReason = force ?? serverRebuildReason(root);
  if (serverReason) {
    const { buildServer } = await import('./build-server.mjs');
    const ms = await buildServer(root);
    console.log(`[start] server compiled (${serverReason}) in ${seconds(ms)}`);
  }
  const spaReason = force ?? spaRebuildReason(root, resolve(root, 'dist'));
  if (spaReason) await buildWebApp(spaReason);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Stack traces point at src/, not at the bundle.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(resolve(root, SERVER_OUT_DIR, SERVER_ENTRY)).href);
