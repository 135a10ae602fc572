// Plain JavaScript (no tsx needed): `npm start`'s launcher reads this before any TypeScript is compiled.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the browser bundle is built from; server-only code does not count. */
export const SPA_INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'src/app', 'src/features', 'src/ui', 'src/domain'];

/** Where the compiled server lives (git-ignored), its entry and the list of sources it was built from. */
export const SERVER_OUT_DIR = 'dist-server';
export const SERVER_ENTRY = 'serve.js';
export const SERVER_INPUTS_FILE = 'inputs.json';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ must be (re)built before serving, or undefined when the existing build is current. */
export function spaRebuildReason(root, distDir) {
  const builtIndex = resolve(distDir, 'index.html');
  if (!existsSync(builtIndex)) return 'no build yet';
  const builtAt = statSync(builtIndex).mtimeMs;
  const changed = SPA_INPUTS.find((input) => newestMtime(resolve(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}

/**
 * Why dist-server/ must be (re)built, or undefined when it is current. The build records every file it
 * bundled (esbuild's metafile), so only those are checked, never node_modules (packages stay external and
 * are loaded from node_modules at run time). A changed file that starts importing a new one has itself changed.
 */
export function serverRebuildReason(root) {
  const outDir = resolve(root, SERVER_OUT_DIR);
  const entry = resolve(outDir, SERVER_ENTRY);
  const inputsFile = resolve(outDir, SERVER_INPUTS_FILE);
  if (!existsSync(entry) || !existsSync(inputsFile)) return 'no build yet';
  const builtAt = statSync(entry).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return `${SERVER_OUT_DIR}/${SERVER_INPUTS_FILE} is unreadable`;
  }
  if (!Array.isArray(inputs)) return `${SERVER_OUT_DIR}/${SERVER_INPUTS_FILE} is not a list`;
  for (const input of [...inputs, 'src/server/cli/build-server.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    const path = resolve(root, input);
    if (!existsSync(path)) return `${input} is gone`;
    if (statSync(path).mtimeMs > builtAt) return `${input} changed since the last build`;
  }
  return undefined;
}
