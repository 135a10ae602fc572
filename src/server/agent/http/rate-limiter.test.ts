import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows `limit` hits per window, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 2; i += 1) {
      expect(limiter.check('a')).toEqual({ ok: true });
      limiter.record('a');
      now += 10_000;
    }
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 40 });
    expect(limiter.check('b')).toEqual({ ok: true });
    now += 40_000;
    expect(limiter.check('a')).toEqual({ ok: true });
  });

  it('forgets the least recently used key past maxKeys', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, now: () => 0, maxKeys: 2 });
    limiter.record('a');
    limiter.record('b');
    limiter.record('c');
    expect(limiter.check('a')).toEqual({ ok: true });
    expect(limiter.check('c').ok).toBe(false);
  });
});
