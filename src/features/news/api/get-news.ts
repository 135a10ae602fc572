import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { newsPageSchema, type NewsPage } from '@/domain/article';
import { shouldRetry } from '../lib/api-error';
import { newsRequestSearch, type NewsQuery } from '../lib/news-filters';
import { requestJson } from './request-json';

const NEWS_PAGE_SIZE = 20;

/** One page of the feed, newest first. */
export async function getNews(query: NewsQuery, cursor: string | null, signal?: AbortSignal): Promise<NewsPage> {
  return requestJson(`/api/news${newsRequestSearch(query, NEWS_PAGE_SIZE, cursor)}`, newsPageSchema, signal);
}

function newsQueryOptions(query: NewsQuery) {
  return infiniteQueryOptions({
    queryKey: ['news', 'list', query] as const,
    queryFn: ({ pageParam, signal }) => getNews(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    retry: shouldRetry,
    // An empty first page usually means the sample corpus is still loading on a fresh server.
    refetchInterval: (q) =>
      Object.keys(query).length === 0 && q.state.data?.pages[0]?.articles.length === 0 ? 5_000 : false,
  });
}

/** The feed; while new filters load, the previous list stays on screen (marked as updating). */
export const useNews = (query: NewsQuery) => useInfiniteQuery({ ...newsQueryOptions(query), placeholderData: keepPreviousData });
