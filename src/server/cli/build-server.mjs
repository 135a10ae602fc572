// Compiles the server ahead of time: ESM for Node (serve.js and the chunks it imports), the `@/` alias resolved, and the
// packages bundled in (tree-shaken) except those that find files beside their own code at run time. Run by `npm ci`
// (prepare) and by `npm start` when a server source or the lockfile changed since the last build.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_ENTRY, SERVER_INPUTS_FILE, SERVER_OUT_DIR } from './build-state.mjs';

// Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from beside its own module;
// pg-native is pg's optional native driver (not installed); esbuild only serves the build.
const RUNTIME_PACKAGES = ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pg-native', 'esbuild'];
// Bundled CommonJS packages call require(); an ESM bundle has none unless it makes one.
const REQUIRE_SHIM = "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";

/**
 * Builds dist-server/serve.js (+ .map) and dist-server/inputs.json; resolves to the build's time in ms. `outDir` (tests)
 * must lie inside the repository, where Node finds node_modules for the packages left external.
 */
export async function buildServer(root, outDir = resolve(root, SERVER_OUT_DIR)) {
  const started = performance.now();
  const { build } = await import('esbuild');
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
    // Bundled, a warm start loads ~15 files instead of ~960 modules from node_modules (viem, openai, feedsmith, zod:
    // ~0.25 s of a start), and only the 15 chains of src/domain/viem-chains.ts are kept of viem's list.
    external: RUNTIME_PACKAGES,
    banner: { js: REQUIRE_SHIM },
    alias: { '@': resolve(root, 'src') },
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(outDir, { recursive: true });
  // Bundled package files are not listed: package-lock.json stands for them in the staleness check.
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
