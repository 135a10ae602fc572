import { describe, expect, it } from 'vitest';
import type { Article, Category } from '@/domain/article';
import { pickRelated } from './related';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const daysAgo = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function article(id: string, tokens: string[], companies: string[], opts: { days?: number; category?: Category } = {}): Article {
  return {
    id,
    title: `Article ${id}`,
    url: `https://samples.market-companion.dev/${id}`,
    source: 'Test',
    publishedAt: daysAgo(opts.days ?? 1),
    summary: 's',
    analysis: 'a',
    takeaways: ['a', 'b', 'c'],
    sentiment: 'neutral',
    importance: 5,
    category: opts.category ?? 'markets',
    entities: { tokens: tokens.map((symbol) => ({ symbol, name: symbol })), companies },
    analyzer: 'offline',
    sample: true,
  };
}

const ids = (list: Article[]): string[] => list.map((a) => a.id);
const target = article('t', ['ETH', 'USDC'], ['Coinbase'], { category: 'defi' });

describe('pickRelated', () => {
  it('never returns the target, even when it is among the candidates (twice)', () => {
    const twin = article('t', ['ETH'], []);
    expect(ids(pickRelated(target, [target, twin, article('a', ['ETH'], [])], { now: NOW }))).toEqual(['a']);
  });

  it('leaves out articles that share nothing', () => {
    const list = [article('none', ['BTC'], ['BlackRock'], { category: 'defi' }), article('eth', ['ETH'], [])];
    expect(ids(pickRelated(target, list, { now: NOW }))).toEqual(['eth']);
  });

  it('weighs shared tokens above shared companies, and a shared category a little', () => {
    const list = [
      article('company', [], ['Coinbase']),
      article('token', ['USDC'], []),
      article('two-tokens', ['ETH', 'USDC'], []),
      article('token-same-category', ['USDC'], [], { category: 'defi' }),
    ];
    expect(ids(pickRelated(target, list, { now: NOW }))).toEqual(['two-tokens', 'token-same-category', 'token', 'company']);
  });

  it('prefers recent articles when overlap is equal', () => {
    const list = [article('old', ['ETH'], [], { days: 20 }), article('new', ['ETH'], [], { days: 1 }), article('mid', ['ETH'], [], { days: 7 })];
    expect(ids(pickRelated(target, list, { now: NOW }))).toEqual(['new', 'mid', 'old']);
  });

  it('lets a much stronger overlap beat recency', () => {
    const list = [article('old-strong', ['ETH', 'USDC'], ['Coinbase'], { days: 30 }), article('new-weak', [], ['Coinbase'], { days: 0 })];
    expect(ids(pickRelated(target, list, { now: NOW }))).toEqual(['old-strong', 'new-weak']);
  });

  it('returns at most 5 by default and honours a limit', () => {
    const list = Array.from({ length: 9 }, (_, i) => article(`a${i}`, ['ETH'], [], { days: i }));
    expect(pickRelated(target, list, { now: NOW })).toHaveLength(5);
    expect(ids(pickRelated(target, list, { now: NOW, limit: 2 }))).toEqual(['a0', 'a1']);
    expect(pickRelated(target, list, { now: NOW, limit: 0 })).toEqual([]);
  });

  it('is deterministic: exact ties break by date, then id, whatever the input order', () => {
    const list = [article('b', ['ETH'], []), article('a', ['ETH'], []), article('c', ['ETH'], [])];
    expect(ids(pickRelated(target, list, { now: NOW }))).toEqual(['a', 'b', 'c']);
    expect(ids(pickRelated(target, [...list].reverse(), { now: NOW }))).toEqual(['a', 'b', 'c']);
  });

  it('matches tokens and companies regardless of case', () => {
    expect(ids(pickRelated(target, [article('x', ['eth'], ['coinbase'])], { now: NOW }))).toEqual(['x']);
  });

  it('returns nothing for a target without entities', () => {
    expect(pickRelated(article('empty', [], []), [article('a', ['ETH'], [])], { now: NOW })).toEqual([]);
  });
});
