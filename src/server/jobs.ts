import type { ServerContext } from './context';
import { newsServicesFor } from './news/news-services';
import { loadSampleCorpus, sampleCorpusStored } from './news/sample-loader';
import { startFeedSchedule } from './news/feed-schedule';
import { createNewsJobs, type AnalyseData, type FeedRefreshData } from './news/news-jobs';
import { QUEUES, startJobQueue } from './queue/job-queue';
import { startQueueWorker } from './queue/queue-worker';
import { pendingArticlesFor } from './store/pending-articles';
import { getTokenService } from './tokens/token-service';

/** An idle worker looks for jobs queued by other processes this often. */
const POLL_MS = 1000;
/** How long start-up waits for the sample corpus's analysis jobs (then the server starts anyway). */
const SAMPLE_WAIT_MS = 120_000;
/** Running jobs get this long to finish on stop before they go back to the queue. */
export const DEFAULT_JOB_GRACE_MS = 15_000;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/**
 * Starts the server's background work. With the worker role (SERVER_ROLE worker or both) that is the job queue
 * (pg-boss on PostgreSQL, or in-process on PGlite): the sample corpus is queued and analysed before this resolves
 * (so the feed is never empty), then a refresh job per feed is queued now and once per interval. Resolves to a
 * function that stops it all (running jobs get `graceMs` to finish, then go back to the queue).
 */
export async function startBackgroundJobs(ctx: ServerContext): Promise<(graceMs?: number) => Promise<void>> {
  const news = newsServicesFor(ctx);
  await news.repository.ensureSchema();
  if (ctx.config.role !== 'worker') {
    // Warm the token list so the first portfolio read does not wait on LI.FI (failures fall back inside).
    void getTokenService(ctx.config, ctx.log).getTokenList().catch(() => undefined);
  }
  if (ctx.config.role === 'api') return async () => {};

  const pending = pendingArticlesFor(ctx.db);
  await pending.ensureSchema();
  const boss = await startJobQueue(ctx.config, ctx.db, ctx.log);
  let statsTimer: NodeJS.Timeout | undefined;
  const stopping = new AbortController();
  const jobs = createNewsJobs({
    boss,
    news,
    pending,
    signal: stopping.signal,
    queued: () => analysers.notify(),
    // PGlite runs no autovacuum: refresh the planner's statistics once new articles have settled.
    stored: () => {
      statsTimer ??= setTimeout(() => {
        statsTimer = undefined;
        news.repository.refreshStatistics().catch((error: unknown) => ctx.log(`ANALYZE failed: ${describe(error)}`));
      }, 2000);
    },
  });
  const analysers = startQueueWorker<AnalyseData>(boss, {
    queue: QUEUES.analyse, concurrency: 4, pollMs: POLL_MS, log: ctx.log, handle: (job) => jobs.analyseArticle(job.data),
  });
  const refreshers = startQueueWorker<FeedRefreshData>(boss, {
    queue: QUEUES.feedRefresh, concurrency: 3, pollMs: POLL_MS, log: ctx.log, handle: (job) => jobs.refreshFeed(job.data),
  });

  try {
    // A restart finds the corpus stored: one query instead of normalising and checking all 45 articles again.
    if (!(await sampleCorpusStored(ctx.db))) {
      const report = await loadSampleCorpus(jobs.enqueue);
      if (report.new > 0 || report.skipped > 0) {
        ctx.log(`sample corpus: ${report.new} new, ${report.duplicate} already stored or queued, ${report.skipped} skipped`);
      }
      for (const reason of report.skippedReasons) ctx.log(`sample corpus skipped ${reason}`);
      if (!(await waitFor(async () => (await pending.count({ sampleOnly: true })) === 0, SAMPLE_WAIT_MS))) {
        ctx.log('sample corpus: still being analysed; starting anyway');
      }
      await news.repository.refreshStatistics();
    }
  } catch (error) {
    ctx.log(`sample corpus failed to load: ${describe(error)}`);
  }

  const schedule = startFeedSchedule(ctx.config.newsFeeds, ctx.config.newsRefreshMinutes, async (feed, slotSeconds) => {
    const throttle = slotSeconds > 0 ? { singletonSeconds: slotSeconds } : {};
    if (await boss.send(QUEUES.feedRefresh, { feed } satisfies FeedRefreshData, { singletonKey: feed, ...throttle })) refreshers.notify();
  }, ctx.log);

  return async (graceMs = DEFAULT_JOB_GRACE_MS) => {
    schedule.stop();
    stopping.abort();
    await Promise.all([refreshers.stop(graceMs), analysers.stop(graceMs)]);
    clearTimeout(statsTimer);
    await boss.stop({ graceful: true, wait: true, timeout: 1000 });
  };
}
