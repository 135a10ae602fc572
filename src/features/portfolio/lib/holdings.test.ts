import { describe, expect, it } from 'vitest';
import type { ChainHoldings, PortfolioToken } from '@/domain/portfolio';
import { chainValueUsd, hasUnpricedTokens, isDust, sortChains, visibleTokens } from './holdings';

function token(symbol: string, balance: string, valueUSD: number | null): PortfolioToken {
  return { symbol, name: symbol, address: `0x${symbol}`, decimals: 18, balance, priceUSD: valueUSD === null ? null : 1, valueUSD };
}

function chain(name: string, tokens: PortfolioToken[], status: 'ok' | 'unavailable' = 'ok'): ChainHoldings {
  return { chainId: name.length, name, status, tokens, ...(status === 'unavailable' ? { error: 'timeout' } : {}) };
}

describe('visibleTokens', () => {
  const tokens = [token('DUST', '5', 0.004), token('ZERO', '0', 0), token('ETH', '10', 30_000), token('MYST', '7', null), token('USDC', '9', 1_000)];

  it('drops zero balances and dust, sorts by value with unknown prices last', () => {
    const { tokens: shown, hiddenDust } = visibleTokens(tokens, false);
    expect(shown.map((t) => t.symbol)).toEqual(['ETH', 'USDC', 'MYST']);
    expect(hiddenDust).toBe(1);
  });

  it('shows dust when asked', () => {
    const { tokens: shown, hiddenDust } = visibleTokens(tokens, true);
    expect(shown.map((t) => t.symbol)).toEqual(['ETH', 'USDC', 'DUST', 'MYST']);
    expect(hiddenDust).toBe(0);
  });

  it('never treats an unknown price as dust', () => {
    expect(isDust(token('MYST', '1', null))).toBe(false);
    expect(isDust(token('DUST', '1', 0.009))).toBe(true);
    expect(isDust(token('CENT', '1', 0.01))).toBe(false);
  });
});

describe('chains', () => {
  it('sums known values and flags unpriced holdings', () => {
    const c = chain('Base', [token('ETH', '1', 10), token('MYST', '1', null)]);
    expect(chainValueUsd(c)).toBe(10);
    expect(hasUnpricedTokens(c)).toBe(true);
    expect(hasUnpricedTokens(chain('Base', [token('MYST', '0', null)]))).toBe(false);
  });

  it('sorts by value, empty chains after, unavailable chains last', () => {
    const sorted = sortChains([
      chain('Scroll', [], 'unavailable'),
      chain('Base', [token('ETH', '1', 10)]),
      chain('Gnosis', [token('XDAI', '0', 0)]),
      chain('Arbitrum', [token('ETH', '1', 500)]),
      chain('Blast', [], 'unavailable'),
      chain('Celo', []),
    ]);
    expect(sorted.map((c) => c.name)).toEqual(['Arbitrum', 'Base', 'Celo', 'Gnosis', 'Blast', 'Scroll']);
  });
});
