import { ChainType, getTokens, type SDKClient, type Token } from '@lifi/sdk';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { addressSchema } from '@/domain/address';

const tokenSchema = z.object({
  chainId: z.number().int().positive(),
  address: addressSchema,
  symbol: z.string().min(1).max(24).regex(/^[^<>"'`]+$/),
  name: z.string().max(80),
  decimals: z.number().int().min(0).max(36),
  priceUSD: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  logoURI: z.string().max(500).optional(),
  coinKey: z.string().max(40).optional(),
});

/** The verified token list (LI.FI /tokens via the proxy) for the given chains; malformed entries are dropped. */
export async function getTradeTokens(client: SDKClient, chainIds: readonly number[], signal?: AbortSignal): Promise<Token[]> {
  const response = await getTokens(client, { chains: [...chainIds], chainTypes: [ChainType.EVM] }, { signal });
  const byChain = (response as { tokens?: unknown }).tokens;
  if (!byChain || typeof byChain !== 'object') throw new Error('The token list from LI.FI was malformed.');
  const tokens: Token[] = [];
  for (const [chainKey, list] of Object.entries(byChain as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parsed = tokenSchema.safeParse(item);
      if (parsed.success && String(parsed.data.chainId) === chainKey && chainIds.includes(parsed.data.chainId)) tokens.push(parsed.data as Token);
    }
  }
  return tokens;
}

export function tradeTokensQueryOptions(client: SDKClient, chainIds: readonly number[]) {
  return queryOptions({
    queryKey: ['trade', 'tokens', { chainIds: [...chainIds].sort((a, b) => a - b) }] as const,
    queryFn: ({ signal }) => getTradeTokens(client, chainIds, signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
