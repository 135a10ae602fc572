import type { Route, Token } from '@lifi/sdk';
import { useMemo } from 'react';
import { checkRoute } from '@/domain/policy/check-route';
import type { TradeRequest } from '@/domain/policy/policy-types';
import type { Portfolio } from '@/domain/portfolio';
import { summariseRoute } from '@/domain/route-summary';
import type { RoutesParams } from '../api/trade-routes';
import { buildPolicyContext } from '../lib/policy-context';

export function toTradeRequest(params: RoutesParams): TradeRequest {
  return { fromChainId: params.fromChainId, fromTokenAddress: params.fromTokenAddress, fromAmount: BigInt(params.fromAmount), toChainId: params.toChainId, toTokenAddress: params.toTokenAddress };
}

/** The chosen route's plain-words summary and the pre-sign policy's verdict on it, recomputed on every change. */
export function useRouteCheck(input: { route: Route | undefined; params: RoutesParams | undefined; account: string; diamonds: Record<number, string | undefined>; tokens: readonly Token[]; holdings: Portfolio | undefined; valueLossConfirmed: boolean }) {
  const { route, params, account, diamonds, tokens, holdings, valueLossConfirmed } = input;
  return useMemo(() => {
    if (!route || !params) return undefined;
    const context = buildPolicyContext({ account, diamonds, tokens, holdings, slippage: params.slippage, valueLossConfirmed, request: toTradeRequest(params) });
    return { summary: summariseRoute(route, tokens), policy: checkRoute(route, context) };
  }, [route, params, account, diamonds, tokens, holdings, valueLossConfirmed]);
}
