import { LRUCache } from 'lru-cache';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys tracked at most; the least recently counted go first (bounded memory under a flood of keys). */
  maxKeys?: number;
}

/** A sliding-window limiter: at most `limit` hits per key in any `windowMs`. Refused hits are not counted. */
export class RateLimiter {
  private readonly hits: LRUCache<string, number[]>;
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    // Bounded by maxSize (each key counts 1) rather than max: lru-cache preallocates `max` slots, which cost
    // tens of milliseconds per limiter at every start.
    this.hits = new LRUCache({ maxSize: options.maxKeys ?? 50_000, sizeCalculation: () => 1 });
  }

  get limit(): number {
    return this.options.limit;
  }

  /** Checks without counting (and without refreshing the key's place in the LRU order). */
  check(key: string): RateDecision {
    const now = this.now();
    const recent = this.recent(this.hits.peek(key), now);
    if (recent.length < this.options.limit) return { ok: true };
    const oldest = recent[recent.length - this.options.limit]!;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) };
  }

  /** Counts one hit. */
  record(key: string): void {
    const now = this.now();
    const recent = this.recent(this.hits.get(key), now);
    recent.push(now);
    this.hits.set(key, recent);
  }

  /** Checks, and counts the hit when it is allowed. */
  take(key: string): RateDecision {
    const decision = this.check(key);
    if (decision.ok) this.record(key);
    return decision;
  }

  private recent(hits: number[] | undefined, now: number): number[] {
    return (hits ?? []).filter((t) => t > now - this.options.windowMs);
  }
}
