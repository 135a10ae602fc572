import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { personalNewsPageSchema, type PersonalNewsPage } from '@/domain/market/market-schemas';
import { shouldRetry } from '../lib/api-error';
import { newsRequestSearch, type NewsQuery } from '../lib/news-filters';
import { requestJson } from './request-json';

const NEWS_PAGE_SIZE = 20;

/** One page of the feed in the query's order; with `forAddress`, each article carries its exposure to that wallet. */
export async function getNews(query: NewsQuery, cursor: string | null, forAddress?: string, signal?: AbortSignal): Promise<PersonalNewsPage> {
  const search = newsRequestSearch(query, NEWS_PAGE_SIZE, cursor) + (forAddress ? `&for=${encodeURIComponent(forAddress)}` : '');
  return requestJson(`/api/news${search}`, personalNewsPageSchema, signal);
}

function newsQueryOptions(query: NewsQuery, forAddress?: string) {
  return infiniteQueryOptions({
    queryKey: ['news', 'list', query, forAddress ?? null] as const,
    queryFn: ({ pageParam, signal }) => getNews(query, pageParam, forAddress, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    retry: shouldRetry,
    // An empty first page usually means the sample corpus is still loading on a fresh server.
    refetchInterval: (q) =>
      Object.keys(query).length === 0 && q.state.data?.pages[0]?.articles.length === 0 ? 5_000 : false,
  });
}

/** The feed; while new filters load, the previous list stays on screen (marked as updating). */
export const useNews = (query: NewsQuery, forAddress?: string) => useInfiniteQuery({ ...newsQueryOptions(query, forAddress), placeholderData: keepPreviousData });
