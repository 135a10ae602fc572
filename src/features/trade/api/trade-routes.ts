import { getRoutes, type Route, type SDKClient } from '@lifi/sdk';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { describeTradeError, type TradeErrorDescription } from '@/domain/lifi-errors';
import { lifiTokenSchema } from '@/domain/lifi-token';

/** One settled trade request; `fromAmount` is base units as a decimal string (query keys cannot hold bigint). */
export interface RoutesParams {
  fromChainId: number;
  fromTokenAddress: string;
  fromAmount: string;
  toChainId: number;
  toTokenAddress: string;
  account: string;
  slippage: number;
}

const digits = z.string().regex(/^\d{1,78}$/);
const token = lifiTokenSchema;
// Steps stay as LI.FI sent them: the pre-sign policy checks them, and the SDK executes them.
const routeSchema = z.object({
  id: z.string().min(1).max(200),
  fromChainId: z.number().int(),
  toChainId: z.number().int(),
  fromAmount: digits,
  toAmount: digits,
  toAmountMin: digits,
  fromToken: token,
  toToken: token,
  steps: z.array(z.object({ action: z.object({}).passthrough(), estimate: z.object({}).passthrough() }).passthrough()).min(1).max(10),
}).passthrough();

interface RoutesResult {
  routes: Route[];
  /** Routes LI.FI sent that did not even have a route's shape; never shown. */
  malformed: number;
}

/** HTTP statuses worth one more try. 500 is not here: the SDK already retries it once itself. */
const RETRY_ONCE = new Set([502, 503, 504]);
/** A 429 is asked again by itself this many times, each after its Retry-After; then the user decides. */
export const RATE_LIMIT_RETRIES = 2;
const GATEWAY_RETRY_DELAY_MS = 800;

function statusOf(error: unknown): number | undefined {
  let current: unknown = error;
  for (let i = 0; i < 6 && current && typeof current === 'object'; i += 1) {
    const status = (current as { status?: unknown }).status;
    if (typeof status === 'number') return status;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Seconds to wait after a 429: its Retry-After, at least 1 s and at most 2 min; 30 s when LI.FI gave none. */
export function rateLimitWaitSeconds(error: TradeErrorDescription): number {
  return Math.min(Math.max(Math.ceil(error.retryAfterSeconds ?? 30), 1), 120);
}

/**
 * Worth another attempt (`failureCount` failures so far, 0 on the first): a 429 up to RATE_LIMIT_RETRIES
 * times, a gateway error or a timeout once, never a bad request.
 */
export function shouldRetryRoutes(failureCount: number, error: unknown): boolean {
  const described = describeTradeError(error);
  if (described.kind === 'rate-limited') return failureCount < RATE_LIMIT_RETRIES;
  if (failureCount >= 1) return false;
  const status = statusOf(error);
  if (status !== undefined) return RETRY_ONCE.has(status);
  return described.kind === 'timeout' || described.kind === 'unavailable';
}

/** How long react-query waits before the next attempt: a 429's Retry-After, otherwise a short pause. */
export function routesRetryDelayMs(_failureCount: number, error: unknown): number {
  const described = describeTradeError(error);
  return described.kind === 'rate-limited' ? rateLimitWaitSeconds(described) * 1000 : GATEWAY_RETRY_DELAY_MS;
}

async function fetchRoutes(client: SDKClient, params: RoutesParams, signal?: AbortSignal): Promise<RoutesResult> {
  const response = await getRoutes(
    client,
    {
      fromChainId: params.fromChainId,
      fromTokenAddress: params.fromTokenAddress,
      fromAmount: params.fromAmount,
      fromAddress: params.account,
      toChainId: params.toChainId,
      toTokenAddress: params.toTokenAddress,
      toAddress: params.account,
      options: { slippage: params.slippage, order: 'CHEAPEST', allowSwitchChain: false, allowDestinationCall: false },
    },
    { signal },
  );
  return wellFormedRoutes(response);
}

/** The routes of a LI.FI answer that have a route's shape, their two tokens read as the domain reads LI.FI tokens. */
export function wellFormedRoutes(response: unknown): RoutesResult {
  const list = Array.isArray((response as { routes?: unknown } | null)?.routes) ? (response as { routes: unknown[] }).routes : [];
  const routes: Route[] = [];
  for (const route of list) {
    const parsed = routeSchema.safeParse(route);
    if (parsed.success) routes.push(parsed.data as unknown as Route);
  }
  return { routes, malformed: list.length - routes.length };
}

export function routesQueryOptions(client: SDKClient, params: RoutesParams) {
  return queryOptions({
    queryKey: ['trade', 'routes', params] as const,
    queryFn: ({ signal }) => fetchRoutes(client, params, signal),
    // Quotes age fast; a new settled input asks again, the same input within 30 s does not.
    staleTime: 30_000,
    gcTime: 60_000,
    retry: shouldRetryRoutes,
    retryDelay: routesRetryDelayMs,
    refetchOnWindowFocus: false,
  });
}
