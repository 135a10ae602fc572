import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { newsPageSchema, type Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestFeeds, type FeedReport } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { startTestServer } from '../support/server';
import { EXPECTED_FEEDS } from './feeds-real-expected';

const DIR = 'tests/fixtures/feeds-real';
// The newest capture is from September 2026; a later clock keeps every feed date as published.
const NOW = new Date('2026-12-01T00:00:00Z');

let server: RunningServer;
let reports: FeedReport[];
let articles: Article[];

async function allArticles(): Promise<Article[]> {
  const found: Article[] = [];
  let cursor = '';
  do {
    const response = await fetch(`${server.url}/api/news?limit=100&cursor=${encodeURIComponent(cursor)}`);
    expect(response.status).toBe(200);
    const page = v.parse(newsPageSchema, await response.json());
    found.push(...page.articles);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return found;
}

beforeAll(async () => {
  server = await startTestServer({ jobs: false });
  reports = await ingestFeeds(EXPECTED_FEEDS.map((feed) => `${DIR}/${feed.file}`), newsServicesFor(server.ctx), { now: NOW });
  articles = await allArticles();
});

afterAll(async () => {
  await server?.close();
});

describe('real captured feeds through the real ingest path and GET /api/news', () => {
  it('covers every fixture in the folder', () => {
    const files = readdirSync(DIR).filter((name) => name !== 'README.md').sort();
    expect(EXPECTED_FEEDS.map((feed) => feed.file).sort()).toEqual(files);
  });

  for (const feed of EXPECTED_FEEDS) {
    it(`${feed.file}: every item stored, the first with its exact title, link, date, author and image`, () => {
      const report = reports.find((r) => r.feed === `${DIR}/${feed.file}`);
      expect(report).toMatchObject({ title: feed.title, new: feed.items, duplicate: 0, skipped: 0 });
      expect(report?.error).toBeUndefined();
      const first = articles.find((a) => a.url === feed.first.url);
      expect(first).toBeDefined();
      expect({
        title: first!.title, url: first!.url, publishedAt: first!.publishedAt, author: first!.author, imageUrl: first!.imageUrl,
      }).toEqual(feed.first);
      expect(first!.source).toBe(feed.title);
    });
  }

  it('leaves no markup or entities in titles, and only http(s) links and images', () => {
    const real = articles.filter((a) => !a.sample);
    expect(real).toHaveLength(EXPECTED_FEEDS.reduce((sum, feed) => sum + feed.items, 0));
    for (const article of real) {
      expect(article.title).not.toMatch(/<\/?[a-z!]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\]\]>|CDATA/i);
      expect(article.url).toMatch(/^https?:\/\/[^\s]+$/);
      expect(article.imageUrl === null || /^https?:\/\/[^\s]+$/.test(article.imageUrl!)).toBe(true);
      expect(article.author === null || !/[<>]/.test(article.author!)).toBe(true);
      // Both fields are always present in the API's JSON, null when the feed has none.
      expect(article).toHaveProperty('author');
      expect(article).toHaveProperty('imageUrl');
    }
  });

  it('returns author and imageUrl on an article and its related articles too', async () => {
    const article = articles.find((a) => a.url === EXPECTED_FEEDS[0]!.first.url)!;
    const body = await fetch(`${server.url}/api/news/${article.id}`).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(body).toMatchObject({ author: 'Omkar Godbole', imageUrl: EXPECTED_FEEDS[0]!.first.imageUrl });
  });
});

describe('articles stored before author and imageUrl existed', () => {
  it('are served with both as null, in lists and alone, and keep everything else', async () => {
    const stored = articles.find((a) => a.url === EXPECTED_FEEDS[1]!.first.url)!;
    const { author: _a, imageUrl: _i, ...older } = stored;
    await server.ctx.db.query('UPDATE news_articles SET doc = $1 WHERE id = $2', [JSON.stringify(older), stored.id]);
    // Fresh query strings and an article not fetched before, so the answers come from the store, not the page cache.
    const listed = await fetch(`${server.url}/api/news?limit=5&q=${encodeURIComponent(stored.title)}`).then((r) => r.json() as Promise<{ articles: unknown[] }>);
    expect(listed.articles).toEqual([{ ...older, author: null, imageUrl: null }]);
    const alone = await fetch(`${server.url}/api/news/${stored.id}`).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(alone).toMatchObject({ ...older, author: null, imageUrl: null });
  });
});
