import { queryOptions, useQuery } from '@tanstack/react-query';
import { tokenQuotesSchema, type TokenQuotes } from '@/domain/market/market-schemas';
import { shouldRetry } from '../lib/api-error';
import { requestJson } from './request-json';

/** Each symbol's verified tokens per chain and its price (the server's cached LI.FI list). */
async function getTokenQuotes(symbols: readonly string[], signal?: AbortSignal): Promise<TokenQuotes> {
  return requestJson(`/api/tokens?symbols=${symbols.map(encodeURIComponent).join(',')}`, tokenQuotesSchema, signal);
}

export function tokenQuotesQueryOptions(symbols: readonly string[]) {
  const sorted = [...new Set(symbols.map((s) => s.toUpperCase()))].sort().slice(0, 100);
  return queryOptions({
    queryKey: ['news', 'token-quotes', sorted] as const,
    queryFn: ({ signal }) => getTokenQuotes(sorted, signal),
    enabled: sorted.length > 0,
    staleTime: 5 * 60_000,
    retry: shouldRetry,
  });
}

export const useTokenQuotes = (symbols: readonly string[]) => useQuery(tokenQuotesQueryOptions(symbols));
