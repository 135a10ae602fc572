import { useCallback, useEffect, useState } from 'react';
import { closeArticleInHistory, useLocationSearch } from '@/features/news/hooks/use-location-search';
import { articleIdFromSearch } from '@/features/news/lib/news-filters';
import { requestArticleAnswer } from './agent-bridge';

/**
 * "Act on this with AI": closes the article dialog, then hands the article to the agent. The hand-over
 * waits until the dialog is closed, because closing returns focus to the card that opened it and the
 * agent panel must take focus after that, not before.
 */
export function useActOnArticle(): (articleId: string) => void {
  const search = useLocationSearch();
  const [pending, setPending] = useState<string | null>(null);
  const articleOpen = articleIdFromSearch(search) !== null;

  useEffect(() => {
    if (pending === null || articleOpen) return;
    requestArticleAnswer(pending);
    setPending(null);
  }, [pending, articleOpen]);

  return useCallback((articleId: string) => {
    setPending(articleId);
    closeArticleInHistory();
  }, []);
}
