import { describe, expect, it } from 'vitest';
import { TtlCache, type CachedResponse } from './ttl-cache';

const ok = (body: string): CachedResponse => ({ status: 200, body, contentType: 'application/json' });

function counting(responses: CachedResponse[]) {
  let calls = 0;
  return { load: async () => responses[Math.min(calls++, responses.length - 1)]!, calls: () => calls };
}

describe('TtlCache', () => {
  it('keeps a 200 for its TTL, then loads again', async () => {
    let now = 5000; // lru-cache reads a start time of 0 as "no TTL"
    const cache = new TtlCache(10, () => now);
    const source = counting([ok('a'), ok('b')]);
    expect((await cache.get('k', 1000, source.load)).body).toBe('a');
    now = 6000;
    expect((await cache.get('k', 1000, source.load)).body).toBe('a');
    now = 6001;
    expect((await cache.get('k', 1000, source.load)).body).toBe('b');
    expect(source.calls()).toBe(2);
  });

  it('never keeps an error response, but hands it to every caller waiting for it', async () => {
    const cache = new TtlCache(10, () => 0);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let calls = 0;
    const failing = async () => { calls += 1; await gate; return { status: 429, body: 'slow down', contentType: 'application/json' }; };
    const both = Promise.all([cache.get('k', 1000, failing), cache.get('k', 1000, failing)]);
    release();
    expect((await both).map((r) => r.status)).toEqual([429, 429]);
    expect(calls).toBe(1);
    expect((await cache.get('k', 1000, async () => ok('fine'))).body).toBe('fine');
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new TtlCache(10, () => 0);
    const source = counting([ok('shared')]);
    const all = await Promise.all([1, 2, 3].map(() => cache.get('k', 1000, source.load)));
    expect(all.map((r) => r.body)).toEqual(['shared', 'shared', 'shared']);
    expect(source.calls()).toBe(1);
  });

  it('passes a thrown load error (timeout, unreachable) to the caller and keeps nothing', async () => {
    const cache = new TtlCache(10, () => 0);
    await expect(cache.get('k', 1000, async () => { throw new Error('timed out'); })).rejects.toThrow('timed out');
    expect((await cache.get('k', 1000, async () => ok('back'))).body).toBe('back');
  });

  it('evicts the least recently used key past maxEntries', async () => {
    const cache = new TtlCache(2, () => 0);
    await cache.get('a', 1000, async () => ok('a1'));
    await cache.get('b', 1000, async () => ok('b1'));
    await cache.get('a', 1000, async () => ok('a2')); // a is now more recent than b
    await cache.get('c', 1000, async () => ok('c1')); // evicts b
    expect((await cache.get('a', 1000, async () => ok('a3'))).body).toBe('a1');
    expect((await cache.get('c', 1000, async () => ok('c2'))).body).toBe('c1');
    expect((await cache.get('b', 1000, async () => ok('b2'))).body).toBe('b2');
  });
});
