import { SAMPLE_ARTICLES } from './sample/sample-articles';
import { ingestRawItems, type FeedReport } from './ingest-feed';
import type { RawFeedItem } from './parse-feed';
import type { IngestDeps } from './store-candidate';

const SAMPLE_FEED_NAME = 'sample corpus';

/**
 * Loads the built-in sample articles through the normal ingest path, flagged sample=true and dated
 * `hoursAgo` before `now`. Articles already stored are left alone, so restarts keep the first dates.
 */
export async function loadSampleCorpus(deps: IngestDeps, now = new Date()): Promise<FeedReport> {
  await deps.repository.ensureSchema();
  const items: RawFeedItem[] = SAMPLE_ARTICLES.map((sample) => ({
    title: sample.title,
    link: sample.url,
    html: sample.text,
    source: sample.source,
    date: new Date(now.getTime() - sample.hoursAgo * 3600_000).toISOString(),
  }));
  return ingestRawItems(items, { feed: SAMPLE_FEED_NAME, source: 'Sample' }, deps, { sample: true, now });
}
