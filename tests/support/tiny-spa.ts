import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the built SPA (index.html, a hashed asset, a favicon) in a fresh temp folder, for
 * tests of how the server serves static files that do not need the real Vite build.
 */
export async function writeTinySpa(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mc-tiny-spa-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>Market Companion</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log("tiny spa");\n');
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
  return dir;
}
