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
    now += 39_999;
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 1;
    expect(limiter.check('a')).toEqual({ ok: true });
  });

  it('slides: a hit leaves the window exactly windowMs after it was counted', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    limiter.record('a');
    now = 999;
    expect(limiter.check('a').ok).toBe(false);
    now = 1000;
    expect(limiter.check('a').ok).toBe(true);
  });

  it('take counts allowed hits only', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    now = 30_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
    now = 60_000;
    // Had the refused hits counted, the window would still be full.
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a').ok).toBe(false);
  });

  it('forgets the least recently counted key past maxKeys, not the oldest inserted', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, now: () => 0, maxKeys: 2 });
    limiter.record('a');
    limiter.record('b');
    limiter.record('a'); // a is now the most recent
    limiter.check('b'); // checking does not refresh b
    limiter.record('c'); // evicts b
    expect(limiter.check('b')).toEqual({ ok: true });
    expect(limiter.check('a').ok).toBe(false);
    expect(limiter.check('c').ok).toBe(false);
  });
});
