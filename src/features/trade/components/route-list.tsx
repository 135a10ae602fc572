import type { Route } from '@lifi/sdk';
import type { TradeErrorDescription } from '@/domain/lifi-errors';
import type { RouteTag } from '../lib/route-tags';
import { RouteCard } from './route-card';

interface RouteListProps {
  routes: readonly Route[];
  tags: Map<string, RouteTag[]>;
  selectedId: string | undefined;
  loading: boolean;
  stale: boolean;
  error?: TradeErrorDescription;
  retryInSeconds?: number;
  malformed: number;
  hasRequest: boolean;
  onSelect: (id: string) => void;
  onRetry: () => void;
}

/** The routes LI.FI offers for the settled input, with loading, empty, error and stale states. */
export function RouteList(props: RouteListProps) {
  const { routes, tags, selectedId, loading, stale, error, retryInSeconds, malformed, hasRequest, onSelect, onRetry } = props;
  if (!hasRequest && routes.length === 0) return null;
  if (error) {
    // retryInSeconds is set only while a 429 is waiting to be asked again by itself.
    const waiting = retryInSeconds !== undefined;
    return (
      <div className="trade-notice trade-notice-error" role="alert" data-testid="routes-error">
        <p>{waiting ? `LI.FI is rate limiting requests. ${retryInSeconds > 0 ? `Trying again in ${retryInSeconds} s.` : 'Trying again…'}` : error.message}</p>
        {waiting ? null : <button type="button" className="btn btn-small" onClick={onRetry}>Try again</button>}
      </div>
    );
  }
  if (loading) return <p className="trade-muted" role="status" aria-live="polite" data-testid="routes-loading">Finding routes…</p>;
  if (routes.length === 0) {
    return (
      <p className="trade-notice" role="status" data-testid="routes-empty">
        No route for this trade. Try another amount, token or chain.{malformed > 0 ? ` (${malformed} malformed answers were hidden.)` : ''}
      </p>
    );
  }
  return (
    <div className="trade-routes">
      <p className="trade-section-title" aria-live="polite">{stale ? 'Updating routes…' : `${routes.length} route${routes.length === 1 ? '' : 's'}`}</p>
      <ul className={stale ? 'trade-route-list trade-stale' : 'trade-route-list'}>
        {routes.map((route) => (
          <RouteCard key={route.id} route={route} tags={tags.get(route.id) ?? []} selected={route.id === selectedId} stale={stale} onSelect={() => onSelect(route.id)} />
        ))}
      </ul>
    </div>
  );
}
