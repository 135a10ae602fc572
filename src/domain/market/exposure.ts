import type { Portfolio } from '../portfolio';
import type { Exposure, ExposureToken } from './market-schemas';

interface SymbolHoldings {
  priced: ExposureToken[];
  unpriced: { symbol: string; chainId: number }[];
}

/** Rounds a share to 4 decimals (0.01 %), enough for display and ranking, and keeps JSON small. */
const roundShare = (share: number) => Math.round(share * 10_000) / 10_000;

/**
 * Builds the exposure of articles to one portfolio: `exposureOf(symbols)` is the share of the portfolio's
 * known USD value held in those tokens, on every chain that could be read. Unavailable chains are named,
 * never counted as zero; holdings without a price are named and left out of both sides of the share; a
 * portfolio with no priced holdings gives share 0 with the reason. Pure.
 */
export function exposureIndex(portfolio: Portfolio): (symbols: readonly string[]) => Exposure {
  const bySymbol = new Map<string, SymbolHoldings>();
  const excludedChains: { chainId: number; name: string }[] = [];
  let total = 0;
  for (const chain of portfolio.chains) {
    if (chain.status !== 'ok') {
      excludedChains.push({ chainId: chain.chainId, name: chain.name });
      continue;
    }
    for (const token of chain.tokens) {
      const key = token.symbol.toUpperCase();
      let entry = bySymbol.get(key);
      if (!entry) bySymbol.set(key, (entry = { priced: [], unpriced: [] }));
      if (token.valueUSD === null || !Number.isFinite(token.valueUSD)) {
        entry.unpriced.push({ symbol: token.symbol, chainId: chain.chainId });
        continue;
      }
      total += token.valueUSD;
      entry.priced.push({ symbol: token.symbol, chainId: chain.chainId, valueUSD: token.valueUSD, balance: token.balance, decimals: token.decimals });
    }
  }
  const reason = total > 0 ? undefined
    : excludedChains.length === portfolio.chains.length ? 'no chain of this portfolio could be read'
      : 'this portfolio holds nothing with a known USD value';

  return (symbols) => {
    const tokens: ExposureToken[] = [];
    const unpriced: { symbol: string; chainId: number }[] = [];
    for (const symbol of new Set(symbols.map((s) => s.toUpperCase()))) {
      const entry = bySymbol.get(symbol);
      if (!entry) continue;
      tokens.push(...entry.priced);
      unpriced.push(...entry.unpriced);
    }
    tokens.sort((a, b) => b.valueUSD - a.valueUSD || a.chainId - b.chainId);
    const held = tokens.reduce((sum, t) => sum + t.valueUSD, 0);
    const exposure: Exposure = { share: total > 0 ? roundShare(Math.min(held / total, 1)) : 0, tokens };
    if (excludedChains.length > 0) exposure.excludedChains = excludedChains;
    if (unpriced.length > 0) exposure.unpriced = unpriced;
    if (reason) exposure.reason = reason;
    return exposure;
  };
}

/** Shares from this fraction up are worth a badge on the card and a banner on the article (1 %). */
export const NOTABLE_EXPOSURE = 0.01;
