import { getAddress, isAddress } from 'viem';
import type { ListedToken, TokenList } from './token-types';

export type TokenLookup =
  | { ok: true; token: ListedToken }
  | { ok: false; reason: 'not-listed' | 'ambiguous'; message: string; candidates: ListedToken[] };

/**
 * Resolves a symbol or address to one token of the verified list. A symbol shared by several
 * addresses is refused as ambiguous (never guessed); an address must be listed.
 */
export function lookupToken(list: TokenList, chainId: number, symbolOrAddress: string): TokenLookup {
  const tokens = list.byChain.get(chainId) ?? [];
  const query = symbolOrAddress.trim();
  if (query.startsWith('0x') || query.startsWith('0X')) {
    if (!isAddress(query, { strict: false })) {
      return { ok: false, reason: 'not-listed', message: `"${query}" is not a valid token address`, candidates: [] };
    }
    const address = getAddress(query.toLowerCase());
    const token = tokens.find((t) => t.address === address);
    return token
      ? { ok: true, token }
      : { ok: false, reason: 'not-listed', message: `token ${address} is not in the verified token list for chain ${chainId}`, candidates: [] };
  }
  const candidates = tokens.filter((t) => t.symbol.toLowerCase() === query.toLowerCase());
  if (candidates.length === 1) return { ok: true, token: candidates[0]! };
  if (candidates.length === 0) {
    return { ok: false, reason: 'not-listed', message: `no token "${query}" in the verified token list for chain ${chainId}`, candidates };
  }
  const addresses = candidates.map((t) => t.address).join(', ');
  return { ok: false, reason: 'ambiguous', message: `"${query}" matches ${candidates.length} tokens on chain ${chainId} (${addresses}); give the address`, candidates };
}
