import { ingestFeeds, type FeedReport } from './ingest-feed';
import type { IngestDeps } from './store-candidate';

export interface FeedRefresh {
  /** Resolves with the reports of the first pass (empty when there are no feeds). */
  firstPass: Promise<FeedReport[]>;
  stop(): Promise<void>;
}

/**
 * Ingests `feeds` now and then every `minutes` (0 = only once). Passes never overlap; the timer
 * does not keep the process alive; stop() cancels downloads in flight and waits for the pass to end.
 */
export function startFeedRefresh(feeds: readonly string[], minutes: number, deps: IngestDeps): FeedRefresh {
  const controller = new AbortController();
  let running: Promise<FeedReport[]> | undefined;
  const pass = (): Promise<FeedReport[]> => {
    if (running || controller.signal.aborted || feeds.length === 0) return running ?? Promise.resolve([]);
    running = ingestFeeds(feeds, deps, { signal: controller.signal })
      .then(async (reports) => {
        if (reports.some((r) => r.new > 0)) {
          await deps.repository.refreshStatistics().catch((error: unknown) => deps.log(`ANALYZE failed: ${String(error)}`));
        }
        for (const r of reports) {
          if (r.error) deps.log(`feed ${r.feed} failed: ${r.error}`);
          else deps.log(`feed ${r.feed}: ${r.new} new, ${r.duplicate} duplicate, ${r.skipped} skipped`);
        }
        return reports;
      })
      .catch((error: unknown) => {
        deps.log(`feed refresh failed: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const firstPass = pass();
  const timer = minutes > 0 && feeds.length > 0 ? setInterval(() => void pass(), minutes * 60_000) : undefined;
  timer?.unref();
  return {
    firstPass,
    async stop() {
      if (timer) clearInterval(timer);
      controller.abort();
      await running;
    },
  };
}
