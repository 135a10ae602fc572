import { lazy, Suspense, useEffect, useRef } from 'react';
import { PanelErrorBoundary } from '@/ui/panel-error-boundary';
import { Skeleton } from '@/ui/skeleton';
import { HOW_IT_WORKS_PATH } from '@/ui/how-it-works-link';
import { useAppLinks, usePathname } from './app-location';

// Not on the first screen of the news: fetched when someone opens it.
const HowItWorksPage = lazy(() => import('./how-it-works-page').then((m) => ({ default: m.HowItWorksPage })));

/**
 * Which page the main column shows, from the path. Leaving "How it works" puts focus back on the
 * news (or on the article dialog, which takes it itself when the entry we return to has one open).
 */
export function useHowItWorksRoute(): boolean {
  useAppLinks();
  const onPage = usePathname() === HOW_IT_WORKS_PATH;
  const wasOnPage = useRef(onPage);
  useEffect(() => {
    if (wasOnPage.current && !onPage && !document.querySelector('dialog[open]')) {
      document.getElementById('news')?.focus({ preventScroll: true });
    }
    wasOnPage.current = onPage;
  }, [onPage]);
  return onPage;
}

export function HowItWorksSection() {
  return (
    <section id="how-it-works" className="app-news" aria-labelledby="how-it-works-title" tabIndex={-1}>
      <PanelErrorBoundary name="How it works">
        <Suspense fallback={<PageSkeleton />}>
          <HowItWorksPage />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}

function PageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading how it works">
      <Skeleton width="40%" height="1.6em" />
      <Skeleton width="100%" />
      <Skeleton width="80%" />
    </div>
  );
}
