import { decodeFeedBytes } from './decode';
import { loadFeedBytes, type LoadOptions } from './fetch-feed';
import { mapWithConcurrency } from './concurrency';
import { normaliseItem, type ArticleCandidate } from './normalise-item';
import { parseFeedText, type RawFeedItem } from './parse-feed';
import { htmlToLine } from './sanitise';
import { storeCandidate, type IngestDeps } from './store-candidate';

/** What one feed contributed; `error` set means the feed as a whole failed. */
export interface FeedReport {
  feed: string;
  title?: string;
  new: number;
  duplicate: number;
  skipped: number;
  skippedReasons: string[];
  error?: string;
}

interface IngestOptions extends LoadOptions {
  sample?: boolean;
  now?: Date;
  /** Articles analysed at once (matters for a remote model). */
  concurrency?: number;
}

function emptyReport(feed: string): FeedReport {
  return { feed, new: 0, duplicate: 0, skipped: 0, skippedReasons: [] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Cleans, de-duplicates, analyses and stores raw items; never throws for one bad item. */
export async function ingestRawItems(
  items: RawFeedItem[],
  context: { feed: string; source: string; baseUrl?: string },
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<FeedReport> {
  const report = emptyReport(context.feed);
  const now = options.now ?? new Date();
  const candidates: ArticleCandidate[] = [];
  for (const item of items) {
    const result = normaliseItem(item, { source: context.source, baseUrl: context.baseUrl, now });
    if (result.ok) candidates.push(result.candidate);
    else {
      report.skipped += 1;
      report.skippedReasons.push(result.reason);
    }
  }
  // A story repeated within one feed is settled here, in feed order: stored concurrently, whichever
  // finished analysing first would win, and on PostgreSQL (a pool of connections) that varies per run.
  const seen = new Set<string>();
  const unique = candidates.filter((candidate) => {
    const keys = [`url:${candidate.canonicalUrl}`, `hash:${candidate.contentHash}`];
    if (keys.some((key) => seen.has(key))) {
      report.duplicate += 1;
      return false;
    }
    for (const key of keys) seen.add(key);
    return true;
  });
  await mapWithConcurrency(unique, options.concurrency ?? 4, async (candidate) => {
    try {
      report[await storeCandidate(candidate, deps, options.sample ?? false)] += 1;
    } catch (error) {
      report.skipped += 1;
      report.skippedReasons.push(`"${candidate.title.slice(0, 60)}": ${describe(error)}`);
    }
  });
  return report;
}

/** Loads, decodes, parses and ingests one feed (URL or file). Failures are reported by the feed's name, not thrown. */
export async function ingestFeed(source: string, deps: IngestDeps, options: IngestOptions = {}): Promise<FeedReport> {
  try {
    const loaded = await loadFeedBytes(source, options);
    const parsed = parseFeedText(decodeFeedBytes(loaded.bytes, loaded.contentType));
    const title = parsed.title ? htmlToLine(parsed.title, 120) : '';
    const baseUrl = loaded.baseUrl ?? parsed.link;
    const report = await ingestRawItems(parsed.items, { feed: source, source: title || loaded.fallbackName, baseUrl }, deps, options);
    return { ...report, title: title || undefined };
  } catch (error) {
    return { ...emptyReport(source), error: describe(error) };
  }
}

/** Ingests several feeds side by side; one failing feed never stops the others. */
export async function ingestFeeds(sources: readonly string[], deps: IngestDeps, options: IngestOptions = {}): Promise<FeedReport[]> {
  return mapWithConcurrency(sources, 3, (source) => ingestFeed(source, deps, options));
}
