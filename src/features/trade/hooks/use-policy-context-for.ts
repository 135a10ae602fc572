import type { RouteExtended, Token } from '@lifi/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { effectiveSlippage } from '@/domain/policy/thresholds';
import type { Portfolio } from '@/domain/portfolio';
import type { RoutesParams } from '../api/trade-routes';
import type { HoldingsQuery } from '../lib/holdings-query';
import { buildPolicyContext } from '../lib/policy-context';
import { toTradeRequest } from './use-route-check';

/**
 * The policy context for each transaction request: fresh balances (re-read from the server), the
 * user's own slippage and request for a route they started here; for a resumed route, its stored
 * request and slippage (capped).
 */
export function usePolicyContextFor(input: { address: string; holdingsQuery: HoldingsQuery; diamonds: Record<number, string | undefined>; tokens: readonly Token[] }) {
  const queryClient = useQueryClient();
  const started = useRef(new Map<string, RoutesParams>());
  const latest = useRef(input);
  latest.current = input;

  const get = useCallback(async (route: RouteExtended, valueLossConfirmed: boolean) => {
    const { address, holdingsQuery, diamonds, tokens } = latest.current;
    const options = holdingsQuery(address);
    const holdings = await queryClient.fetchQuery({ ...options, staleTime: 0 }).catch(() => queryClient.getQueryData<Portfolio>(options.queryKey));
    const params = started.current.get(route.id);
    const request = params ? toTradeRequest(params) : { fromChainId: route.fromChainId, fromTokenAddress: route.fromToken.address, fromAmount: BigInt(route.fromAmount), toChainId: route.toChainId, toTokenAddress: route.toToken.address };
    const slippage = params?.slippage ?? effectiveSlippage(route.steps[0]?.action.slippage);
    return buildPolicyContext({ account: address, diamonds, tokens, holdings, slippage, valueLossConfirmed, request });
  }, [queryClient]);

  const remember = useCallback((routeId: string, params: RoutesParams) => void started.current.set(routeId, params), []);
  return { get, remember };
}
