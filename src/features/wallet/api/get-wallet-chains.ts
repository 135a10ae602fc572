import { queryOptions, useQuery } from '@tanstack/react-query';
import { chainsResponseSchema, type ChainsResponse } from '@/domain/portfolio';

/** The chains, their RPC URLs and the WalletConnect project id, as the server is configured. */
async function getWalletChains(signal?: AbortSignal): Promise<ChainsResponse> {
  const response = await fetch('/api/chains', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Chain list could not be loaded (HTTP ${response.status})`);
  const parsed = chainsResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new Error(`Chain list was malformed: ${parsed.error.issues[0]?.path.join('.') ?? 'body'}`);
  return parsed.data;
}

function walletChainsQueryOptions() {
  return queryOptions({
    queryKey: ['wallet', 'chains', {}] as const,
    queryFn: ({ signal }) => getWalletChains(signal),
    // The server's configuration does not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

export const useWalletChains = () => useQuery(walletChainsQueryOptions());
