import { queryOptions, useQuery } from '@tanstack/react-query';
import { portfolioSchema, type Portfolio } from '@/domain/portfolio';

/** Reads one address's holdings on every configured chain from the server. */
export async function getPortfolio(address: string, signal?: AbortSignal): Promise<Portfolio> {
  const response = await fetch(`/api/portfolio/${encodeURIComponent(address)}`, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : `HTTP ${response.status}`;
    throw new Error(`Portfolio could not be loaded: ${message}`);
  }
  const parsed = portfolioSchema.safeParse(body);
  if (!parsed.success) throw new Error(`Portfolio response was malformed: ${parsed.error.issues[0]?.path.join('.') ?? 'body'}`);
  // A late answer for another account must never be shown as this one's.
  if (parsed.data.address.toLowerCase() !== address.toLowerCase()) throw new Error('Portfolio response was for another address');
  return parsed.data;
}

/** One cache entry per address, so switching accounts never shows the previous account's holdings. */
export function portfolioQueryOptions(address: string) {
  return queryOptions({
    queryKey: ['portfolio', 'holdings', { address: address.toLowerCase() }] as const,
    queryFn: ({ signal }) => getPortfolio(address, signal),
    staleTime: 30_000,
    refetchInterval: 120_000,
  });
}

export const usePortfolio = (address: string) => useQuery(portfolioQueryOptions(address));
