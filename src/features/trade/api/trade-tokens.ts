import { ChainType, getTokens, type SDKClient, type Token } from '@lifi/sdk';
import { queryOptions } from '@tanstack/react-query';
import { lifiTokenSchema } from '@/domain/lifi-token';

/**
 * The verified tokens of a LI.FI /tokens answer for the given chains; malformed entries are dropped one by
 * one (a null price or logo is not malformed: the price is then unknown).
 */
export function verifiedTokensFrom(response: unknown, chainIds: readonly number[]): Token[] {
  const byChain = (response as { tokens?: unknown } | null)?.tokens;
  if (!byChain || typeof byChain !== 'object') throw new Error('The token list from LI.FI was malformed.');
  const tokens: Token[] = [];
  for (const [chainKey, list] of Object.entries(byChain as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parsed = lifiTokenSchema.safeParse(item);
      if (parsed.success && String(parsed.data.chainId) === chainKey && chainIds.includes(parsed.data.chainId)) tokens.push(parsed.data as Token);
    }
  }
  return tokens;
}

/** The verified token list (LI.FI /tokens via the proxy) for the given chains. */
async function getTradeTokens(client: SDKClient, chainIds: readonly number[], signal?: AbortSignal): Promise<Token[]> {
  return verifiedTokensFrom(await getTokens(client, { chains: [...chainIds], chainTypes: [ChainType.EVM] }, { signal }), chainIds);
}

export function tradeTokensQueryOptions(client: SDKClient, chainIds: readonly number[]) {
  return queryOptions({
    queryKey: ['trade', 'tokens', { chainIds: [...chainIds].sort((a, b) => a - b) }] as const,
    queryFn: ({ signal }) => getTradeTokens(client, chainIds, signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
