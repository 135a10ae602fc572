import type { SDKClient } from '@lifi/sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { describeTradeError } from '@/domain/lifi-errors';
import { rateLimitWaitSeconds, routesQueryOptions, type RoutesParams } from '../api/trade-routes';
import { tagRoutes } from '../lib/route-tags';
import { useCountdown } from './use-countdown';

const PLACEHOLDER: RoutesParams = { fromChainId: 0, fromTokenAddress: '', fromAmount: '0', toChainId: 0, toTokenAddress: '', account: '', slippage: 0 };

/**
 * Routes for the settled request. While the user types, the previous routes stay visible but marked
 * stale; a request whose input changed is aborted (react-query drops its observer and the signal).
 * A 429 waits for Retry-After (react-query's retryDelay), then asks again by itself a bounded number
 * of times; meanwhile it shows the wait counting down, afterwards the error and "Try again".
 */
export function useTradeRoutes(client: SDKClient, settled: RoutesParams | undefined, settling: boolean) {
  const query = useQuery({ ...routesQueryOptions(client, settled ?? PLACEHOLDER), enabled: !!settled, placeholderData: keepPreviousData });
  // While react-query waits to retry, the last failure is only in failureReason (error comes after the last try).
  const retrying = query.isFetching && query.failureReason ? describeTradeError(query.failureReason) : undefined;
  const rateLimited = retrying?.kind === 'rate-limited' ? retrying : undefined;
  const retryInSeconds = useCountdown(query.failureReason, rateLimited ? rateLimitWaitSeconds(rateLimited) : undefined);
  const failed = query.error && !query.isFetching ? describeTradeError(query.error) : undefined;

  const routes = useMemo(() => (settled ? query.data?.routes ?? [] : []), [settled, query.data]);
  const tags = useMemo(() => tagRoutes(routes), [routes]);
  return {
    routes,
    tags,
    malformed: query.data?.malformed ?? 0,
    loading: !!settled && query.isFetching && !query.data,
    refreshing: query.isFetching,
    stale: settling || query.isPlaceholderData,
    error: settled ? (rateLimited ?? failed) : undefined,
    retryInSeconds: settled ? retryInSeconds : undefined,
    refetch: () => void query.refetch(),
    params: settled,
  };
}
