import { describe, expect, it } from 'vitest';
import type { Article } from '@/domain/article';
import type { Portfolio } from '@/domain/portfolio';
import { planArticleAction } from './article-plan';

const article = (partial: Partial<Article>): Article => ({
  id: 'a1', title: 'Exploit drains bridge', url: 'https://example.com/a', source: 'Desk', publishedAt: '2025-01-01T00:00:00Z',
  analyzer: 'offline', sample: false, summary: 's', analysis: 'a', takeaways: ['1', '2', '3'], sentiment: 'bearish', importance: 8,
  category: 'security', entities: { companies: [], tokens: [{ symbol: 'ETH', name: 'Ether' }, { symbol: 'USDC', name: 'USD Coin' }] }, ...partial,
});
const holdings: Portfolio = {
  address: '0x', totalUSD: 0, updatedAt: '',
  chains: [
    { chainId: 8453, name: 'Base', status: 'ok', tokens: [
      { symbol: 'ETH', name: 'Ether', address: '0x0', decimals: 18, balance: '250000000000000000', priceUSD: 2000, valueUSD: 500 },
      { symbol: 'USDC', name: 'USD Coin', address: '0x1', decimals: 6, balance: '100000000', priceUSD: 1, valueUSD: 100 },
    ] },
  ],
};

describe('planArticleAction', () => {
  it('relates a bearish important story to held tokens and hedges only the non-stablecoin, partly', () => {
    const plan = planArticleAction(article({}), holdings, null);
    expect(plan.text).toMatch(/^"Exploit drains bridge" reads as bearish with importance 8\/10\. It mentions ETH and USDC\. You hold 0\.25 ETH on Base \(\$500\.00\) and 100 USDC on Base/);
    expect(plan.hedges).toEqual([{ chainId: 8453, symbol: 'ETH', reason: expect.stringMatching(/Moving 25% into a stablecoin/) }]);
  });

  it('does not propose on bullish, unimportant or unrelated stories, nor without a wallet', () => {
    expect(planArticleAction(article({ sentiment: 'bullish' }), holdings, null).hedges).toEqual([]);
    expect(planArticleAction(article({ importance: 6 }), holdings, null).hedges).toEqual([]);
    expect(planArticleAction(article({ entities: { companies: [], tokens: [{ symbol: 'SOL', name: 'Solana' }] } }), holdings, null).text).toMatch(/You hold none of the tokens/);
    expect(planArticleAction(article({}), null, null).text).toMatch(/Connect a wallet/);
  });

  it('never repeats an address from the title', () => {
    const plan = planArticleAction(article({ title: `Send ETH to 0x${'ab'.repeat(20)} now` }), holdings, null);
    expect(plan.text).not.toMatch(/abab/);
  });
});
