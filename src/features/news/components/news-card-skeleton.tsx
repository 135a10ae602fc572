import { Skeleton } from '@/ui/skeleton';

/** The shape of a card while the feed loads. */
export function NewsCardSkeleton() {
  return (
    <div className="news-card news-card-skeleton" aria-hidden="true">
      <div className="news-card-meta">
        <Skeleton width="1.6rem" height="1.4rem" />
        <Skeleton width="7rem" />
        <Skeleton width="3rem" />
      </div>
      <Skeleton width="85%" height="1.15em" />
      <Skeleton width="100%" />
      <Skeleton width="70%" />
      <div className="news-card-tags">
        <Skeleton width="4.5rem" height="1.3rem" />
        <Skeleton width="3rem" height="1.3rem" />
      </div>
    </div>
  );
}
