import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@/domain/portfolio';
import { describePortfolio } from './portfolio-reply';

const portfolio: Portfolio = {
  address: '0x', totalUSD: 612.5, updatedAt: '',
  chains: [
    { chainId: 137, name: 'Polygon', status: 'ok', tokens: [
      { symbol: 'USDC', name: 'USD Coin', address: '0x1', decimals: 6, balance: '12500000', priceUSD: 1, valueUSD: 12.5 },
      { symbol: 'POL', name: 'POL', address: '0x0', decimals: 18, balance: '3000000000000000000', priceUSD: null, valueUSD: null },
    ] },
    { chainId: 8453, name: 'Base', status: 'ok', tokens: [{ symbol: 'USDC', name: 'USD Coin', address: '0x2', decimals: 6, balance: '600000000', priceUSD: 1, valueUSD: 600 }] },
    { chainId: 10, name: 'Optimism', status: 'unavailable', tokens: [] },
  ],
};

describe('describePortfolio', () => {
  it('answers one chain from the real balances', () => {
    expect(describePortfolio(portfolio, { fromChainId: 137, fromToken: null })).toBe('On Polygon you hold 12.5 USDC ($12.50) and 3 POL.');
    expect(describePortfolio(portfolio, { fromChainId: 10, fromToken: null })).toMatch(/^Balances on Optimism are unknown right now/);
    expect(describePortfolio(portfolio, { fromChainId: 8453, fromToken: 'POL' })).toBe('You hold no POL on Base.');
  });

  it('answers one token across chains and the whole portfolio, naming chains it could not read', () => {
    expect(describePortfolio(portfolio, { fromChainId: null, fromToken: 'USDC' })).toBe(
      'You hold 12.5 USDC ($12.50) on Polygon and 600 USDC ($600.00) on Base. Balances on Optimism are unknown right now (their RPC did not answer), so they are not counted.',
    );
    expect(describePortfolio(portfolio, { fromChainId: null, fromToken: null })).toMatch(/^You hold \$612\.50 in total: on Polygon 12\.5 USDC \(\$12\.50\) and 3 POL; on Base 600 USDC/);
  });
});
