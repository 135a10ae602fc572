import type { TokenQuotes } from '@/domain/market/market-schemas';
import type { TokenList } from './token-types';

const ETHEREUM = 1;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Each symbol linked to its verified tokens on every supported chain (symbol match, any case), with one
 * display price: Ethereum's listing when it has a price, else the median of the chains' prices. A symbol
 * the list does not know comes back with no chains and a null price. Pure.
 */
export function quoteSymbols(list: TokenList, symbols: readonly string[]): TokenQuotes {
  const wanted = new Map(symbols.map((s) => [s.toUpperCase(), { symbol: s.toUpperCase(), chains: [] as TokenQuotes['tokens'][number]['chains'] }]));
  for (const [chainId, tokens] of list.byChain) {
    for (const token of tokens) {
      const entry = wanted.get(token.symbol.toUpperCase());
      if (entry) entry.chains.push({ chainId, address: token.address, decimals: token.decimals, priceUSD: token.priceUSD });
    }
  }
  return {
    tokens: [...wanted.values()].map(({ symbol, chains }) => {
      const ethereum = chains.find((c) => c.chainId === ETHEREUM && c.priceUSD !== null)?.priceUSD;
      const priced = chains.flatMap((c) => (c.priceUSD !== null && c.priceUSD > 0 ? [c.priceUSD] : []));
      return { symbol, priceUSD: ethereum ?? median(priced), chains: chains.sort((a, b) => a.chainId - b.chainId) };
    }),
  };
}
