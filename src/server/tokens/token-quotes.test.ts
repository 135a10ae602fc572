import { describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import type { ListedToken, TokenList } from './token-types';
import { quoteSymbols } from './token-quotes';

const t = (chainId: number, symbol: string, priceUSD: number | null, address = `0x${String(chainId).padStart(40, '0')}`): ListedToken =>
  ({ chainId, symbol, name: symbol, address: address as Address, decimals: 18, priceUSD });
const list = (tokens: ListedToken[]): TokenList => ({ source: 'lifi', fetchedAt: 0, byChain: new Map([1, 10, 42161, 8453].map((id) => [id, tokens.filter((x) => x.chainId === id)])) });

describe('quoteSymbols', () => {
  it('links a symbol to its tokens on every chain and prices it from Ethereum when listed there', () => {
    const quotes = quoteSymbols(list([t(42161, 'ARB', 0.52), t(1, 'ARB', 0.5), t(10, 'OP', 1.7)]), ['arb']);
    expect(quotes.tokens).toEqual([{ symbol: 'ARB', priceUSD: 0.5, chains: [expect.objectContaining({ chainId: 1, priceUSD: 0.5 }), expect.objectContaining({ chainId: 42161, priceUSD: 0.52 })] }]);
  });
  it('takes the median of the chains without an Ethereum price, and null when no price is known', () => {
    const quotes = quoteSymbols(list([t(1, 'OP', null), t(10, 'OP', 1.6), t(8453, 'OP', 1.8), t(42161, 'OP', 1.7), t(1, 'MYST', null)]), ['OP', 'MYST', 'NOPE']);
    expect(quotes.tokens.map((q) => [q.symbol, q.priceUSD, q.chains.length])).toEqual([['OP', 1.7, 4], ['MYST', null, 1], ['NOPE', null, 0]]);
  });
});
