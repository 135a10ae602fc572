import { useDeferredValue } from 'react';
import { StatusPanel } from '@/ui/status-panel';
import { useNews } from '../api/get-news';
import { useTokenQuotes } from '../api/get-token-quotes';
import { useViewerAddress } from '../hooks/viewer-address';
import { useNow } from '@/ui/use-now';
import { describeError } from '../lib/api-error';
import type { NewsQuery } from '../lib/news-filters';
import { NewsCard } from './news-card';
import { NewsCardSkeleton } from './news-card-skeleton';

interface NewsFeedProps {
  query: NewsQuery;
  search: string;
  filtered: boolean;
  onClearFilters: () => void;
  onOpenArticle: (id: string) => void;
  onToken: (symbol: string) => void;
}

export function NewsFeed({ query, search, filtered, onClearFilters, onOpenArticle, onToken }: NewsFeedProps) {
  const news = useNews(query, useViewerAddress());
  // Query results arrive as urgent (unsliced) updates; deferred, the cards render in a transition, which React
  // splits into short tasks, so a page of cards or a late batch of prices does not block input for long.
  const pages = useDeferredValue(news.data?.pages);
  const symbols = pages?.flatMap((page) => page.articles.flatMap((a) => a.entities.tokens.slice(0, 6).map((t) => t.symbol))) ?? [];
  const quotes = useTokenQuotes(symbols);
  const quoteData = useDeferredValue(quotes.data);
  const now = useNow(60_000);

  if (!pages && !news.isError) {
    return (
      <div className="news-feed" aria-busy="true" aria-label="Loading news">
        {Array.from({ length: 6 }, (_, i) => <NewsCardSkeleton key={i} />)}
      </div>
    );
  }
  if (!pages) {
    return (
      <StatusPanel
        tone="error"
        title="The news could not be loaded"
        action={<button type="button" className="btn" onClick={() => void news.refetch()}>Retry</button>}
      >
        <p>{describeError(news.error)}</p>
      </StatusPanel>
    );
  }

  const articles = pages.flatMap((page) => page.articles);
  const updating = news.isPlaceholderData;
  if (articles.length === 0 && !updating) {
    return filtered ? (
      <StatusPanel
        tone="empty"
        title="No articles match these filters"
        action={<button type="button" className="btn" onClick={onClearFilters}>Clear filters</button>}
      >
        <p>Try a lower minimum importance, another token, or fewer words.</p>
      </StatusPanel>
    ) : (
      <StatusPanel tone="empty" title="No articles yet">
        <p>The news is being collected; this list refreshes on its own.</p>
      </StatusPanel>
    );
  }

  return (
    <div className="news-feed" aria-busy={updating} data-updating={updating || undefined}>
      <ol className="news-feed-list" aria-label="Articles">
        {articles.map((article) => (
          <li key={article.id}>
            <NewsCard article={article} quotes={quoteData} quotesPending={(quotes.isPending || quoteData !== quotes.data) && symbols.length > 0} now={now} search={search} onOpen={onOpenArticle} onToken={onToken} />
          </li>
        ))}
      </ol>
      {news.isFetchNextPageError ? (
        <p className="news-feed-inline-error" role="alert">
          More articles could not be loaded: {describeError(news.error)}
        </p>
      ) : null}
      {news.hasNextPage ? (
        <button
          type="button"
          className="btn news-feed-more"
          disabled={news.isFetchingNextPage}
          onClick={() => void news.fetchNextPage()}
        >
          {news.isFetchingNextPage ? 'Loading…' : news.isFetchNextPageError ? 'Try loading more again' : 'Load more'}
        </button>
      ) : (
        <p className="news-feed-end">End of the feed · {articles.length} articles</p>
      )}
    </div>
  );
}
