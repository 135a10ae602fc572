import { describe, expect, it } from 'vitest';
import type { ChainHoldings, Portfolio } from '../portfolio';
import { exposureIndex } from './exposure';

const token = (symbol: string, valueUSD: number | null, balance = '1000') => ({ symbol, name: symbol, address: '0x0', decimals: 6, balance, priceUSD: valueUSD === null ? null : 1, valueUSD });
const ok = (chainId: number, name: string, tokens: ChainHoldings['tokens']): ChainHoldings => ({ chainId, name, status: 'ok', tokens });
const down = (chainId: number, name: string): ChainHoldings => ({ chainId, name, status: 'unavailable', error: 'the RPC is unreachable', tokens: [] });
const portfolio = (chains: ChainHoldings[]): Portfolio => ({ address: '0xabc', totalUSD: 0, updatedAt: '2025-06-01T00:00:00Z', chains });

describe('exposureIndex', () => {
  it('is the share of the priced portfolio held in the mentioned tokens, across chains, biggest first', () => {
    const of = exposureIndex(portfolio([
      ok(42161, 'Arbitrum', [token('ARB', 200), token('USDC', 500)]),
      ok(10, 'Optimism', [token('OP', 110), token('usdc', 190)]),
    ]));
    const exposure = of(['arb', 'OP', 'ARB']);
    expect(exposure.share).toBeCloseTo(0.31, 10);
    expect(exposure.tokens.map((t) => [t.symbol, t.chainId, t.valueUSD])).toEqual([['ARB', 42161, 200], ['OP', 10, 110]]);
    expect(exposure.excludedChains).toBeUndefined();
    expect(of(['USDC']).share).toBeCloseTo(0.69, 10);
    expect(of(['BTC'])).toEqual({ share: 0, tokens: [] });
  });

  it('names unavailable chains and never counts them as zero', () => {
    const of = exposureIndex(portfolio([ok(1, 'Ethereum', [token('ETH', 100), token('USDC', 100)]), down(137, 'Polygon')]));
    const exposure = of(['ETH']);
    expect(exposure.share).toBe(0.5);
    expect(exposure.excludedChains).toEqual([{ chainId: 137, name: 'Polygon' }]);
  });

  it('leaves tokens without a price out of both sides of the share, and names them', () => {
    const of = exposureIndex(portfolio([ok(1, 'Ethereum', [token('ETH', 100), token('MYST', null), token('USDC', 300)])]));
    expect(of(['ETH', 'MYST'])).toEqual({ share: 0.25, tokens: [expect.objectContaining({ symbol: 'ETH' })], unpriced: [{ symbol: 'MYST', chainId: 1 }] });
  });

  it('gives share 0 with a reason for a portfolio worth nothing known, or with no readable chain', () => {
    expect(exposureIndex(portfolio([ok(1, 'Ethereum', [])]))(['ETH'])).toEqual({ share: 0, tokens: [], reason: 'this portfolio holds nothing with a known USD value' });
    const onlyUnpriced = exposureIndex(portfolio([ok(1, 'Ethereum', [token('MYST', null)])]))(['MYST']);
    expect(onlyUnpriced).toMatchObject({ share: 0, unpriced: [{ symbol: 'MYST', chainId: 1 }], reason: expect.stringMatching(/known USD/) });
    expect(exposureIndex(portfolio([down(1, 'Ethereum')]))(['ETH'])).toMatchObject({ share: 0, reason: 'no chain of this portfolio could be read' });
  });

  it('rounds the share to 0.01 % and keeps balances with their decimals', () => {
    const exposure = exposureIndex(portfolio([ok(1, 'Ethereum', [token('ETH', 1, '42'), token('USDC', 2)])]))(['ETH']);
    expect(exposure.share).toBe(0.3333);
    expect(exposure.tokens[0]).toEqual({ symbol: 'ETH', chainId: 1, valueUSD: 1, balance: '42', decimals: 6 });
  });
});
