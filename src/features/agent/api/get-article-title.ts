import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

const articleTitleSchema = z.object({ id: z.string().check(z.minLength(1)), title: z.string().check(z.minLength(1), z.maxLength(300)) });

/** The title of a stored article, to show which story a question is about. */
async function getArticleTitle(id: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(`/api/news/${encodeURIComponent(id)}`, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Article ${id} could not be loaded (HTTP ${response.status})`);
  const parsed = articleTitleSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new Error('The article came back in an unexpected shape');
  return parsed.data.title;
}

function articleTitleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['agent', 'article-title', id] as const,
    queryFn: ({ signal }) => getArticleTitle(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

export const useArticleTitle = (id: string) => useQuery(articleTitleQueryOptions(id));
