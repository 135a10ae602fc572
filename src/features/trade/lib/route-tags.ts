export type RouteTag = 'best-return' | 'fastest';

interface TaggableRoute {
  id: string;
  toAmount: string;
  steps: readonly { estimate?: { executionDuration?: number } }[];
}

export function routeDurationSeconds(route: Pick<TaggableRoute, 'steps'>): number {
  return route.steps.reduce((sum, step) => sum + (step.estimate?.executionDuration ?? 0), 0);
}

function amountOf(route: TaggableRoute): bigint {
  return /^\d+$/.test(route.toAmount) ? BigInt(route.toAmount) : -1n;
}

/**
 * Tags the routes of one request (same to-token): the highest estimated return and the shortest
 * estimated duration. Ties go to the earlier route (LI.FI's own order).
 */
export function tagRoutes(routes: readonly TaggableRoute[]): Map<string, RouteTag[]> {
  const tags = new Map<string, RouteTag[]>(routes.map((route) => [route.id, []]));
  let best: TaggableRoute | undefined;
  let fastest: TaggableRoute | undefined;
  for (const route of routes) {
    if (amountOf(route) < 0n) continue;
    if (!best || amountOf(route) > amountOf(best)) best = route;
    if (!fastest || routeDurationSeconds(route) < routeDurationSeconds(fastest)) fastest = route;
  }
  if (best) tags.get(best.id)?.push('best-return');
  if (fastest) tags.get(fastest.id)?.push('fastest');
  return tags;
}

export const ROUTE_TAG_LABEL: Record<RouteTag, string> = { 'best-return': 'Best return', fastest: 'Fastest' };
