import { describe, expect, it } from 'vitest';
import { createSwrCache } from './swr-cache';

function setup(results: (number | Error)[]) {
  let clock = 0;
  let calls = 0;
  const pending: (() => void)[] = [];
  const cache = createSwrCache<number>({
    ttlMs: 100, maxStaleMs: 1000, retryAfterMs: 50, now: () => clock,
    load: () => new Promise<number>((resolve, reject) => {
      const result = results[calls++] ?? new Error('no more results');
      pending.push(() => (result instanceof Error ? reject(result) : resolve(result)));
    }),
  });
  return { cache, advance: (ms: number) => void (clock += ms), calls: () => calls, settle: () => pending.splice(0).forEach((f) => f()) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSwrCache', () => {
  it('de-duplicates concurrent loads and serves fresh values without reloading', async () => {
    const s = setup([1]);
    const both = Promise.all([s.cache.get(), s.cache.get()]);
    await flush();
    s.settle();
    expect(await both).toEqual([1, 1]);
    expect(await s.cache.get()).toBe(1);
    expect(s.calls()).toBe(1);
  });

  it('serves the stale value at once and refreshes in the background', async () => {
    const s = setup([1, 2]);
    const first = s.cache.get();
    await flush();
    s.settle();
    await first;
    s.advance(150);
    expect(await s.cache.get()).toBe(1);
    expect(s.calls()).toBe(2);
    s.settle();
    await flush();
    expect(await s.cache.get()).toBe(2);
  });

  it('returns undefined after a failure and waits before retrying', async () => {
    const s = setup([new Error('down'), 3]);
    const first = s.cache.get();
    await flush();
    s.settle();
    expect(await first).toBeUndefined();
    expect(String(s.cache.lastError())).toContain('down');
    expect(await s.cache.get()).toBeUndefined();
    expect(s.calls()).toBe(1);
    s.advance(60);
    const retry = s.cache.get();
    await flush();
    s.settle();
    expect(await retry).toBe(3);
  });

  it('keeps serving the stale value when a refresh fails, and pauses refreshes for retryAfterMs', async () => {
    const s = setup([1, new Error('down'), 2]);
    const first = s.cache.get();
    await flush();
    s.settle();
    await first;
    s.advance(150);
    expect(await s.cache.get()).toBe(1);
    s.settle();
    await flush();
    expect(String(s.cache.lastError())).toContain('down');
    expect(await s.cache.get()).toBe(1);
    expect(s.calls()).toBe(2);
    s.advance(60);
    expect(await s.cache.get()).toBe(1);
    expect(s.calls()).toBe(3);
    s.settle();
    await flush();
    expect(await s.cache.get()).toBe(2);
    expect(s.cache.lastError()).toBeUndefined();
  });

  it('stops serving a value older than maxStaleMs', async () => {
    const s = setup([1, new Error('down')]);
    const first = s.cache.get();
    await flush();
    s.settle();
    await first;
    s.advance(2000);
    const late = s.cache.get();
    await flush();
    s.settle();
    expect(await late).toBeUndefined();
  });
});
