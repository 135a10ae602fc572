import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { articleWithRelatedSchema } from '@/domain/article';
import { exposureSchema } from '@/domain/market/market-schemas';
import { shouldRetry } from '../lib/api-error';
import { requestJson } from './request-json';

/** One article with its related stories. */
const articleViewSchema = v.object({ ...articleWithRelatedSchema.entries, exposure: v.optional(exposureSchema) });

async function getArticle(id: string, forAddress?: string, signal?: AbortSignal) {
  const search = forAddress ? `?for=${encodeURIComponent(forAddress)}` : '';
  return requestJson(`/api/news/${encodeURIComponent(id)}${search}`, articleViewSchema, signal);
}

function articleQueryOptions(id: string, forAddress?: string) {
  return queryOptions({
    queryKey: ['news', 'article', id, forAddress ?? null] as const,
    queryFn: ({ signal }) => getArticle(id, forAddress, signal),
    retry: shouldRetry,
  });
}

export const useArticle = (id: string, forAddress?: string) => useQuery(articleQueryOptions(id, forAddress));
