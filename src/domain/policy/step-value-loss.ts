import type { PolicyContext, PolicyRoute, PolicyStep } from './policy-types';
import type { Findings } from './policy-helpers';
import { checkValueLoss } from './check-route';

/** The value-loss rule applied to the one step about to be signed (LI.FI may re-quote it at signing time). */
export function checkStepValueLoss(step: PolicyStep, ctx: PolicyContext, findings: Findings): void {
  if (!step.estimate) return;
  const asRoute = {
    id: step.id,
    fromChainId: step.action.fromChainId,
    fromAmount: step.action.fromAmount,
    fromAmountUSD: step.estimate.fromAmountUSD ?? '',
    fromToken: step.action.fromToken,
    toChainId: step.action.toChainId,
    toAmount: step.estimate.toAmount,
    toAmountMin: step.estimate.toAmountMin,
    toAmountUSD: step.estimate.toAmountUSD ?? '',
    toToken: step.action.toToken,
    steps: [step],
  } as PolicyRoute;
  checkValueLoss(asRoute, ctx, findings);
}
