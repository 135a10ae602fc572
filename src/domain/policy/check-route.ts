import type { PolicyContext, PolicyResult, PolicyRoute } from './policy-types';
import { Findings, isNativeToken, percent, sameAddress, short, toBigInt } from './policy-helpers';
import { checkStep } from './check-step';
import { checkVerifiedToken } from './check-tokens';
import { routeValueLoss } from './value-loss';

/** Checks a whole LI.FI route before it is offered for signing. Pure. */
export function checkRoute(route: PolicyRoute, ctx: PolicyContext): PolicyResult {
  const findings = new Findings();
  const steps = Array.isArray(route?.steps) ? route.steps : [];
  const first = steps[0];
  const last = steps[steps.length - 1];
  const fromAmount = toBigInt(route?.fromAmount);
  if (!first || !last || fromAmount === undefined || fromAmount === 0n || !route.fromToken || !route.toToken) {
    findings.block('route-shape', 'The route has no steps or no amount, so it cannot be checked.');
    return findings.result();
  }

  if (route.fromAddress !== undefined && !sameAddress(route.fromAddress, ctx.account)) {
    findings.block('sender', `The route would send from ${short(route.fromAddress)}, not from your connected account.`);
  }
  if (route.toAddress !== undefined && !sameAddress(route.toAddress, ctx.account)) {
    findings.block('recipient', `The route would deliver the tokens to ${short(route.toAddress)}, not to your connected account.`);
  }
  checkRequest(route, fromAmount, ctx, findings);
  checkVerifiedToken(route.fromToken, 'send', ctx, findings);
  checkVerifiedToken(route.toToken, 'receive', ctx, findings);
  checkStepChain(route, fromAmount, findings);
  for (const step of steps) checkStep(step, ctx, findings);
  checkFunds(route, fromAmount, ctx, findings);
  checkValueLoss(route, ctx, findings);
  return findings.result();
}

function checkRequest(route: PolicyRoute, fromAmount: bigint, ctx: PolicyContext, findings: Findings): void {
  const request = ctx.request;
  if (!request) return;
  const matches =
    route.fromChainId === request.fromChainId &&
    route.toChainId === request.toChainId &&
    sameAddress(route.fromToken.address, request.fromTokenAddress) &&
    sameAddress(route.toToken.address, request.toTokenAddress) &&
    fromAmount === request.fromAmount;
  if (!matches) findings.block('matches-request', 'The route does not match what you asked for (chains, tokens or amount differ).');
}

/** The steps must chain up: the first spends exactly what the route says, the last delivers the route's token. */
function checkStepChain(route: PolicyRoute, fromAmount: bigint, findings: Findings): void {
  const steps = route.steps;
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  if (first.action?.fromChainId !== route.fromChainId || !sameAddress(first.action?.fromToken?.address, route.fromToken.address)) {
    findings.block('route-shape', 'The first step does not start from the token and chain of the route.');
  }
  if (toBigInt(first.action?.fromAmount) !== fromAmount) {
    findings.block('approval-amount', `The first step would spend ${first.action?.fromAmount ?? 'an unknown amount'} instead of the ${route.fromAmount} you chose, so its approval would not be exact.`);
  }
  if (last.action?.toChainId !== route.toChainId || !sameAddress(last.action?.toToken?.address, route.toToken.address)) {
    findings.block('route-shape', 'The last step does not deliver the token and chain of the route.');
  }
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i]!.action?.fromChainId !== steps[i - 1]!.action?.toChainId) {
      findings.block('route-shape', `Step ${i + 1} does not start on the chain where step ${i} ends.`);
    }
  }
}

function checkFunds(route: PolicyRoute, fromAmount: bigint, ctx: PolicyContext, findings: Findings): void {
  const balance = ctx.balanceOf(route.fromChainId, route.fromToken.address);
  if (balance === undefined) {
    findings.block('balance', `Your ${route.fromToken.symbol} balance could not be read, so the amount cannot be checked.`);
    return;
  }
  if (fromAmount > balance) {
    findings.block('balance', `You want to send more ${route.fromToken.symbol} than you hold.`);
    return;
  }
  if (isNativeToken(route.fromToken.address)) {
    const reserve = ctx.gasReserve(route.fromChainId);
    if (fromAmount + reserve > balance) {
      findings.block('gas-reserve', `Sending this much ${route.fromToken.symbol} would leave too little to pay for gas; send less and keep a reserve.`);
    }
  }
}

export function checkValueLoss(route: PolicyRoute, ctx: PolicyContext, findings: Findings): void {
  const loss = routeValueLoss(route, ctx.tokens);
  if (!loss) {
    findings.warn('value-loss', 'The value of this trade in USD is unknown, so the loss cannot be estimated.');
    return;
  }
  findings.valueLoss = loss;
  const text = percent(loss.fraction);
  if (loss.level === 'blocked') {
    findings.block('value-loss', `You would lose ${text} of the value (after gas and fees); trades losing 20 % or more are blocked.`);
  } else if (loss.level === 'typed-confirmation' && !ctx.valueLossConfirmed) {
    findings.block('value-loss-confirmation', `You would lose ${text} of the value (after gas and fees). Type the confirmation to go ahead anyway.`);
  } else if (loss.level !== 'none') {
    findings.warn('value-loss', `You would lose ${text} of the value (after gas and fees).`);
  }
}
