// Compiles the server ahead of time: one ESM file for Node, packages left external (loaded from
// node_modules at run time), the `@/` alias resolved. Run by `npm ci` (prepare) and by `npm start` when a
// server source changed since the last build.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_ENTRY, SERVER_INPUTS_FILE, SERVER_OUT_DIR } from './build-state.mjs';

/** Builds dist-server/serve.js (+ .map) and dist-server/inputs.json; resolves to the build's time in ms. */
export async function buildServer(root) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const outDir = resolve(root, SERVER_OUT_DIR);
  const outfile = resolve(outDir, SERVER_ENTRY);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, 'src/server/cli/serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    alias: { '@': resolve(root, 'src') },
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(outDir, { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(root, resolve(root, input)));
  await writeFile(resolve(outDir, SERVER_INPUTS_FILE), `${JSON.stringify(inputs, null, 1)}\n`);
  // The entry is written last: its mtime is what the staleness check compares sources with.
  const files = [...result.outputFiles].sort((a) => (a.path === outfile ? 1 : -1));
  for (const file of files) await writeFile(resolve(outDir, basename(file.path)), file.contents);
  return performance.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const ms = await buildServer(root);
  console.log(`[build] server compiled into ${SERVER_OUT_DIR}/${SERVER_ENTRY} in ${(ms / 1000).toFixed(1)} s`);
}
