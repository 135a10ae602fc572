import { StatusPanel } from '@/ui/status-panel';
import { Skeleton } from '@/ui/skeleton';
import { useArticle } from '../api/get-article';
import { useViewerAddress } from '../hooks/viewer-address';
import { useNow } from '@/ui/use-now';
import { describeError } from '../lib/api-error';
import { ArticleView } from './article-view';

interface ArticleContentProps {
  id: string;
  titleId: string;
  search: string;
  onOpenArticle: (id: string) => void;
  onActOnArticle?: (articleId: string) => void;
}

/** Loads one article; skeleton while loading, an error with retry if it fails. */
export function ArticleContent({ id, titleId, search, onOpenArticle, onActOnArticle }: ArticleContentProps) {
  const article = useArticle(id, useViewerAddress());
  const now = useNow(60_000);
  if (article.isPending) {
    return (
      <div className="article-view" aria-busy="true">
        <h2 id={titleId} className="sr-only">Loading article</h2>
        <Skeleton width="40%" />
        <Skeleton width="90%" height="1.6em" />
        <Skeleton width="100%" />
        <Skeleton width="100%" />
        <Skeleton width="60%" />
      </div>
    );
  }
  if (article.isError) {
    return (
      <>
        <h2 id={titleId} className="sr-only">Article unavailable</h2>
        <StatusPanel
          tone="error"
          title="This article could not be loaded"
          action={<button type="button" className="btn" onClick={() => void article.refetch()}>Retry</button>}
        >
          <p>{describeError(article.error)}</p>
        </StatusPanel>
      </>
    );
  }
  return (
    <ArticleView
      article={article.data}
      titleId={titleId}
      now={now}
      search={search}
      onOpenArticle={onOpenArticle}
      onActOnArticle={onActOnArticle}
    />
  );
}
