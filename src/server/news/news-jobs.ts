import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { QUEUES } from '../queue/job-queue';
import type { PendingArticles } from '../store/pending-articles';
import { ingestFeed } from './ingest-feed';
import type { ArticleCandidate } from './normalise-item';
import { analyseAndStore, type IngestDeps, type StoreOutcome } from './store-candidate';

export interface FeedRefreshData { feed: string }
export interface AnalyseData { articleId: string }

/**
 * The analysis job's id, derived from the article's: sending it again (a second server, a retried feed refresh,
 * a pending row whose first send was lost to a crash) inserts nothing while that job exists, in any state.
 */
export function analyseJobId(articleId: string): string {
  const hex = createHash('sha256').update(`analyse:${articleId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

interface NewsJobDeps {
  boss: PgBoss;
  news: IngestDeps;
  pending: PendingArticles;
  /** Called after this process queued analysis jobs, so its own worker starts on them at once. */
  queued: () => void;
  /** Called after an article was stored (statistics refresh). */
  stored: () => void;
  /** Aborted on shutdown: feed downloads in flight stop, and their jobs go back to the queue as failed attempts. */
  signal?: AbortSignal;
}

/** The two job handlers and the enqueue step that feed ingestion uses instead of analysing inline. */
export function createNewsJobs(deps: NewsJobDeps) {
  const enqueue = async (candidate: ArticleCandidate, sample: boolean): Promise<StoreOutcome> => {
    const row = await deps.pending.add(candidate, sample);
    if (!row) return 'duplicate'; // queued by another feed and already stored between the two queries
    // Stored (and its row removed) by another server after our first duplicate check: its job has run already.
    if (row.added && (await deps.news.repository.findDuplicate(candidate.canonicalUrl, candidate.contentHash))) {
      await deps.pending.remove(row.id);
      return 'duplicate';
    }
    await deps.boss.send(QUEUES.analyse, { articleId: row.id } satisfies AnalyseData, { id: analyseJobId(row.id) });
    deps.queued();
    return row.added ? 'new' : 'duplicate';
  };
  const queueing: IngestDeps = { ...deps.news, enqueue };

  return {
    enqueue: queueing,
    /** "Feed refresh": fetch, parse, de-duplicate and queue; a failed feed fails the job (retried with backoff). */
    async refreshFeed(data: FeedRefreshData): Promise<void> {
      const report = await ingestFeed(data.feed, queueing, { signal: deps.signal });
      if (report.error) {
        deps.news.log(`feed ${data.feed} failed: ${report.error}`);
        throw new Error(`feed ${data.feed} failed: ${report.error}`);
      }
      deps.news.log(`feed ${data.feed}: ${report.new} new, ${report.duplicate} duplicate, ${report.skipped} skipped`);
    },
    /** "Analyse article": the same analyse-and-store step as inline ingestion, then the pending row goes. */
    async analyseArticle(data: AnalyseData): Promise<void> {
      const row = await deps.pending.get(data.articleId);
      if (!row) return; // done by an earlier attempt
      const { candidate, sample } = row;
      const stored = await deps.news.repository.findDuplicate(candidate.canonicalUrl, candidate.contentHash)
        ? 'duplicate'
        : await analyseAndStore(candidate, deps.news, sample);
      await deps.pending.remove(data.articleId);
      if (stored === 'new') deps.stored();
    },
  };
}
