import { findChain } from './chains';

/** Native coin kept back for gas, in whole coins, where the default (0.0005, an L2 ETH) is wrong. */
const RESERVE_BY_CHAIN: Readonly<Record<number, string>> = {
  1: '0.005', // Ethereum: mainnet gas is dear
  56: '0.002', // BNB
  100: '0.05', // xDAI
  137: '0.5', // POL
  146: '0.5', // S
  5000: '0.5', // MNT
  42220: '0.05', // CELO
  43114: '0.05', // AVAX
};
const DEFAULT_RESERVE = '0.0005';

/**
 * Base units of the native coin kept for gas when the native coin itself is spent. One table for the
 * trade form and the agent, so "max" means the same everywhere.
 */
export function gasReserve(chainId: number): bigint {
  const decimals = findChain(chainId)?.nativeCurrency.decimals ?? 18;
  const [whole = '0', fraction = ''] = (RESERVE_BY_CHAIN[chainId] ?? DEFAULT_RESERVE).split('.');
  return BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
}
