import { describe, expect, it } from 'vitest';
import { decideFromBuckets, windowStart } from './rate-window';

const MINUTE = 60_000;
const now = 1_000_000_500; // half-way through second 1_000_000

describe('decideFromBuckets', () => {
  it('allows while fewer than the limit fall inside the minute; older seconds no longer count', () => {
    expect(windowStart(now, MINUTE)).toBe(999_941);
    const buckets = [{ second: 999_940, hits: 5 }, { second: 999_941, hits: 1 }, { second: 1_000_000, hits: 1 }];
    expect(decideFromBuckets(buckets, now, 3, MINUTE)).toEqual({ ok: true });
    expect(decideFromBuckets(buckets, now, 2, MINUTE)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('waits until enough of the oldest hits leave the window', () => {
    const buckets = [{ second: 999_990, hits: 2 }, { second: 999_970, hits: 1 }, { second: 1_000_000, hits: 1 }];
    // Full at 4 of 4: the hit of second 999_970 leaves at 999_970 s + 60 s, 29.5 s from now.
    expect(decideFromBuckets(buckets, now, 4, MINUTE)).toEqual({ ok: false, retryAfterSeconds: 30 });
    // Limit 2: two hits must go (999_970 and one of 999_990), so the wait is for second 999_990.
    expect(decideFromBuckets(buckets, now, 2, MINUTE)).toEqual({ ok: false, retryAfterSeconds: 50 });
  });
});
