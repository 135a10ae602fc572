// Compiles the server ahead of time: ESM for Node (serve.js and the chunks it imports), packages left external (loaded from
// node_modules at run time), the `@/` alias resolved. Run by `npm ci` (prepare) and by `npm start` when a
// server source changed since the last build.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_ENTRY, SERVER_INPUTS_FILE, SERVER_OUT_DIR } from './build-state.mjs';

/** Resolves `viem/chains` to its file in node_modules, so esbuild bundles (and tree-shakes) it instead of leaving it external. */
function bundleViemChains(root) {
  return {
    name: 'bundle-viem-chains',
    setup(build) {
      build.onResolve({ filter: /^viem\/chains$/ }, () => ({ path: createRequire(resolve(root, 'package.json')).resolve('viem/chains').replace(/_cjs/, '_esm') }));
    },
  };
}

/** Builds dist-server/serve.js (+ .map) and dist-server/inputs.json; resolves to the build's time in ms. */
export async function buildServer(root) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const outDir = resolve(root, SERVER_OUT_DIR);
  const outfile = resolve(outDir, SERVER_ENTRY);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, 'src/server/cli/serve.ts')],
    // Split at dynamic imports: serve.js opens the store, then imports the rest of the server (a chunk).
    outdir: outDir,
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    // Except viem's chain list: importing 'viem/chains' at run time evaluates every chain viem knows (~0.3-0.6 s of a
    // start); bundled, only the 15 chains of src/domain/viem-chains.ts are kept (viem has no side effects).
    plugins: [bundleViemChains(root)],
    alias: { '@': resolve(root, 'src') },
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(outDir, { recursive: true });
  // Bundled package files (viem's chains) are not listed: package-lock.json stands for them in the staleness check.
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(root, resolve(root, input))).filter((input) => !input.split(/[\\/]/).includes('node_modules'));
  await writeFile(resolve(outDir, SERVER_INPUTS_FILE), `${JSON.stringify(inputs, null, 1)}\n`);
  // The entry is written last: its mtime is what the staleness check compares sources with.
  const files = [...result.outputFiles].sort((a) => (a.path === outfile ? 1 : -1));
  for (const file of files) await writeFile(resolve(outDir, basename(file.path)), file.contents);
  // Chunks of earlier builds go (their names are content hashes).
  const written = new Set(files.map((file) => basename(file.path)));
  for (const name of await readdir(outDir)) {
    if (/^chunk-.*\.js(\.map)?$/.test(name) && !written.has(name)) await rm(resolve(outDir, name), { force: true });
  }
  return performance.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const ms = await buildServer(root);
  console.log(`[build] server compiled into ${SERVER_OUT_DIR}/${SERVER_ENTRY} in ${(ms / 1000).toFixed(1)} s`);
}
