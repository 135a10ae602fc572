import PgBoss from 'pg-boss';
import type { ServerConfig } from '../config';
import type { Db } from '../store/db';
import { pgliteBossDb } from './pglite-boss-db';

export const QUEUES = {
  /** { feed }: fetch one feed and queue its new articles. At most one runs per feed at a time, on any server. */
  feedRefresh: 'news-feed-refresh',
  /** { articleId }: analyse one queued article and store it. */
  analyse: 'news-analyse',
} as const;

const HALF_DAY_SECONDS = 12 * 3600;

/** pg-boss's maintenance (which hands expired leases on) runs this often; bounded so a lease is noticed soon after it ends. */
export function maintenanceSeconds(leaseSeconds: number): number {
  return Math.min(120, Math.max(1, Math.ceil(leaseSeconds / 2)));
}

/**
 * Starts pg-boss on the server's store: its own small pool on PostgreSQL, or the embedded PGlite in this process.
 * Creates (or updates) both queues with the lease, retry limit and backoff from the config.
 */
export async function startJobQueue(config: ServerConfig, db: Db, log: (message: string) => void): Promise<PgBoss> {
  const { leaseSeconds, retryLimit, retryDelaySeconds } = config.jobs;
  const refreshSeconds = Math.round(config.newsRefreshMinutes * 60);
  const connection = db.embedded
    ? { db: pgliteBossDb(db.embedded) }
    : { connectionString: config.databaseUrl, max: 4, application_name: 'market-companion-jobs' };
  const boss = new PgBoss({
    ...connection,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: maintenanceSeconds(leaseSeconds),
    // A feed's refresh slot is remembered by its job row; it must outlive one interval (pg-boss checks this).
    archiveCompletedAfterSeconds: Math.max(HALF_DAY_SECONDS, refreshSeconds),
    archiveFailedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on('error', (error: unknown) => log(`job queue error: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  const common = { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: leaseSeconds };
  const queues: Array<[string, PgBoss.QueuePolicy]> = [[QUEUES.feedRefresh, 'singleton'], [QUEUES.analyse, 'standard']];
  for (const [name, policy] of queues) {
    await createQueueRetrying(boss, { name, policy, ...common });
    await boss.updateQueue(name, { name, policy, ...common });
  }
  return boss;
}

/**
 * pg-boss 10 creates a queue (a row and a partition) without a lock of its own, so servers starting together on a
 * fresh database can deadlock there; PostgreSQL aborts one, which simply tries again (the queue then exists).
 */
async function createQueueRetrying(boss: PgBoss, queue: PgBoss.Queue & { name: string }): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await boss.createQueue(queue.name, queue);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '23505' && code !== '42P07')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}
