import type { ChainHoldings, PortfolioToken } from '@/domain/portfolio';
import { isDust as isDustValue } from '@/domain/token-filters';

/** Dust (known value under a cent, the domain's rule) is hidden unless asked for. */
export function isDust(token: PortfolioToken): boolean {
  return isDustValue(token.valueUSD);
}

function hasBalance(token: PortfolioToken): boolean {
  return /[1-9]/.test(token.balance);
}

/** Known values first (largest first), unknown prices after, then by symbol. */
function compareTokens(a: PortfolioToken, b: PortfolioToken): number {
  if (a.valueUSD !== null && b.valueUSD !== null && a.valueUSD !== b.valueUSD) return b.valueUSD - a.valueUSD;
  if ((a.valueUSD === null) !== (b.valueUSD === null)) return a.valueUSD === null ? 1 : -1;
  return a.symbol.localeCompare(b.symbol);
}

/** The tokens worth a row: non-zero, sorted, dust dropped unless `showDust`. Also counts the hidden dust. */
export function visibleTokens(tokens: readonly PortfolioToken[], showDust: boolean): { tokens: PortfolioToken[]; hiddenDust: number } {
  const held = tokens.filter(hasBalance);
  const shown = showDust ? held : held.filter((token) => !isDust(token));
  return { tokens: shown.sort(compareTokens), hiddenDust: held.length - shown.length };
}

/** Sum of known USD values on one chain (unknown prices are not counted). */
export function chainValueUsd(chain: ChainHoldings): number {
  return chain.tokens.reduce((sum, token) => sum + (token.valueUSD ?? 0), 0);
}

/** Whether a chain holds tokens whose price is unknown, so its total is a lower bound. */
export function hasUnpricedTokens(chain: ChainHoldings): boolean {
  return chain.tokens.some((token) => token.valueUSD === null && hasBalance(token));
}

/** Available chains by value (largest first, empty ones after), then unavailable ones, each group by name. */
export function sortChains(chains: readonly ChainHoldings[]): ChainHoldings[] {
  const rank = (chain: ChainHoldings) => (chain.status !== 'ok' ? 2 : chain.tokens.some(hasBalance) ? 0 : 1);
  return [...chains].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const byValue = chainValueUsd(b) - chainValueUsd(a);
    return byValue !== 0 ? byValue : a.name.localeCompare(b.name);
  });
}
