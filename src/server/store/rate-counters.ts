import { decideFromBuckets, windowStart, type SecondBucket } from '../http/rate-window';
import type { RateDecision } from '../http/rate-limiter';
import { SCHEMA_LOCK_SQL, type Db } from './db';

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS rate_limit_counters (
  key TEXT NOT NULL,
  second BIGINT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (key, second)
);
`;

/** One budget a request spends from: `limit` hits per key in any window. */
export interface RateBudget {
  key: string;
  limit: number;
}

type Refusal = { ok: false; retryAfterSeconds: number; key: string };

/** Expired counters of keys never seen again are swept every this many takes. */
const SWEEP_EVERY = 200;

/**
 * Sliding-window rate limits kept in the database (per-second counters), so every server on one PostgreSQL
 * counts against the same budgets; on the embedded store the same table serves the one process.
 */
export class RateCounters {
  private schema?: Promise<void>;
  private takes = 0;

  constructor(private readonly db: Db, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  private ensureSchema(): Promise<void> {
    this.schema ??= this.db.exec(SCHEMA_LOCK_SQL + SCHEMA_SQL).catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }

  /** Checks one budget without spending from it. */
  async check(budget: RateBudget): Promise<RateDecision> {
    await this.ensureSchema();
    const now = this.now();
    const { rows } = await this.db.query<{ second: number; hits: number }>(
      'SELECT second, hits FROM rate_limit_counters WHERE key = $1 AND second >= $2', [budget.key, windowStart(now, this.windowMs)],
    );
    return decideFromBuckets(rows.map((r) => ({ second: Number(r.second), hits: r.hits })), now, budget.limit, this.windowMs);
  }

  /**
   * Spends one hit from every budget, or from none when any is used up (that refusal is returned). Atomic across
   * servers: the keys are locked (in sorted order, so two requests never deadlock) for the transaction.
   */
  async take(budgets: RateBudget[]): Promise<{ ok: true } | Refusal> {
    await this.ensureSchema();
    const keys = [...new Set(budgets.map((b) => b.key))].sort();
    const now = this.now();
    const from = windowStart(now, this.windowMs);
    const result = await this.db.transaction(async (tx) => {
      for (const key of keys) await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7311457203))', [key]);
      const { rows } = await tx.query<{ key: string; second: number; hits: number }>(
        'SELECT key, second, hits FROM rate_limit_counters WHERE key = ANY($1::text[]) AND second >= $2', [keys, from],
      );
      for (const budget of budgets) {
        const buckets: SecondBucket[] = rows.filter((r) => r.key === budget.key).map((r) => ({ second: Number(r.second), hits: r.hits }));
        const decision = decideFromBuckets(buckets, now, budget.limit, this.windowMs);
        if (!decision.ok) return { ...decision, key: budget.key };
      }
      await tx.query(
        `INSERT INTO rate_limit_counters (key, second, hits) SELECT k, $2, 1 FROM unnest($1::text[]) AS k
         ON CONFLICT (key, second) DO UPDATE SET hits = rate_limit_counters.hits + 1`,
        [keys, Math.floor(now / 1000)],
      );
      return { ok: true } as const;
    });
    this.takes += 1;
    if (this.takes % SWEEP_EVERY === 0) await this.db.query('DELETE FROM rate_limit_counters WHERE second < $1', [from]).catch(() => undefined);
    return result;
  }
}
