import { ChainType, getChains, type ExtendedChain, type SDKClient } from '@lifi/sdk';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { addressSchema } from '@/domain/address';

const address = addressSchema;
const chainSchema = z.object({
  id: z.number().int().positive(),
  key: z.string().max(40),
  name: z.string().max(80),
  diamondAddress: address.optional(),
  nativeToken: z.object({ address, symbol: z.string().max(40), decimals: z.number().int().min(0).max(36) }).passthrough(),
  metamask: z.object({ blockExplorerUrls: z.array(z.string()).optional() }).passthrough(),
}).passthrough();

interface LifiChains {
  chains: ExtendedChain[];
  /** LI.FI diamond per chain id: the only contract our transactions may call. */
  diamonds: Record<number, string | undefined>;
}

/** LI.FI's chains through the proxy, validated, and handed to the SDK (it needs them to execute). */
async function loadLifiChains(client: SDKClient, signal?: AbortSignal): Promise<LifiChains> {
  const raw = await getChains(client, { chainTypes: [ChainType.EVM] }, { signal });
  const chains = (Array.isArray(raw) ? raw : []).filter((chain) => chainSchema.safeParse(chain).success);
  if (chains.length === 0) throw new Error('LI.FI listed no usable chains.');
  client.setChains(chains);
  return { chains, diamonds: Object.fromEntries(chains.map((chain) => [chain.id, chain.diamondAddress])) };
}

export function lifiChainsQueryOptions(client: SDKClient) {
  return queryOptions({
    queryKey: ['trade', 'lifi-chains', {}] as const,
    queryFn: ({ signal }) => loadLifiChains(client, signal),
    staleTime: 30 * 60_000,
    retry: 1,
  });
}
