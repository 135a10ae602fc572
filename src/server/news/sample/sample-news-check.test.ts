import { describe, expect, it } from 'vitest';
import type { Article } from '@/domain/article';
import { checkNews } from '@/domain/market/news-check';
import { analyseOffline } from '../offline/offline-analyser';
import { SAMPLE_ARTICLES } from './sample-articles';

const NOW = Date.parse('2025-06-08T12:00:00Z');
// The sample corpus as the server stores it: offline analysis, dated hoursAgo before the first load.
const corpus: Article[] = SAMPLE_ARTICLES.map((a, i) => ({
  id: `sample-${i}`, title: a.title, url: a.url, source: a.source, publishedAt: new Date(NOW - a.hoursAgo * 3_600_000).toISOString(),
  author: null, imageUrl: null, analyzer: 'offline', sample: true, ...analyseOffline({ title: a.title, text: a.text, source: a.source, url: a.url, publishedAt: '2025-06-01T00:00:00.000Z' }).analysis,
}));
const EXCHANGES = [['FakeSwap'], ['Uniswap', 'uniswap'], ['Stargate V2', 'stargateV2']];

describe('the news check on the sample corpus', () => {
  it.each([['USDC', 'WETH'], ['ETH', 'USDC'], ['ARB', 'USDC'], ['AVAX', 'USDC'], ['USDT', 'ETH']])('%s → %s lists its bearish news but asks no security confirmation', (from, to) => {
    const check = checkNews(corpus, { tokens: [from, to], tools: EXCHANGES }, NOW);
    expect(check.items.length).toBeGreaterThan(0);
    expect(check.items.filter((i) => i.incident).map((i) => i.article.title)).toEqual([]);
  });

  it('a route through the bridge the sample hack drained does need the confirmation', () => {
    const check = checkNews(corpus, { tokens: ['ETH'], tools: [['Skyloom', 'skyloom']] }, NOW);
    expect(check.needsConfirmation).toBe(true);
    expect(check.items[0]).toMatchObject({ incident: true, matched: ['ETH', 'Skyloom'] });
  });
});
