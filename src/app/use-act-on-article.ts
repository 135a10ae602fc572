import { useCallback, useEffect, useState } from 'react';
import { closeArticleInHistory, useLocationSearch } from '@/features/news/hooks/use-location-search';
import { articleIdFromSearch } from '@/features/news/lib/news-filters';
import { requestArticleAnswer } from './agent-bridge';

/**
 * "Act on this with AI": closes the article dialog, then hands the article to the agent, which scrolls
 * to itself and takes focus. The hand-over waits until the dialog is closed (closing gives focus back to
 * the card that opened it), and then one more task: closing walks back in history, and the browser
 * restores that entry's scroll position right after popstate, which would undo the agent's scroll.
 */
export function useActOnArticle(): (articleId: string) => void {
  const search = useLocationSearch();
  const [pending, setPending] = useState<string | null>(null);
  const articleOpen = articleIdFromSearch(search) !== null;

  useEffect(() => {
    if (pending === null || articleOpen) return;
    const handOver = window.setTimeout(() => {
      requestArticleAnswer(pending);
      setPending(null);
    }, 0);
    return () => window.clearTimeout(handOver);
  }, [pending, articleOpen]);

  return useCallback((articleId: string) => {
    setPending(articleId);
    closeArticleInHistory();
  }, []);
}
