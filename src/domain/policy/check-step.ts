import type { PolicyContext, PolicyStep } from './policy-types';
import { type Findings, isNativeToken, percent, sameAddress, short, toBigInt } from './policy-helpers';
import { SLIPPAGE_TOLERANCE, effectiveSlippage } from './thresholds';

/** Rules every step must pass, on the route and again on the step LI.FI returns with its transaction. */
export function checkStep(step: PolicyStep, ctx: PolicyContext, findings: Findings): void {
  const { action, estimate } = step;
  if (!action || !estimate || !action.fromToken || !action.toToken) {
    findings.block('route-shape', 'A step of this route is incomplete (no action or estimate), so it cannot be checked.');
    return;
  }
  if (!sameAddress(action.fromAddress, ctx.account)) {
    findings.block('sender', `The route would send from ${short(action.fromAddress)}, not from your connected account ${short(ctx.account)}.`);
  }
  if (!sameAddress(action.toAddress, ctx.account)) {
    findings.block('recipient', `The route would deliver the tokens to ${short(action.toAddress)}, not to your connected account ${short(ctx.account)}.`);
  }

  const limit = effectiveSlippage(ctx.slippage);
  const stated = action.slippage;
  if (stated !== undefined && (!Number.isFinite(stated) || stated > limit + 1e-12)) {
    findings.block('slippage', `The route allows ${percent(stated)} slippage; your setting allows at most ${percent(limit)}.`);
  }
  const toAmount = toBigInt(estimate.toAmount);
  const toAmountMin = toBigInt(estimate.toAmountMin);
  const fromAmount = toBigInt(action.fromAmount);
  if (toAmount === undefined || toAmountMin === undefined || fromAmount === undefined || fromAmount === 0n) {
    findings.block('route-shape', 'A step of this route has a missing or malformed amount.');
  } else if (toAmount > 0n) {
    const implied = Number(toAmount - toAmountMin) / Number(toAmount);
    if (implied > limit + SLIPPAGE_TOLERANCE) {
      findings.block('slippage', `The minimum you would receive is ${percent(implied)} below the estimate; your setting allows at most ${percent(limit)}.`);
    }
  }

  const diamond = ctx.diamonds[action.fromChainId];
  if (!diamond) {
    findings.block('to-is-lifi-contract', `No LI.FI contract is known for chain ${action.fromChainId}, so its transactions cannot be checked.`);
  } else if (!isNativeToken(action.fromToken.address) && !estimate.skipApproval && !sameAddress(estimate.approvalAddress, diamond)) {
    findings.block('approval-spender', `The route asks to approve ${short(estimate.approvalAddress)} to spend your ${action.fromToken.symbol}, which is not the LI.FI contract ${short(diamond)}.`);
  }
}
