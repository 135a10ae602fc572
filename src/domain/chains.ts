import type { Chain } from 'viem';
import {
  arbitrum, avalanche, base, blast, bsc, celo, gnosis, linea, mainnet, mantle, optimism, polygon,
  scroll, sonic, unichain,
} from 'viem/chains';

/** One supported chain. Everything chain-related (wagmi, server RPC clients, LI.FI, the agent) derives from this list. */
export interface SupportedChain {
  id: number;
  /** Short stable key, also LI.FI's chain key where they agree. */
  key: string;
  name: string;
  viemChain: Chain;
  nativeSymbol: string;
  explorerUrl: string;
  /** Names a person may use for this chain, lower-case. */
  aliases: readonly string[];
}

function define(viemChain: Chain, key: string, name: string, aliases: string[]): SupportedChain {
  return {
    id: viemChain.id,
    key,
    name,
    viemChain,
    nativeSymbol: viemChain.nativeCurrency.symbol,
    explorerUrl: (viemChain.blockExplorers?.default.url ?? '').replace(/\/$/, ''),
    aliases,
  };
}

export const SUPPORTED_CHAINS: readonly SupportedChain[] = [
  define(mainnet, 'eth', 'Ethereum', ['ethereum', 'mainnet', 'eth', 'ethereum mainnet', 'l1']),
  define(optimism, 'opt', 'Optimism', ['optimism', 'op', 'op mainnet', 'oeth']),
  define(bsc, 'bsc', 'BNB Chain', ['bnb chain', 'bnb', 'bsc', 'binance smart chain', 'bnb smart chain']),
  define(gnosis, 'dai', 'Gnosis', ['gnosis', 'gnosis chain', 'xdai chain']),
  define(unichain, 'uni', 'Unichain', ['unichain']),
  define(polygon, 'pol', 'Polygon', ['polygon', 'polygon pos', 'matic chain']),
  define(sonic, 'son', 'Sonic', ['sonic']),
  define(mantle, 'mnt', 'Mantle', ['mantle']),
  define(base, 'bas', 'Base', ['base']),
  define(arbitrum, 'arb', 'Arbitrum', ['arbitrum', 'arb', 'arbitrum one', 'arb1']),
  define(celo, 'cel', 'Celo', ['celo']),
  define(avalanche, 'ava', 'Avalanche', ['avalanche', 'avax', 'c-chain', 'avalanche c-chain']),
  define(linea, 'lna', 'Linea', ['linea']),
  define(blast, 'bls', 'Blast', ['blast']),
  define(scroll, 'scl', 'Scroll', ['scroll']),
];

export const SUPPORTED_CHAIN_IDS: readonly number[] = SUPPORTED_CHAINS.map((chain) => chain.id);

export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11' as const;

/** The address LI.FI (and this app) use for a chain's native coin. */
export const NATIVE_TOKEN_ADDRESS = '0x0000000000000000000000000000000000000000' as const;

export function findChain(chainId: number): SupportedChain | undefined {
  return SUPPORTED_CHAINS.find((chain) => chain.id === chainId);
}

export function isSupportedChainId(chainId: number): boolean {
  return SUPPORTED_CHAIN_IDS.includes(chainId);
}

export function chainName(chainId: number): string {
  return findChain(chainId)?.name ?? `chain ${chainId}`;
}

export function explorerTxUrl(chainId: number, txHash: string): string | undefined {
  const chain = findChain(chainId);
  return chain?.explorerUrl ? `${chain.explorerUrl}/tx/${txHash}` : undefined;
}

/** Default public RPC URLs for a chain, used when RPC_URL_<chainId> is not set. */
export function defaultRpcUrls(chainId: number): string[] {
  return [...(findChain(chainId)?.viemChain.rpcUrls.default.http ?? [])];
}
