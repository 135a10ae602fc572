import { findChain } from '@/domain/chains';

// Same table as the trade form (src/features/trade/lib/gas-reserve.ts); the server may not import
// feature code, so the agent keeps its own copy until the table moves to the domain.
const RESERVE_BY_CHAIN: Readonly<Record<number, string>> = {
  1: '0.005',
  56: '0.002',
  100: '0.05',
  137: '0.5',
  146: '0.5',
  5000: '0.5',
  42220: '0.05',
  43114: '0.05',
};
const DEFAULT_RESERVE = '0.0005';

/** Base units of the native coin kept for gas when a proposal spends the native coin itself. */
export function gasReserve(chainId: number): bigint {
  const decimals = findChain(chainId)?.viemChain.nativeCurrency.decimals ?? 18;
  const [whole = '0', fraction = ''] = (RESERVE_BY_CHAIN[chainId] ?? DEFAULT_RESERVE).split('.');
  return BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
}
