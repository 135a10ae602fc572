import { queryOptions, useQuery } from '@tanstack/react-query';
import { mentionsResponseSchema, type MentionsResponse } from '@/domain/market/market-schemas';
import { shouldRetry } from '../lib/api-error';
import { requestJson } from './request-json';

export interface MentionsQuery {
  tokens: readonly string[];
  tools: readonly string[];
  days: number;
  /** Only what the news check lists (bearish, 8+ or an incident), incidents first. */
  flagged?: boolean;
}

/** Articles of the last `days` mentioning the tokens or tools (GET /api/news/mentions). */
async function getMentions(query: MentionsQuery, signal?: AbortSignal): Promise<MentionsResponse> {
  const params = new URLSearchParams({ days: String(query.days) });
  if (query.tokens.length) params.set('tokens', query.tokens.join(','));
  if (query.tools.length) params.set('tools', query.tools.join(','));
  if (query.flagged) params.set('flagged', '1');
  return requestJson(`/api/news/mentions?${params.toString()}`, mentionsResponseSchema, signal);
}

export function mentionsQueryOptions(query: MentionsQuery) {
  const key = { tokens: [...new Set(query.tokens.map((t) => t.toUpperCase()))].sort(), tools: [...new Set(query.tools)].sort(), days: query.days, flagged: query.flagged ?? false };
  return queryOptions({
    queryKey: ['news', 'mentions', key] as const,
    queryFn: ({ signal }) => getMentions(key, signal),
    enabled: key.tokens.length + key.tools.length > 0,
    staleTime: 60_000,
    retry: shouldRetry,
  });
}

export const useMentions = (query: MentionsQuery) => useQuery(mentionsQueryOptions(query));
