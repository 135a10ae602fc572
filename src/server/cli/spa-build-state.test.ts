import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spaRebuildReason } from './spa-build-state';

async function project() {
  const root = await mkdtemp(join(tmpdir(), 'spa-state-'));
  await mkdir(join(root, 'src/features/news'), { recursive: true });
  await mkdir(join(root, 'src/server'), { recursive: true });
  await mkdir(join(root, 'dist'));
  await writeFile(join(root, 'index.html'), '<html></html>');
  await writeFile(join(root, 'src/features/news/card.tsx'), 'export {}');
  await writeFile(join(root, 'dist/index.html'), '<html>built</html>');
  const past = new Date(Date.now() - 60_000);
  await utimes(join(root, 'index.html'), past, past);
  await utimes(join(root, 'src/features/news/card.tsx'), past, past);
  return root;
}

describe('spaRebuildReason', () => {
  it('asks for a build when there is none', async () => {
    const root = await project();
    expect(spaRebuildReason(root, join(root, 'no-dist'))).toBe('no build yet');
  });

  it('reuses a build newer than every browser source', async () => {
    const root = await project();
    expect(spaRebuildReason(root, join(root, 'dist'))).toBeUndefined();
  });

  it('rebuilds when a browser source changed, but not for server-only code', async () => {
    const root = await project();
    const future = new Date(Date.now() + 60_000);
    await writeFile(join(root, 'src/server/app.ts'), 'export {}');
    await utimes(join(root, 'src/server/app.ts'), future, future);
    expect(spaRebuildReason(root, join(root, 'dist'))).toBeUndefined();
    await utimes(join(root, 'src/features/news/card.tsx'), future, future);
    expect(spaRebuildReason(root, join(root, 'dist'))).toBe('src/features changed since the last build');
  });
});
