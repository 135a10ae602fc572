import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIME_SECRETS, E2E_DIST_DIR } from '../support/build-spa';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

// Keys live only on the server (README, Configuration: the LI.FI key "never reaches the browser"); the built client bundle never contains them.
describe('the built client bundle', () => {
  it('contains none of the server secrets that were in the environment at build time', async () => {
    const files = await listFiles(E2E_DIST_DIR);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'latin1');
      for (const [name, secret] of Object.entries(BUILD_TIME_SECRETS)) {
        expect(text.includes(secret), `${name} found in ${file}`).toBe(false);
      }
    }
  });
});
