import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@/domain/article';
import { openDb, type Db } from '../store/db';
import { newsRepositoryFor } from '../store/news-repository';
import { ARTICLE_ORIGINS_REFRESH_MS, ArticleImageOrigins } from './article-image-origins';

const article = (id: string, imageUrl: string | null): Article => ({
  id, title: `Story ${id}`, url: `https://news.example.com/${id}`, source: 'Desk', publishedAt: '2025-05-01T08:00:00.000Z',
  author: null, imageUrl, summary: 'Summary.', analysis: 'Analysis.', takeaways: ['a', 'b', 'c'], sentiment: 'neutral',
  importance: 3, category: 'markets', entities: { companies: [], tokens: [] }, analyzer: 'offline', sample: false,
});

let db: Db;
const store = (a: Article) => newsRepositoryFor(db).insertIfAbsent({ article: a, canonicalUrl: a.url, contentHash: a.id, text: a.summary });

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
  await newsRepositoryFor(db).ensureSchema();
});
afterAll(async () => db?.close());

describe('ArticleImageOrigins', () => {
  it('allows the https hosts stored articles take pictures from, re-reading the store for a new host at most every 5 s', async () => {
    let now = 1_000_000;
    const origins = new ArticleImageOrigins(db, () => now);
    await store(article('a', 'https://images.cointelegraph.com/images/528_aHR0.jpg?x=1'));
    await store(article('b', null));
    await store(article('c', 'http://127.0.0.1:9/steal.png'));

    expect(await origins.has('https://images.cointelegraph.com')).toBe(true);
    expect(await origins.has('http://127.0.0.1:9')).toBe(false);
    expect(await origins.has('https://cdn.decrypt.co')).toBe(false);

    await store(article('d', 'https://cdn.decrypt.co/resize/1024/pic.png'));
    // Just read: a host that is still unknown does not cost another query yet.
    expect(await origins.has('https://cdn.decrypt.co')).toBe(false);
    now += ARTICLE_ORIGINS_REFRESH_MS;
    expect(await origins.has('https://cdn.decrypt.co')).toBe(true);
    expect([...origins.current()].sort()).toEqual(['https://cdn.decrypt.co', 'https://images.cointelegraph.com']);
  });
});
