import type { Chain } from 'viem';
import {
  arbitrum, avalanche, base, blast, bsc, celo, gnosis, linea, mainnet, mantle, optimism, polygon,
  scroll, sonic, unichain,
} from 'viem/chains';

const VIEM_CHAINS: readonly Chain[] = [
  mainnet, optimism, bsc, gnosis, unichain, polygon, sonic, mantle, base, arbitrum, celo, avalanche, linea, blast, scroll,
];

/** viem's full definition of a supported chain (for wagmi and viem clients only). */
export function viemChainFor(chainId: number): Chain | undefined {
  return VIEM_CHAINS.find((chain) => chain.id === chainId);
}
