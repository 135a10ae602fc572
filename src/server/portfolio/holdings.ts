import { MAX_TOKEN_DECIMALS, usdValue } from '@/domain/amounts';
import type { ChainHoldings, PortfolioToken } from '@/domain/portfolio';
import { isSpamToken } from '@/domain/token-filters';
import type { ChainBalances } from './chain-balances';

/** Highest known value first, unknown values after, then by symbol. */
function byValue(a: PortfolioToken, b: PortfolioToken): number {
  if (a.valueUSD !== b.valueUSD) {
    if (a.valueUSD === null) return 1;
    if (b.valueUSD === null) return -1;
    return b.valueUSD - a.valueUSD;
  }
  return a.symbol.localeCompare(b.symbol);
}

/** Turns one chain's raw balances into the API shape: non-zero, non-spam holdings with USD values. */
export function buildChainHoldings(chain: { id: number; name: string }, result: ChainBalances): ChainHoldings {
  if (!result.ok) return { chainId: chain.id, name: chain.name, status: 'unavailable', error: result.error, tokens: [] };
  const tokens = result.balances
    .filter(({ token, balance }) => balance > 0n && !isSpamToken(token))
    .filter(({ token }) => Number.isInteger(token.decimals) && token.decimals >= 0 && token.decimals <= MAX_TOKEN_DECIMALS)
    .map(({ token, balance }): PortfolioToken => ({
      symbol: token.symbol,
      name: token.name,
      address: token.address,
      decimals: token.decimals,
      balance: balance.toString(),
      priceUSD: token.priceUSD,
      valueUSD: usdValue(balance, token.decimals, token.priceUSD),
    }))
    .sort(byValue);
  return { chainId: chain.id, name: chain.name, status: 'ok', tokens };
}

/** Sum of the known USD values on available chains (unknown prices and unavailable chains add nothing). */
export function totalUsd(chains: readonly ChainHoldings[]): number {
  let total = 0;
  for (const chain of chains) {
    if (chain.status !== 'ok') continue;
    for (const token of chain.tokens) total += token.valueUSD ?? 0;
  }
  return total;
}
