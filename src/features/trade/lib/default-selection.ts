import type { Portfolio } from '@/domain/portfolio';

interface ListedToken {
  chainId: number;
  address: string;
  symbol: string;
}

export interface TradeSelection {
  fromChainId: number;
  fromToken: string;
  toChainId: number;
  toToken: string;
}

const lower = (s: string) => s.toLowerCase();

/**
 * A sensible first selection: the wallet's chain (if tradable), the most valuable listed holding there
 * (else the first listed token), and another token of the same chain to receive.
 */
export function defaultSelection(tokens: readonly ListedToken[], chainIds: readonly number[], walletChainId: number | undefined, holdings: Portfolio | undefined): TradeSelection | undefined {
  const fromChainId = walletChainId !== undefined && chainIds.includes(walletChainId) ? walletChainId : chainIds.find((id) => tokens.some((t) => t.chainId === id));
  if (fromChainId === undefined) return undefined;
  const onChain = tokens.filter((t) => t.chainId === fromChainId);
  const held = holdings?.chains.find((c) => c.chainId === fromChainId)?.tokens ?? [];
  const best = held.find((h) => onChain.some((t) => lower(t.address) === lower(h.address)));
  const from = best ? onChain.find((t) => lower(t.address) === lower(best.address)) : onChain[0];
  const to = onChain.find((t) => from && lower(t.address) !== lower(from.address));
  if (!from || !to) return undefined;
  return { fromChainId, fromToken: from.address, toChainId: fromChainId, toToken: to.address };
}
