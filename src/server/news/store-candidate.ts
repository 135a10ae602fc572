import type { Article } from '@/domain/article';
import type { AnalysisCache } from '../store/analysis-cache';
import type { NewsRepository } from '../store/news-repository';
import { analyseOnce } from './analyse-article';
import type { Analysers } from './analysers';
import type { ArticleCandidate } from './normalise-item';

export interface IngestDeps {
  repository: NewsRepository;
  cache: AnalysisCache;
  analysers: Analysers;
  log: (message: string) => void;
  /**
   * When set (the server's job queue), a new candidate is queued for an "analyse article" job instead of being
   * analysed here; that job then runs analyseAndStore. 'duplicate' when it was already queued.
   */
  enqueue?: (candidate: ArticleCandidate, sample: boolean) => Promise<StoreOutcome>;
}

export type StoreOutcome = 'new' | 'duplicate';

/** De-duplicates (canonical URL, content hash), then analyses and stores the candidate (or queues it, see enqueue). */
export async function storeCandidate(candidate: ArticleCandidate, deps: IngestDeps, sample: boolean): Promise<StoreOutcome> {
  if (await deps.repository.findDuplicate(candidate.canonicalUrl, candidate.contentHash)) return 'duplicate';
  if (deps.enqueue) return deps.enqueue(candidate, sample);
  return analyseAndStore(candidate, deps, sample);
}

/** Analyses once (cached by content hash) and stores one candidate in a single INSERT; 'duplicate' when already stored. */
export async function analyseAndStore(candidate: ArticleCandidate, deps: IngestDeps, sample: boolean): Promise<StoreOutcome> {
  const input = {
    title: candidate.title,
    text: candidate.text,
    url: candidate.url,
    source: candidate.source,
    publishedAt: candidate.publishedAt,
  };
  const { analysis, analyzer } = await analyseOnce(input, candidate.contentHash, deps.analysers, deps.cache, deps.log);
  const article: Article = {
    ...analysis,
    id: candidate.id,
    title: candidate.title,
    url: candidate.url,
    source: candidate.source,
    publishedAt: candidate.publishedAt,
    author: candidate.author,
    imageUrl: candidate.imageUrl,
    analyzer,
    sample,
  };
  const inserted = await deps.repository.insertIfAbsent({
    article,
    canonicalUrl: candidate.canonicalUrl,
    contentHash: candidate.contentHash,
    text: candidate.text,
  });
  return inserted ? 'new' : 'duplicate';
}
