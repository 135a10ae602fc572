import { getAddress, type Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS, findChain } from '@/domain/chains';
import type { ListedToken } from './token-types';

/** How many ERC-20s per chain are read besides the native coin (all in one multicall). */
export const MAX_TRACKED_TOKENS = 20;

// Well-known coins first (by LI.FI coinKey or symbol), then the list's own order.
const PRIORITY = [
  'ETH', 'WETH', 'USDC', 'USDT', 'DAI', 'WBTC', 'CBBTC', 'BNB', 'WBNB', 'POL', 'WPOL', 'MATIC', 'WMATIC', 'AVAX',
  'WAVAX', 'S', 'WS', 'MNT', 'WMNT', 'CELO', 'XDAI', 'WXDAI', 'ARB', 'OP', 'USDC.E', 'USDT0', 'USD₮0', 'USDE', 'WSTETH',
  'WEETH', 'RETH', 'LINK', 'UNI', 'AAVE', 'GNO', 'USDB', 'CUSD', 'SUSDE', 'LDO', 'CRV', 'PEPE', 'SHIB',
].map((key, index) => [key, index] as const);
const PRIORITY_INDEX = new Map<string, number>(PRIORITY);

// ERC-20 contracts that mirror the native balance: reading both would count the coin twice.
const NATIVE_ALIASES: Record<number, readonly Address[]> = {
  137: ['0x0000000000000000000000000000000000001010'],
  42220: ['0x471EcE3750Da237f93B8E339c536989b8978a438'],
};
const PSEUDO_NATIVE = getAddress('0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE');

function isNativeLike(chainId: number, address: Address): boolean {
  return address === NATIVE_TOKEN_ADDRESS || address === PSEUDO_NATIVE || (NATIVE_ALIASES[chainId] ?? []).includes(address);
}

function rank(token: ListedToken): number {
  const keys = [token.coinKey, token.symbol].filter((key): key is string => Boolean(key)).map((key) => key.toUpperCase());
  return Math.min(...keys.map((key) => PRIORITY_INDEX.get(key) ?? Number.POSITIVE_INFINITY));
}

/** The native coin of a chain as listed, else as the chain registry describes it (no price). */
export function nativeTokenOf(chainId: number, tokens: readonly ListedToken[]): ListedToken {
  const listed = tokens.find((t) => t.address === NATIVE_TOKEN_ADDRESS)
    ?? tokens.find((t) => t.address !== NATIVE_TOKEN_ADDRESS && isNativeLike(chainId, t.address));
  if (listed) return { ...listed, address: NATIVE_TOKEN_ADDRESS };
  const chain = findChain(chainId);
  return {
    chainId, address: NATIVE_TOKEN_ADDRESS, symbol: chain?.nativeSymbol ?? 'ETH',
    name: chain?.nativeCurrency.name ?? 'Native coin', decimals: chain?.nativeCurrency.decimals ?? 18, priceUSD: null,
  };
}

/** The tokens whose balances are read on a chain: the native coin first, then the top ERC-20s. */
export function pickTrackedTokens(chainId: number, tokens: readonly ListedToken[], max = MAX_TRACKED_TOKENS): ListedToken[] {
  const erc20s = tokens
    .map((token, index) => ({ token, index, rank: rank(token) }))
    .filter(({ token }) => token.chainId === chainId && !isNativeLike(chainId, token.address))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, max)
    .map(({ token }) => token);
  return [nativeTokenOf(chainId, tokens), ...erc20s];
}
