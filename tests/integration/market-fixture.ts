import type { Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { canonicalUrl } from '@/server/news/canonical-url';
import { articleId, contentHash } from '@/server/news/content-hash';
import { newsRepositoryFor } from '@/server/store/news-repository';

export interface StoryInput {
  title: string;
  tokens?: string[];
  sentiment?: Article['sentiment'];
  importance?: number;
  hoursAgo?: number;
  summary?: string;
  takeaways?: string[];
}

/** Stores an analysed article exactly as given (no analyser), published `hoursAgo` before now; returns its id. */
export async function storeStory(server: RunningServer, input: StoryInput): Promise<string> {
  const repository = newsRepositoryFor(server.ctx.db);
  const url = `https://market.example/${encodeURIComponent(input.title)}`;
  const canonical = canonicalUrl(url);
  const article: Article = {
    id: articleId(canonical), title: input.title, url, source: 'Market Desk', author: null, imageUrl: null,
    publishedAt: new Date(Date.now() - (input.hoursAgo ?? 1) * 3_600_000).toISOString(),
    summary: input.summary ?? `${input.title}.`, analysis: 'Analysis.', takeaways: input.takeaways ?? ['First point.', 'Second point.', 'Third point.'],
    sentiment: input.sentiment ?? 'neutral', importance: input.importance ?? 5, category: 'markets',
    entities: { companies: [], tokens: (input.tokens ?? []).map((symbol) => ({ symbol, name: symbol })) }, analyzer: 'offline', sample: false,
  };
  await repository.insertIfAbsent({ article, canonicalUrl: canonical, contentHash: contentHash(input.title, input.title), text: input.title });
  return article.id;
}
