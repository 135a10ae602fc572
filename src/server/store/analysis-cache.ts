import * as v from 'valibot';
import { analysisSchema, analyzerSchema, type Analysis } from '@/domain/article';
import type { Db } from './db';

interface CachedAnalysis {
  analyzer: 'openai' | 'offline';
  analysis: Analysis;
}

/** Analyses by content hash, so the same text is never analysed twice. The news schema creates the table. */
export class AnalysisCache {
  constructor(private readonly db: Db) {}

  async get(contentHash: string): Promise<CachedAnalysis | null> {
    const { rows } = await this.db.query<{ analyzer: string; analysis: string }>(
      'SELECT analyzer, analysis FROM news_analysis_cache WHERE content_hash = $1',
      [contentHash],
    );
    const row = rows[0];
    if (!row) return null;
    const analyzer = v.safeParse(analyzerSchema, row.analyzer);
    const analysis = v.safeParse(analysisSchema, JSON.parse(row.analysis));
    return analyzer.success && analysis.success ? { analyzer: analyzer.output, analysis: analysis.output } : null;
  }

  async put(contentHash: string, cached: CachedAnalysis): Promise<void> {
    await this.db.query(
      `INSERT INTO news_analysis_cache (content_hash, analyzer, analysis) VALUES ($1, $2, $3)
       ON CONFLICT (content_hash) DO UPDATE SET analyzer = EXCLUDED.analyzer, analysis = EXCLUDED.analysis, created_at = now()`,
      [contentHash, cached.analyzer, JSON.stringify(cached.analysis)],
    );
  }
}
