import type { ServerContext } from './context';
import { newsServicesFor } from './news/news-services';
import { loadSampleCorpus } from './news/sample-loader';
import { startFeedRefresh } from './news/feed-refresh';
import { getTokenService } from './tokens/token-service';

/**
 * Starts the server's background work: the sample corpus is loaded before this resolves (so the
 * feed is never empty), then feeds are fetched in the background and refreshed on a timer.
 * Resolves to a function that stops it all.
 */
export async function startBackgroundJobs(ctx: ServerContext): Promise<() => Promise<void>> {
  // Warm the token list so the first portfolio read does not wait on LI.FI (failures fall back inside).
  void getTokenService(ctx.config, ctx.log).getTokenList().catch(() => undefined);
  const news = newsServicesFor(ctx);
  await news.repository.ensureSchema();
  try {
    const report = await loadSampleCorpus(news);
    if (report.new > 0 || report.skipped > 0) {
      ctx.log(`sample corpus: ${report.new} new, ${report.duplicate} already stored, ${report.skipped} skipped`);
    }
    for (const reason of report.skippedReasons) ctx.log(`sample corpus skipped ${reason}`);
    await news.repository.refreshStatistics();
  } catch (error) {
    ctx.log(`sample corpus failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const refresh = startFeedRefresh(ctx.config.newsFeeds, ctx.config.newsRefreshMinutes, news);
  return () => refresh.stop();
}
