import type { Chain } from 'viem';
import type { ChainInfo } from '@/domain/portfolio';
import { viemChainFor } from '@/domain/viem-chains';

interface WalletChain {
  chain: Chain;
  /** The server's RPC URLs for this chain, in fallback order. */
  rpcUrls: string[];
}

/**
 * The registry's chains, in the server's order, with the server's RPC URLs, so the browser reads
 * through the same endpoints as the server (one config, no rebuild to change RPCs).
 * Chains the registry does not know are skipped: wagmi needs full viem chain definitions.
 */
export function toWalletChains(infos: readonly ChainInfo[]): WalletChain[] {
  const result: WalletChain[] = [];
  for (const info of infos) {
    const known = viemChainFor(info.id);
    if (!known) continue;
    const rpcUrls = info.rpcUrls.filter((url) => /^https?:\/\//i.test(url));
    const http = rpcUrls.length > 0 ? rpcUrls : [...known.rpcUrls.default.http];
    const chain: Chain = { ...known, rpcUrls: { ...known.rpcUrls, default: { http } } };
    result.push({ chain, rpcUrls: http });
  }
  return result;
}
