import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { articleSchema, articleWithRelatedSchema, newsPageSchema, type Article } from '@/domain/article';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';
import type { RunningServer } from '@/server/main';
import { startTestServer } from '../support/server';

let server: RunningServer;

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.json() };
}

async function page(query: string) {
  const { status, body } = await get(`/api/news${query}`);
  expect(status).toBe(200);
  return v.parse(newsPageSchema, body);
}

async function all(query: string): Promise<Article[]> {
  const articles: Article[] = [];
  let cursor: string | null = null;
  do {
    const sep = query ? '&' : '';
    const result = await page(`?${query}${sep}limit=9${cursor ? `&cursor=${cursor}` : ''}`);
    articles.push(...result.articles);
    cursor = result.nextCursor;
  } while (cursor);
  return articles;
}

function expectNewestFirst(articles: Article[]) {
  for (let i = 1; i < articles.length; i += 1) {
    expect(Date.parse(articles[i - 1]!.publishedAt)).toBeGreaterThanOrEqual(Date.parse(articles[i]!.publishedAt));
  }
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe('GET /api/news', () => {
  it('serves the sample corpus on first start, newest first, in the Article shape', async () => {
    const result = await page('');
    expect(result.articles).toHaveLength(20);
    expect(result.nextCursor).toEqual(expect.any(String));
    for (const article of result.articles) {
      expect(v.safeParse(articleSchema, article).success).toBe(true);
      expect(article.sample).toBe(true);
      expect(article.analyzer).toBe('offline');
    }
    expectNewestFirst(result.articles);
  });

  it('gzips the page when the client accepts it, and not otherwise', async () => {
    const gzip = await fetch(`${server.url}/api/news`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(v.parse(newsPageSchema, await gzip.json()).articles).toHaveLength(20);
    const plain = await fetch(`${server.url}/api/news`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(v.parse(newsPageSchema, await plain.json()).articles).toHaveLength(20);
  });

  it('pages through every article exactly once with the opaque cursor', async () => {
    const articles = await all('');
    expect(articles).toHaveLength(SAMPLE_ARTICLES.length);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    expectNewestFirst(articles);
    const last = await page(`?limit=100`);
    expect(last.articles).toHaveLength(SAMPLE_ARTICLES.length);
    expect(last.nextCursor).toBeNull();
  });

  it('filters by sentiment', async () => {
    for (const sentiment of ['bullish', 'neutral', 'bearish'] as const) {
      const articles = await all(`sentiment=${sentiment}`);
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.every((a) => a.sentiment === sentiment)).toBe(true);
    }
  });

  it('filters by minimum importance', async () => {
    const everything = await all('');
    const important = await all('minImportance=7');
    expect(important.every((a) => a.importance >= 7)).toBe(true);
    expect(important.length).toBe(everything.filter((a) => a.importance >= 7).length);
    expect(important.length).toBeLessThan(everything.length);
  });

  it('filters by token symbol, in any case', async () => {
    const everything = await all('');
    const withEth = everything.filter((a) => a.entities.tokens.some((t) => t.symbol === 'ETH'));
    expect(withEth.length).toBeGreaterThan(0);
    const lower = await all('token=eth');
    expect(lower.map((a) => a.id).sort()).toEqual(withEth.map((a) => a.id).sort());
    expect((await page('?token=NOSUCHTOKEN')).articles).toEqual([]);
  });

  it('searches title and summary as free text, case-insensitively', async () => {
    const everything = await all('');
    const hits = await all('q=STABLECOIN');
    const expected = everything.filter((a) => `${a.title} ${a.summary}`.toLowerCase().includes('stablecoin'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    // LIKE wildcards in the query are literal characters, not patterns.
    const percent = await all('q=%25');
    expect(percent.map((a) => a.id).sort()).toEqual(everything.filter((a) => `${a.title} ${a.summary}`.includes('%')).map((a) => a.id).sort());
    expect(percent.length).toBeLessThan(everything.length);
  });

  it('combines filters', async () => {
    const articles = await all('sentiment=bearish&minImportance=5');
    expect(articles.every((a) => a.sentiment === 'bearish' && a.importance >= 5)).toBe(true);
  });

  it.each([
    ['limit', 'limit=0'], ['limit', 'limit=101'], ['limit', 'limit=abc'], ['limit', 'limit=1.5'], ['limit', 'limit=-3'],
    ['minImportance', 'minImportance=0'], ['minImportance', 'minImportance=11'], ['minImportance', 'minImportance=high'],
    ['sentiment', 'sentiment=euphoric'], ['token', 'token=%3Cscript%3E'], ['token', `token=${'A'.repeat(21)}`],
    ['cursor', 'cursor=not-a-cursor'], ['cursor', 'cursor=%00%01'], ['q', `q=${'x'.repeat(201)}`],
  ])('answers 400 naming "%s" for ?%s', async (name, query) => {
    const { status, body } = await get(`/api/news?${query}`);
    expect(status).toBe(400);
    expect((body as { error: string }).error).toContain(`"${name}"`);
  });
});

describe('GET /api/news/:id', () => {
  it('returns the article with up to 5 related articles sharing an entity', async () => {
    const articles = await all('');
    const target = articles.find((a) => a.entities.tokens.length > 0)!;
    const { status, body } = await get(`/api/news/${target.id}`);
    expect(status).toBe(200);
    const article = v.parse(articleWithRelatedSchema, body);
    expect(article).toMatchObject({ ...target, related: expect.any(Array) });
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related.length).toBeLessThanOrEqual(5);
    const symbols = new Set(target.entities.tokens.map((t) => t.symbol));
    const companies = new Set(target.entities.companies.map((c) => c.toLowerCase()));
    for (const related of article.related) {
      expect(related.id).not.toBe(target.id);
      const shares = related.entities.tokens.some((t) => symbols.has(t.symbol)) || related.entities.companies.some((c) => companies.has(c.toLowerCase()));
      expect(shares).toBe(true);
    }
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/api/news/0000000000000000');
    expect(status).toBe(404);
    expect(body).toEqual({ error: expect.stringContaining('0000000000000000') });
  });

  it('answers 400 naming "id" for a malformed id', async () => {
    const { status, body } = await get(`/api/news/${'x'.repeat(65)}`);
    expect(status).toBe(400);
    expect((body as { error: string }).error).toContain('"id"');
    const odd = await get('/api/news/a%20b');
    expect(odd.status).toBe(400);
  });
});
