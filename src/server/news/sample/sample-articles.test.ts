import { describe, expect, it } from 'vitest';
import { CATEGORIES, SENTIMENTS, type Analysis } from '@/domain/article';
import { analyseOffline } from '../offline/offline-analyser';
import { SAMPLE_ARTICLES } from './sample-articles';
import { SAMPLE_URL_BASE } from './sample-article';

const analysed: Array<{ url: string; title: string; analysis: Analysis }> = SAMPLE_ARTICLES.map((a) => ({
  url: a.url,
  title: a.title,
  analysis: analyseOffline({ ...a, publishedAt: '2025-01-01T00:00:00.000Z' }).analysis,
}));

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('sample corpus shape', () => {
  it('has at least 40 articles with unique sample URLs and titles', () => {
    expect(SAMPLE_ARTICLES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SAMPLE_ARTICLES.map((a) => a.url)).size).toBe(SAMPLE_ARTICLES.length);
    expect(new Set(SAMPLE_ARTICLES.map((a) => a.title)).size).toBe(SAMPLE_ARTICLES.length);
    for (const a of SAMPLE_ARTICLES) expect(a.url).toMatch(new RegExp(`^${SAMPLE_URL_BASE}[a-z0-9-]+$`));
  });

  it.each(SAMPLE_ARTICLES.map((a) => [a.url.slice(SAMPLE_URL_BASE.length), a] as const))('%s is 120-400 words', (_slug, a) => {
    expect(wordCount(a.text)).toBeGreaterThanOrEqual(120);
    expect(wordCount(a.text)).toBeLessThanOrEqual(400);
    expect(a.source.length).toBeGreaterThan(0);
  });

  it('spreads publication over about two weeks, with varied sources', () => {
    const hours = SAMPLE_ARTICLES.map((a) => a.hoursAgo);
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...hours)).toBeGreaterThan(24 * 12);
    expect(Math.max(...hours)).toBeLessThanOrEqual(24 * 15);
    expect(new Set(SAMPLE_ARTICLES.map((a) => a.source)).size).toBeGreaterThanOrEqual(6);
  });

  it('covers the regions: US, EU, Asia, LatAm and Africa', () => {
    const text = SAMPLE_ARTICLES.map((a) => `${a.title} ${a.text}`).join(' ');
    for (const region of [/\bUS\b|United States/, /European Union|\bEU\b/, /Hong Kong|Singapore|Japan|Seoul/, /Brazil|Argentin|Mexico/, /Nigeria|Kenya|Lagos/]) {
      expect(text).toMatch(region);
    }
  });

  it('includes the AI video model from a large Chinese tech company climbing to No. 2', () => {
    const story = SAMPLE_ARTICLES.find((a) => /No\. 2/.test(a.title) && /video/i.test(a.title));
    expect(story?.text).toMatch(/Alibaba/);
  });
});

describe('the offline analyser spans the corpus', () => {
  it('finds all three sentiments', () => {
    expect(new Set(analysed.map((a) => a.analysis.sentiment))).toEqual(new Set(SENTIMENTS));
  });

  it('covers importance 1-3 and 8-10', () => {
    const seen = new Set(analysed.map((a) => a.analysis.importance));
    for (const value of [1, 2, 3, 8, 9, 10]) expect(seen, `importance ${value}`).toContain(value);
  });

  it('uses every category', () => {
    expect(new Set(analysed.map((a) => a.analysis.category))).toEqual(new Set(CATEGORIES));
  });

  it('extracts every listed token somewhere', () => {
    const symbols = new Set(analysed.flatMap((a) => a.analysis.entities.tokens.map((t) => t.symbol)));
    for (const s of ['ETH', 'BTC', 'USDC', 'USDT', 'ARB', 'OP', 'POL', 'AVAX', 'LINK', 'UNI']) expect(symbols, s).toContain(s);
  });

  it('rates the headline stories as expected', () => {
    const byUrl = (slug: string) => analysed.find((a) => a.url.endsWith(slug))?.analysis;
    expect(byUrl('skyloom-bridge-hack')).toMatchObject({ sentiment: 'bearish', category: 'security', importance: 10 });
    expect(byUrl('conference-mascot-vote')).toMatchObject({ category: 'other', importance: 1 });
    expect(byUrl('alibaba-video-model-ranks-second')).toMatchObject({ category: 'ai' });
    expect(byUrl('alibaba-video-model-ranks-second')?.entities.companies).toContain('Alibaba');
  });
});
