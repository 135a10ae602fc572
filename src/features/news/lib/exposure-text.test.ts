import { describe, expect, it } from 'vitest';
import { exclusionSentence, exposureSentence, formatShare, holdingOf } from './exposure-text';

const exposure = {
  share: 0.31,
  tokens: [
    { symbol: 'ARB', chainId: 42161, valueUSD: 200, balance: '400000000000000000000', decimals: 18 },
    { symbol: 'OP', chainId: 10, valueUSD: 110, balance: '100000000000000000000', decimals: 18 },
    { symbol: 'ARB', chainId: 1, valueUSD: 5, balance: '10000000000000000000', decimals: 18 },
  ],
  excludedChains: [{ chainId: 137, name: 'Polygon' }],
  unpriced: [{ symbol: 'MYST', chainId: 10 }],
};

describe('exposure text', () => {
  it('says how much of the portfolio a story concerns, where, and what it leaves out', () => {
    expect(formatShare(0.31)).toBe('31 %');
    expect(formatShare(0.0123)).toBe('1.2 %');
    expect(exposureSentence(exposure)).toBe('This story concerns 31 % of your portfolio: ARB on Arbitrum, OP on Optimism, ARB on Ethereum.');
    expect(exclusionSentence(exposure)).toBe('exposure excludes Polygon: unavailable; MYST not counted: price unknown.');
    expect(exclusionSentence({ share: 0, tokens: [] })).toBeNull();
  });
  it('adds up a symbol held on several chains', () => {
    expect(holdingOf(exposure, 'arb')).toEqual({ amount: 410, valueUSD: 205 });
    expect(holdingOf(exposure, 'ETH')).toBeNull();
    expect(holdingOf(undefined, 'ARB')).toBeNull();
  });
});
