import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the browser bundle is built from; server-only code does not count. */
const SPA_INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'src/app', 'src/features', 'src/ui', 'src/domain'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ must be (re)built before serving, or undefined when the existing build is current. */
export function spaRebuildReason(root: string, distDir: string): string | undefined {
  const builtIndex = resolve(distDir, 'index.html');
  if (!existsSync(builtIndex)) return 'no build yet';
  const builtAt = statSync(builtIndex).mtimeMs;
  const changed = SPA_INPUTS.find((input) => newestMtime(resolve(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}
