import type { PolicyContext, PolicyResult, PolicyStep, PolicyTransactionRequest, SimulationResult } from './policy-types';
import { Findings, isNativeToken, sameAddress, short, toBigInt } from './policy-helpers';
import { decodeApproval } from './decode-approval';
import { checkCallRecipient } from './check-call-recipient';
import { checkStep } from './check-step';
import { UNLIMITED_APPROVAL_FLOOR } from './thresholds';
import { checkStepValueLoss } from './step-value-loss';

export interface TransactionEvidence {
  /** eth_call / estimateGas outcome for this exact request, computed by the caller. */
  simulation?: SimulationResult;
}

/**
 * Checks the exact transaction request the wallet is about to see, against the step it belongs to.
 * Pure: the simulation result comes in as evidence.
 */
export function checkTransactionRequest(tx: PolicyTransactionRequest, step: PolicyStep, ctx: PolicyContext, evidence: TransactionEvidence = {}): PolicyResult {
  const findings = new Findings();
  checkStep(step, ctx, findings);
  if (!step.action?.fromToken) return findings.result();

  const approval = tx.requestType === 'approve' || (tx.requestType === undefined && !sameAddress(tx.to, ctx.diamonds[step.action.fromChainId]) && decodeApproval(tx.data) !== undefined);
  if (approval) checkApproval(tx, step, ctx, findings);
  else checkCall(tx, step, ctx, findings);
  checkStepValueLoss(step, ctx, findings);

  if (tx.chainId !== undefined && tx.chainId !== step.action.fromChainId) {
    findings.block('chain-id', `The transaction is for chain ${tx.chainId}, but this step starts on chain ${step.action.fromChainId}.`);
  }
  if (tx.from !== undefined && !sameAddress(tx.from, ctx.account)) {
    findings.block('sender', `The transaction would be sent from ${short(tx.from)}, not from your connected account.`);
  }
  if (!evidence.simulation) {
    findings.block('simulation', 'The transaction was not simulated, so it cannot be shown to your wallet.');
  } else if (!evidence.simulation.ok) {
    const reason = evidence.simulation.reason ? ` (${evidence.simulation.reason})` : '';
    findings.block('simulation', `The transaction fails in simulation${reason}; nothing was sent. Ask for a new quote.`);
  }
  return findings.result();
}

function checkApproval(tx: PolicyTransactionRequest, step: PolicyStep, ctx: PolicyContext, findings: Findings): void {
  const token = step.action.fromToken;
  if (isNativeToken(token.address) || !sameAddress(tx.to, token.address)) {
    findings.block('approval-token', `The approval goes to ${short(tx.to)}, not to the ${token.symbol} token contract this step spends.`);
  }
  const decoded = decodeApproval(tx.data);
  if (!decoded) {
    findings.block('approval-token', 'The approval request is not a plain ERC-20 approve call.');
    return;
  }
  const diamond = ctx.diamonds[step.action.fromChainId];
  if (!sameAddress(decoded.spender, step.estimate?.approvalAddress) || !sameAddress(decoded.spender, diamond)) {
    findings.block('approval-spender', `The approval would let ${short(decoded.spender)} spend your ${token.symbol}; only the step's LI.FI contract ${short(step.estimate?.approvalAddress)} may.`);
  }
  const value = toBigInt(tx.value ?? 0n);
  if (value !== 0n) findings.block('native-value', 'An approval must not send any native coin.');
  if (decoded.amount === 0n) return; // a reset to zero (USDT-style) is always safe
  if (decoded.amount >= UNLIMITED_APPROVAL_FLOOR) {
    findings.block('approval-amount', `The approval is unlimited; only the exact amount being spent may be approved.`);
    return;
  }
  const spend = toBigInt(step.action.fromAmount);
  if (spend === undefined || decoded.amount !== spend) {
    findings.block('approval-amount', `The approval is for ${decoded.amount} base units, but this step spends ${step.action.fromAmount}; approvals must be exact.`);
  }
  const request = ctx.request;
  if (request && request.fromChainId === step.action.fromChainId && sameAddress(request.fromTokenAddress, token.address) && decoded.amount !== request.fromAmount) {
    findings.block('approval-amount', `The approval is for ${decoded.amount} base units, not the ${request.fromAmount} you chose to send.`);
  }
  const balance = ctx.balanceOf(step.action.fromChainId, token.address);
  if (balance !== undefined && decoded.amount > balance) {
    findings.block('approval-amount', `The approval is for more ${token.symbol} than you hold.`);
  }
}

function checkCall(tx: PolicyTransactionRequest, step: PolicyStep, ctx: PolicyContext, findings: Findings): void {
  const diamond = ctx.diamonds[step.action.fromChainId];
  if (!diamond || !sameAddress(tx.to, diamond)) {
    findings.block('to-is-lifi-contract', `The transaction goes to ${short(tx.to)}, which is not the LI.FI contract of this chain.`);
  }
  if (tx.chainId === undefined) {
    findings.block('chain-id', 'The transaction does not say which chain it is for.');
  }
  checkCallRecipient(tx.data, step, ctx, findings);
  const value = toBigInt(tx.value ?? 0n);
  const spend = toBigInt(step.action.fromAmount) ?? 0n;
  // Only a fee LI.FI marks `included: false` may ride on top of the value; older answers omit the flag
  // (tests/fixtures/lifi-real/route-polygon-matic-to-gnosis-connext.route.json), and a missing flag allows nothing extra.
  const feesOnTop = (step.estimate?.feeCosts ?? [])
    .filter((fee) => fee.included === false && fee.token?.chainId === step.action.fromChainId && isNativeToken(fee.token.address))
    .reduce((sum, fee) => sum + (toBigInt(fee.amount) ?? 0n), 0n);
  const allowed = (isNativeToken(step.action.fromToken.address) ? spend : 0n) + feesOnTop;
  if (value === undefined || value > allowed) {
    findings.block('native-value', `The transaction would send ${value ?? 'an unreadable amount of'} native base units; this step allows at most ${allowed}.`);
  }
  if (isNativeToken(step.action.fromToken.address)) {
    const balance = ctx.balanceOf(step.action.fromChainId, step.action.fromToken.address);
    if (balance !== undefined && value !== undefined && value + ctx.gasReserve(step.action.fromChainId) > balance) {
      findings.block('gas-reserve', `Sending this much ${step.action.fromToken.symbol} would leave too little to pay for gas.`);
    }
  }
}
