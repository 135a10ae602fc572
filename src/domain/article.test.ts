import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
// The zod checks these schemas replaced: the accepted set must not change.
import * as z from 'zod/mini';
import { articleSchema, articleWithRelatedSchema, newsPageSchema } from './article';

const accepts = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

const ARTICLE = {
  id: 'a1', title: 'ETH rallies', url: 'https://news.example/eth', source: 'Example', publishedAt: '2025-06-10T08:00:00.000Z',
  author: null, imageUrl: null, analyzer: 'offline', sample: false,
  summary: 'ETH rose.', analysis: 'ETH rose on ETF inflows.', takeaways: ['a', 'b', 'c'], sentiment: 'bullish', importance: 6,
  category: 'markets', entities: { companies: [], tokens: [{ symbol: 'ETH', name: 'Ether' }] },
};

describe('articleSchema.publishedAt: what zod\'s iso.datetime({ offset: true }) accepted', () => {
  const { publishedAt } = articleSchema.entries;
  const zodDatetime = z.iso.datetime({ offset: true });

  it('accepts Z and ±hh:mm with or without a fraction; refuses no seconds, a space, ±hhmm, ±hh and impossible dates', () => {
    for (const ok of ['2024-01-01T00:00:00Z', '2025-06-10T08:00:00.000Z', '2024-01-01T00:00:00+00:00', '2024-01-01T12:30:45.123456+02:00',
      '2024-01-01T23:59:59.1234567890123-05:30', '2024-02-29T00:00:00Z', '2000-02-29T00:00:00Z']) expect(accepts(publishedAt, ok), ok).toBe(true);
    for (const bad of ['2024-01-01T00:00Z', '2024-01-01 00:00:00Z', '2024-01-01T00:00:00+0200', '2024-01-01T00:00:00+02',
      '2024-01-01T00:00:00', '2024-01-01t00:00:00z', '2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2024-04-31T00:00:00Z',
      '2024-13-01T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00:00.Z', '+010000-01-01T00:00:00.000Z', '2024-01-01']) {
      expect(accepts(publishedAt, bad), bad).toBe(false);
    }
  });

  it('agrees with zod on every combination of date, separator, time, fraction and offset', () => {
    const parts = [
      ['2024', '2023', '2000', '1900'], ['-01', '-02', '-04', '-13', '-00'], ['-01', '-28', '-29', '-30', '-31', '-32'], ['T', ' ', 't'],
      ['00:00', '00:00:00', '23:59:59', '24:00:00', '12:60:00'], ['', '.', '.1', '.123456789', '.1234567890'],
      ['', 'Z', 'z', '+00:00', '-05:30', '+23:59', '+24:00', '+0200', '+02', ' +02:00'],
    ];
    const strings = parts.reduce<string[]>((acc, options) => acc.flatMap((prefix) => options.map((o) => prefix + o)), ['']);
    const disagree = strings.filter((s) => accepts(publishedAt, s) !== zodDatetime.safeParse(s).success);
    expect(disagree).toEqual([]);
    expect(strings.filter((s) => accepts(publishedAt, s)).length).toBeGreaterThan(100);
  });
});

describe('articleSchema.url and imageUrl: what zod\'s url() accepted', () => {
  const URLS = [
    'https://news.example/eth', 'http://x', 'HTTPS://NEWS.EXAMPLE/A', 'https://例え.jp/パス', 'https://a.example/c?d=e&f=g#h',
    'http://[::1]:8080/', 'https://user:pw@a.example/', 'http://256.0.0.1/', 'https:/a.example', 'https:a.example',
    ' https://a.example/ ', '\u00a0https://a.example/\u2028', 'https://a.example/a b', 'https://a.example/\t', 'mailto:a@b.example',
    'javascript:alert(1)', 'ftp://a.example/f', 'data:image/png;base64,AAAA', 'urn:isbn:123', 'a:b', 'a.example', '/relative', '', ' ',
    'https://', 'http://a b.example/', 'https://a.example:99999/',
  ];
  const zodUrl = z.url();
  const zodImageUrl = z.url().check(z.regex(/^https?:\/\//i));
  const withUrl = (url: string) => ({ ...ARTICLE, url });
  const withImage = (imageUrl: string) => ({ ...ARTICLE, imageUrl });

  it.each(URLS)('%j', (url) => {
    expect(accepts(articleSchema, withUrl(url))).toBe(zodUrl.safeParse(url).success);
    expect(accepts(articleSchema, withImage(url))).toBe(zodImageUrl.safeParse(url).success);
  });

  it('takes only http(s) pictures, says why, and allows none', () => {
    expect(accepts(articleSchema, withImage('ftp://a.example/p.png'))).toBe(false);
    expect(v.safeParse(articleSchema, withImage('ftp://a.example/p.png')).issues?.[0]?.message).toBe('expected an http(s) URL');
    expect(accepts(articleSchema, { ...ARTICLE, author: undefined, imageUrl: undefined })).toBe(true);
    const { author: _author, imageUrl: _imageUrl, ...bare } = ARTICLE;
    expect(v.parse(articleSchema, bare)).not.toHaveProperty('imageUrl');
  });
});

describe('article limits', () => {
  it.each([
    ['3 to 5 takeaways', { takeaways: ['a', 'b'] }, { takeaways: ['a', 'b', 'c', 'd', 'e'] }, { takeaways: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    ['importance a whole 1..10', { importance: 0 }, { importance: 10 }, { importance: 5.5 }],
    ['a summary of 1..1200 characters', { summary: '' }, { summary: 'x'.repeat(1200) }, { summary: 'x'.repeat(1201) }],
    ['a known sentiment', { sentiment: 'moon' }, { sentiment: 'bearish' }, { sentiment: null }],
    ['an author of 1..200 characters, or null', { author: '' }, { author: 'A. Writer' }, { author: 'x'.repeat(201) }],
    ['at most 30 companies', { entities: { companies: Array(31).fill('Co'), tokens: [] } }, { entities: { companies: Array(30).fill('Co'), tokens: [] } }, { entities: { companies: [''], tokens: [] } }],
  ])('%s', (_name, refusedLow, accepted, refusedHigh) => {
    expect(accepts(articleSchema, { ...ARTICLE, ...refusedLow })).toBe(false);
    expect(accepts(articleSchema, { ...ARTICLE, ...accepted })).toBe(true);
    expect(accepts(articleSchema, { ...ARTICLE, ...refusedHigh })).toBe(false);
  });

  it('keeps at most 5 related stories and drops unknown fields, as zod did', () => {
    expect(accepts(articleWithRelatedSchema, { ...ARTICLE, related: Array(5).fill(ARTICLE) })).toBe(true);
    expect(accepts(articleWithRelatedSchema, { ...ARTICLE, related: Array(6).fill(ARTICLE) })).toBe(false);
    expect(v.parse(newsPageSchema, { articles: [{ ...ARTICLE, extra: 1 }], nextCursor: null }).articles[0]).not.toHaveProperty('extra');
  });
});
