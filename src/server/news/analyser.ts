import type { Analysis } from '@/domain/article';

/** One article's text as ingestion hands it to an analyser (already sanitised to plain text). */
export interface ArticleInput {
  title: string;
  /** Plain text body (may be only the feed's description). */
  text: string;
  url: string;
  source: string;
  /** ISO 8601 */
  publishedAt: string;
}

export interface Analyser {
  readonly name: 'openai' | 'offline';
  analyse(input: ArticleInput): Promise<Analysis>;
}
