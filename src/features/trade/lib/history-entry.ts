import type { HistoryEntry, HistoryPhase } from './trade-history';
import { routeDurationSeconds } from './route-tags';
import type { Journal } from './journal';

interface RouteForHistory {
  id: string;
  fromChainId: number;
  toChainId: number;
  fromAmount: string;
  toAmount: string;
  fromToken: { symbol: string; decimals: number };
  toToken: { symbol: string; decimals: number };
  steps: { estimate?: { executionDuration?: number } }[];
}

/** The history record of a route at this moment (the route itself is kept so a reload can resume it). */
export function historyEntryFrom(route: RouteForHistory, account: string, startedAt: number, phase: HistoryPhase, now: number, extra: { note?: string; lifiExplorerUrl?: string; journal?: Journal } = {}): HistoryEntry {
  return {
    routeId: route.id,
    account,
    startedAt,
    updatedAt: now,
    phase,
    fromChainId: route.fromChainId,
    toChainId: route.toChainId,
    fromSymbol: route.fromToken.symbol,
    toSymbol: route.toToken.symbol,
    fromAmount: route.fromAmount,
    fromDecimals: route.fromToken.decimals,
    toAmount: route.toAmount,
    toDecimals: route.toToken.decimals,
    estimatedSeconds: routeDurationSeconds(route),
    ...(extra.note ? { note: extra.note.slice(0, 600) } : {}),
    ...(extra.lifiExplorerUrl ? { lifiExplorerUrl: extra.lifiExplorerUrl } : {}),
    ...(extra.journal ? { journal: extra.journal } : {}),
    route: JSON.parse(JSON.stringify(route)) as HistoryEntry['route'],
  };
}
