import { useCallback, useMemo } from 'react';
import { closeArticleInHistory, openArticleInHistory, replaceSearch, useLocationSearch } from '../hooks/use-location-search';
import {
  EMPTY_FILTERS, applyFiltersToSearch, articleIdFromSearch, filtersFromSearch, hasActiveFilters, toNewsQuery,
  type NewsFilters,
} from '../lib/news-filters';
import { ViewerAddressContext } from '../hooks/viewer-address';
import { ArticleDialog } from './article-dialog';
import { NewsFeed } from './news-feed';
import { NewsFiltersBar } from './news-filters-bar';
import './news.css';

interface NewsPanelProps {
  /** Wired by the app shell once the agent exists. */
  onActOnArticle?: (articleId: string) => void;
  /** The connected wallet (from the app shell): exposure on cards and articles, and the For you order weighs it. */
  forAddress?: string;
}

/** The news desk: filters and feed, with the open article (`?article=`) in a dialog. State lives in the URL. */
export function NewsPanel({ onActOnArticle, forAddress }: NewsPanelProps) {
  const search = useLocationSearch();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const query = useMemo(() => toNewsQuery(filters), [filters]);
  const articleId = articleIdFromSearch(search);
  const filtered = hasActiveFilters(filters);

  const setFilters = useCallback(
    (next: NewsFilters) => replaceSearch(applyFiltersToSearch(window.location.search, next)),
    [],
  );
  const clearFilters = useCallback(() => setFilters({ ...EMPTY_FILTERS, order: filters.order }), [filters.order, setFilters]);
  const filterByToken = useCallback((symbol: string) => setFilters({ ...filters, token: symbol }), [filters, setFilters]);

  return (
    <ViewerAddressContext.Provider value={forAddress}>
    <div className="news-panel">
      <div className="news-panel-head">
        <div>
          <h2 className="news-panel-title">Market news</h2>
          <p className="news-panel-sub">Every story summarised and scored for sentiment and importance.</p>
        </div>
        <button type="button" className="btn btn-ghost news-filters-clear" disabled={!filtered} onClick={clearFilters}>
          Clear filters
        </button>
      </div>
      <NewsFiltersBar filters={filters} onChange={setFilters} />
      <NewsFeed
        query={query}
        search={search}
        filtered={filtered}
        onClearFilters={clearFilters}
        onOpenArticle={openArticleInHistory}
        onToken={filterByToken}
      />
      <ArticleDialog
        articleId={articleId}
        search={search}
        onClose={closeArticleInHistory}
        onOpenArticle={openArticleInHistory}
        onActOnArticle={onActOnArticle}
      />
    </div>
    </ViewerAddressContext.Provider>
  );
}
