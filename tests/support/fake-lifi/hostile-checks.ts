import { expect } from 'vitest';
import { getRoutes, type Route } from '@lifi/sdk';
import { describeTradeError } from '@/domain/lifi-errors';
import type { RuleId } from '@/domain/policy/policy-types';
import type { SdkHarness } from './sdk-harness';
import { TRADER } from './trade-world';

/** What hostile-answer tests ask of the SDK harness: a first route, the trader's nonce, and the rules that stopped a run. */
export function hostileChecks(harness: SdkHarness, fromChainId: number) {
  return {
    nonce: (chainId: number = fromChainId) => harness.publicClient(chainId).getTransactionCount({ address: TRADER.address, blockTag: 'pending' }),

    async firstRoute(fromToken: string, toToken: string, amount: bigint, toChainId: number = fromChainId): Promise<Route> {
      const { routes } = await getRoutes(harness.client, { fromChainId, fromTokenAddress: fromToken, fromAmount: amount.toString(), fromAddress: TRADER.address, toChainId, toTokenAddress: toToken, options: { slippage: 0.005 } });
      return routes[0]!;
    },

    /** Runs executeRoute with the policy hook only (no route check first) and returns the rules that stopped it. */
    async blockedRules(route: Route): Promise<RuleId[]> {
      const error = await harness.execute(route).then(() => undefined, (e: unknown) => e);
      expect(error, 'execution should have been blocked').toBeDefined();
      const described = describeTradeError(error);
      expect(described.kind).toBe('policy');
      return (described.violations ?? []).map((v) => v.rule);
    },
  };
}
