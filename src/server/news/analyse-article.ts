import type { Analysis } from '@/domain/article';
import type { AnalysisCache } from '../store/analysis-cache';
import type { ArticleInput } from './analyser';
import type { Analysers } from './analysers';

interface AnalysisOutcome {
  analysis: Analysis;
  analyzer: 'openai' | 'offline';
  cached: boolean;
}

/**
 * Analyses one article once: a cached analysis for the same content hash is reused; otherwise the
 * primary analyser runs, and on any failure the offline analyser does (and the result says so).
 */
export async function analyseOnce(
  input: ArticleInput,
  contentHash: string,
  analysers: Analysers,
  cache: AnalysisCache,
  log: (message: string) => void,
): Promise<AnalysisOutcome> {
  const hit = await cache.get(contentHash);
  if (hit) return { ...hit, cached: true };
  let outcome: Omit<AnalysisOutcome, 'cached'>;
  try {
    outcome = { analysis: await analysers.primary.analyse(input), analyzer: analysers.primary.name };
  } catch (error) {
    if (analysers.primary === analysers.fallback) throw error;
    log(`analysis by ${analysers.primary.name} failed for "${input.title.slice(0, 80)}", using the offline analyser: ${error instanceof Error ? error.message : String(error)}`);
    outcome = { analysis: await analysers.fallback.analyse(input), analyzer: analysers.fallback.name };
  }
  await cache.put(contentHash, outcome);
  return { ...outcome, cached: false };
}
