import {
  executeRoute, getActiveRoute, resumeRoute, stopRouteExecution,
  type ExchangeRateUpdateParams, type Route, type RouteExtended, type SDKClient,
} from '@lifi/sdk';
import type { PolicyContext, PolicyFinding, PolicyStep, PolicyTransactionRequest, SimulationResult } from '@/domain/policy/policy-types';
import { createPolicyTransactionHook, findExecutingStep } from '@/domain/policy/transaction-hook';

interface ExecuteTradeDeps {
  client: SDKClient;
  /** Fresh policy context (balances, settings) for each transaction request. */
  context: () => Promise<PolicyContext>;
  simulate: (tx: PolicyTransactionRequest, step: PolicyStep) => Promise<SimulationResult>;
  onUpdate: (route: RouteExtended) => void;
  onBlocked: (violations: PolicyFinding[]) => void;
  /** LI.FI re-quoted at signing time and the rate got worse beyond slippage: ask the user. */
  confirmRateUpdate: (params: ExchangeRateUpdateParams) => Promise<boolean>;
}

/**
 * Runs a route with the SDK. Every transaction request passes the pre-sign policy (with a simulation)
 * just before the wallet sees it. 'resume' continues a stored route: steps whose transaction was sent
 * are tracked, never signed again.
 */
export function runTrade(route: Route | RouteExtended, deps: ExecuteTradeDeps, mode: 'start' | 'resume'): Promise<RouteExtended> {
  const updateTransactionRequestHook = createPolicyTransactionHook({
    currentStep: () => findExecutingStep(getActiveRoute(route.id)?.steps ?? []),
    context: deps.context,
    simulate: deps.simulate,
    onBlocked: deps.onBlocked,
  });
  const options = {
    updateRouteHook: deps.onUpdate,
    updateTransactionRequestHook,
    acceptExchangeRateUpdateHook: (params: ExchangeRateUpdateParams) => deps.confirmRateUpdate(params),
  };
  return mode === 'start' ? executeRoute(deps.client, route as Route, options) : resumeRoute(deps.client, route as Route, options);
}

/** Stops the SDK from acting on a route (no more prompts or updates). */
export function stopTrade(route: Route | RouteExtended): void {
  stopRouteExecution(route as Route);
}
