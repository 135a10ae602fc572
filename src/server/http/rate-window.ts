import type { RateDecision } from './rate-limiter';

/** Hits counted in one whole second (epoch seconds) for one key. */
export interface SecondBucket {
  second: number;
  hits: number;
}

/** The first second still inside a window of `windowMs` ending at `nowMs`. */
export function windowStart(nowMs: number, windowMs: number): number {
  return Math.floor((nowMs - windowMs) / 1000) + 1;
}

/**
 * The sliding-window rule of RateLimiter over per-second counters: allowed while fewer than `limit` hits fall in
 * the window; otherwise Retry-After is when enough of the oldest seconds have left it to free one hit.
 */
export function decideFromBuckets(buckets: readonly SecondBucket[], nowMs: number, limit: number, windowMs: number): RateDecision {
  const from = windowStart(nowMs, windowMs);
  const recent = buckets.filter((b) => b.second >= from).sort((a, b) => a.second - b.second);
  const total = recent.reduce((sum, b) => sum + b.hits, 0);
  if (total < limit) return { ok: true };
  let toFree = total - limit + 1;
  for (const bucket of recent) {
    toFree -= bucket.hits;
    if (toFree <= 0) {
      // The bucket stops counting once windowStart passes it: at (second * 1000 + windowMs).
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.second * 1000 + windowMs - nowMs) / 1000)) };
    }
  }
  return { ok: false, retryAfterSeconds: Math.ceil(windowMs / 1000) };
}
