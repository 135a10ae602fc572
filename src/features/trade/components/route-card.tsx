import type { Route } from '@lifi/sdk';
import { formatAmount, formatUsd } from '@/domain/amounts';
import { formatDuration } from '@/domain/duration';
import { ROUTE_TAG_LABEL, routeDurationSeconds, type RouteTag } from '../lib/route-tags';

interface RouteCardProps {
  route: Route;
  tags: readonly RouteTag[];
  selected: boolean;
  stale: boolean;
  onSelect: () => void;
}

/** One offered route, compact: what arrives, how fast, through which tools. */
export function RouteCard({ route, tags, selected, stale, onSelect }: RouteCardProps) {
  const tools = [...new Set(route.steps.map((s) => s.toolDetails?.name ?? s.tool))].join(', ');
  const usd = Number(route.toAmountUSD);
  return (
    <li>
      <button type="button" className="trade-route-card" data-testid="route-card" data-route-id={route.id} aria-pressed={selected} aria-busy={stale || undefined} onClick={onSelect}>
        <span className="trade-route-tags">
          {tags.map((tag) => <span key={tag} className={`trade-badge trade-badge-${tag}`}>{ROUTE_TAG_LABEL[tag]}</span>)}
        </span>
        <span className="trade-route-amount">
          {formatAmount(BigInt(route.toAmount), route.toToken.decimals)} {route.toToken.symbol}
          <span className="trade-muted"> {Number.isFinite(usd) ? formatUsd(usd) : ''}</span>
        </span>
        <span className="trade-muted">{formatDuration(routeDurationSeconds(route))} · via {tools}</span>
      </button>
    </li>
  );
}
