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
}

type StoreOutcome = 'new' | 'duplicate';

/** De-duplicates (canonical URL, content hash), analyses once, and stores one candidate. */
export async function storeCandidate(candidate: ArticleCandidate, deps: IngestDeps, sample: boolean): Promise<StoreOutcome> {
  if (await deps.repository.findDuplicate(candidate.canonicalUrl, candidate.contentHash)) return 'duplicate';
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
