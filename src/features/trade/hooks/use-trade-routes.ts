import type { SDKClient } from '@lifi/sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { describeTradeError } from '@/domain/lifi-errors';
import { routesQueryOptions, type RoutesParams } from '../api/trade-routes';
import { tagRoutes } from '../lib/route-tags';

const PLACEHOLDER: RoutesParams = { fromChainId: 0, fromTokenAddress: '', fromAmount: '0', toChainId: 0, toTokenAddress: '', account: '', slippage: 0 };

/**
 * Routes for the settled request. While the user types, the previous routes stay visible but marked
 * stale; a request whose input changed is aborted (react-query drops its observer and the signal).
 * A 429 waits for Retry-After, then asks once more by itself; it never loops.
 */
export function useTradeRoutes(client: SDKClient, settled: RoutesParams | undefined, settling: boolean) {
  const query = useQuery({ ...routesQueryOptions(client, settled ?? PLACEHOLDER), enabled: !!settled, placeholderData: keepPreviousData });
  const error = query.error ? describeTradeError(query.error) : undefined;
  const waitSeconds = error?.kind === 'rate-limited' ? Math.min(Math.max(Math.ceil(error.retryAfterSeconds ?? 30), 1), 120) : undefined;
  const [retryAt, setRetryAt] = useState<number | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const errorAt = query.errorUpdatedAt;

  useEffect(() => {
    if (waitSeconds === undefined) {
      setRetryAt(undefined);
      return undefined;
    }
    const at = errorAt + waitSeconds * 1000;
    setRetryAt(at);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const retry = setTimeout(() => void query.refetch(), Math.max(at - Date.now(), 0));
    return () => {
      clearInterval(tick);
      clearTimeout(retry);
    };
    // one scheduled retry per 429 answer
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waitSeconds, errorAt]);

  const routes = useMemo(() => (settled ? query.data?.routes ?? [] : []), [settled, query.data]);
  const tags = useMemo(() => tagRoutes(routes), [routes]);
  return {
    routes,
    tags,
    malformed: query.data?.malformed ?? 0,
    loading: !!settled && query.isFetching && !query.data,
    refreshing: query.isFetching,
    stale: settling || query.isPlaceholderData,
    error: settled && !query.isFetching ? error : undefined,
    retryInSeconds: retryAt !== undefined ? Math.max(Math.ceil((retryAt - now) / 1000), 0) : undefined,
    refetch: () => void query.refetch(),
    params: settled,
  };
}
