import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleWithRelatedSchema, type ArticleWithRelated } from '@/domain/article';
import { shouldRetry } from '../lib/api-error';
import { requestJson } from './request-json';

/** One article with its related stories. */
async function getArticle(id: string, signal?: AbortSignal): Promise<ArticleWithRelated> {
  return requestJson(`/api/news/${encodeURIComponent(id)}`, articleWithRelatedSchema, signal);
}

function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['news', 'article', id] as const,
    queryFn: ({ signal }) => getArticle(id, signal),
    retry: shouldRetry,
  });
}

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
