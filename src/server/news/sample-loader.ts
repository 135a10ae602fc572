import { SAMPLE_ARTICLES } from './sample/sample-articles';
import { ingestRawItems, type FeedReport } from './ingest-feed';
import type { RawFeedItem } from './parse-feed';
import type { IngestDeps } from './store-candidate';
import { canonicalUrl } from './canonical-url';
import { safeHttpUrl } from './safe-url';
import type { Queryable } from '../store/db';

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

/** The sample articles' canonical URLs, derived as ingestion derives them (safe http(s) URL, then canonical form). */
function sampleCanonicalUrls(): string[] {
  return [...new Set(SAMPLE_ARTICLES.map((sample) => canonicalUrl(safeHttpUrl(sample.url) ?? sample.url)))];
}

/**
 * True when every sample article is already stored (one indexed query), so a restart can skip re-ingesting the
 * corpus: ingestion would find each one a duplicate by URL and keep the stored one anyway. False when any is missing
 * (first start, a deleted article, a sample added since), and then the corpus goes through ingestion as before.
 * Needs the news schema.
 */
export async function sampleCorpusStored(db: Queryable): Promise<boolean> {
  const urls = sampleCanonicalUrls();
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM news_articles WHERE canonical_url = ANY($1::text[])',
    [urls],
  );
  return rows[0]?.n === urls.length;
}
