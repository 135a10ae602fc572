import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
// The zod checks the article schema replaced: on real data, valibot's must accept exactly what they did.
import * as z from 'zod/mini';
import { articleSchema, type Article } from '@/domain/article';
import { decodeFeedBytes } from './decode';
import { normaliseItem } from './normalise-item';
import { analyseOffline } from './offline/offline-analyser';
import { parseFeedText, type RawFeedItem } from './parse-feed';
import { SAMPLE_ARTICLES } from './sample/sample-articles';

const DIR = 'tests/fixtures/feeds-real';
const NOW = new Date('2026-12-01T00:00:00Z');
const FEEDS = readdirSync(DIR).filter((name) => name !== 'README.md').map((name) => parseFeedText(decodeFeedBytes(readFileSync(`${DIR}/${name}`))));
const SAMPLE_ITEMS: RawFeedItem[] = SAMPLE_ARTICLES.map((s) => ({ title: s.title, link: s.url, html: s.text, source: s.source, date: NOW.toISOString() }));

/** Each item as ingestion would store it: normalised, analysed offline. */
function stored(item: RawFeedItem, baseUrl?: string): Article {
  const result = normaliseItem(item, { source: 'Feed', baseUrl, now: NOW });
  if (!result.ok) throw new Error(result.reason);
  const { id, title, url, source, publishedAt, text, author, imageUrl } = result.candidate;
  const { analysis } = analyseOffline({ title, text, url, source, publishedAt });
  return { ...analysis, id, title, url, source, publishedAt, author, imageUrl, analyzer: 'offline', sample: false };
}

describe('the article schema on the real captured feeds and the sample corpus', () => {
  const articles = [...FEEDS.flatMap((feed) => feed.items.map((item) => stored(item, feed.link))), ...SAMPLE_ITEMS.map((item) => stored(item))];

  it('accepts every article as ingestion stores it, and so did zod', () => {
    expect(articles.length).toBeGreaterThan(SAMPLE_ITEMS.length + 20);
    const zodDatetime = z.iso.datetime({ offset: true });
    for (const article of articles) {
      const parsed = v.safeParse(articleSchema, article);
      expect(parsed.issues, article.url).toBeUndefined();
      expect(parsed.output).toEqual(article);
      expect(zodDatetime.safeParse(article.publishedAt).success).toBe(true);
    }
    expect(articles.filter((a) => a.imageUrl).length).toBeGreaterThan(10);
  });

  it("agrees with zod's url() on every raw link and picture the feeds give, before ingestion cleans them", () => {
    const raw = [...FEEDS.flatMap((feed) => feed.items), ...SAMPLE_ITEMS].flatMap((item) => [item.link, item.imageUrl]).filter((s) => s !== undefined);
    expect(raw.length).toBeGreaterThan(50);
    const zodUrl = z.url();
    const zodImageUrl = z.url().check(z.regex(/^https?:\/\//i));
    const { url, imageUrl } = articleSchema.entries;
    for (const s of raw) {
      expect(v.safeParse(url, s).success, s).toBe(zodUrl.safeParse(s).success);
      expect(v.safeParse(imageUrl, s).success, s).toBe(zodImageUrl.safeParse(s).success);
    }
  });
});
