import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('serves a hit without loading again', async () => {
    const cache = new PageCache();
    let loads = 0;
    const load = async () => `body${(loads += 1)}`;
    expect(await cache.get('k', 1, load)).toBe('body1');
    expect(await cache.get('k', 1, load)).toBe('body1');
    expect(loads).toBe(1);
  });

  it('drops everything when the version changes', async () => {
    const cache = new PageCache();
    await cache.get('k', 1, async () => 'old');
    expect(await cache.get('k', 2, async () => 'new')).toBe('new');
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new PageCache();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const load = async () => { loads += 1; await gate; return 'shared'; };
    const pending = [cache.get('k', 1, load), cache.get('k', 1, load), cache.get('k', 1, load)];
    release();
    expect(await Promise.all(pending)).toEqual(['shared', 'shared', 'shared']);
    expect(loads).toBe(1);
  });

  it('expires entries after the TTL', async () => {
    let now = 1000; // lru-cache reads a start time of 0 as "no TTL"
    const expiring = new PageCache(10, 50, () => now);
    await expiring.get('k', 1, async () => 'a');
    now = 1050;
    expect(await expiring.get('k', 1, async () => 'b')).toBe('a');
    now = 1051;
    expect(await expiring.get('k', 1, async () => 'b')).toBe('b');
  });

  it('evicts the least recently used page past the size limit', async () => {
    const small = new PageCache(2);
    await small.get('a', 1, async () => 'a1');
    await small.get('b', 1, async () => 'b1');
    await small.get('a', 1, async () => 'unused'); // a is now more recent than b
    await small.get('c', 1, async () => 'c1'); // evicts b
    expect(await small.get('b', 1, async () => 'b2')).toBe('b2');
    expect(await small.get('c', 1, async () => 'c2')).toBe('c1');
    expect(await small.get('a', 1, async () => 'a2')).toBe('a2'); // b2 pushed out a, the least recent by then
  });

  it('answers a load that outlived its version, without keeping it', async () => {
    const cache = new PageCache();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const old = cache.get('k', 1, async () => { await gate; return 'old'; });
    const fresh = cache.get('k', 2, async () => 'new');
    release();
    expect(await old).toBe('old');
    expect(await fresh).toBe('new');
    expect(await cache.get('k', 2, async () => 'again')).toBe('new');
  });

  it('does not cache a failed load', async () => {
    const cache = new PageCache();
    await expect(cache.get('k', 1, async () => { throw new Error('db down'); })).rejects.toThrow('db down');
    expect(await cache.get('k', 1, async () => 'ok')).toBe('ok');
  });
});
