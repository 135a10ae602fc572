import type { LiFiStep, Route, Step, Token } from '@lifi/sdk';
import { formatUnits } from 'viem';
import { chainName } from './chains';
import { isNativeToken, toBigInt } from './policy/policy-helpers';
import type { ValueLoss, VerifiedToken } from './policy/policy-types';
import { routeCostsUSD, routeValueLoss } from './policy/value-loss';

interface SummaryToken {
  chainId: number;
  chainName: string;
  symbol: string;
  address: string;
  decimals: number;
  logoURI?: string;
}

interface SummaryStep {
  kind: 'swap' | 'bridge' | 'swap and bridge' | 'other';
  toolKey: string;
  toolName: string;
  toolLogoURI?: string;
  fromChainId: number;
  fromChainName: string;
  toChainId: number;
  toChainName: string;
  fromSymbol: string;
  toSymbol: string;
  durationSeconds: number;
}

interface SummaryApproval {
  chainId: number;
  token: SummaryToken;
  spender: string;
  /** Base units; exact for the first step, an estimate for later steps (they spend what the previous one delivered). */
  amount: bigint;
  estimated: boolean;
  /** The token needs its allowance reset to 0 first (an extra approval). */
  resetFirst: boolean;
}

export interface RouteSummary {
  id: string;
  tags: string[];
  from: { token: SummaryToken; amount: bigint; amountUSD?: number };
  to: { token: SummaryToken; amount: bigint; amountMin: bigint; amountUSD?: number; amountMinUSD?: number };
  /** How much of the to-token one whole from-token buys, at the estimate. */
  rate?: number;
  steps: SummaryStep[];
  gasUSD: number;
  fees: { name: string; amountUSD: number; included: boolean }[];
  feesIncludedUSD: number;
  feesOnTopUSD: number;
  durationSeconds: number;
  valueLoss?: ValueLoss;
  approvals: SummaryApproval[];
}

function summaryToken(token: Token): SummaryToken {
  return { chainId: token.chainId, chainName: chainName(token.chainId), symbol: token.symbol, address: token.address, decimals: token.decimals, logoURI: token.logoURI };
}

function units(amount: bigint, decimals: number): number {
  return Number(formatUnits(amount, decimals));
}

function stepKind(step: Step | LiFiStep): SummaryStep['kind'] {
  const inner = step.type === 'lifi' ? (step as LiFiStep).includedSteps ?? [] : [];
  const crosses = step.action.fromChainId !== step.action.toChainId;
  const swaps = inner.length > 0 ? inner.some((s) => s.type === 'swap') : !crosses;
  if (crosses && swaps) return 'swap and bridge';
  if (crosses) return 'bridge';
  return step.type === 'lifi' || step.type === 'swap' ? 'swap' : 'other';
}

function summaryStep(step: Step | LiFiStep): SummaryStep {
  const { action } = step;
  return {
    kind: stepKind(step),
    toolKey: step.toolDetails?.key ?? step.tool,
    toolName: step.toolDetails?.name ?? step.tool,
    toolLogoURI: step.toolDetails?.logoURI,
    fromChainId: action.fromChainId,
    fromChainName: chainName(action.fromChainId),
    toChainId: action.toChainId,
    toChainName: chainName(action.toChainId),
    fromSymbol: action.fromToken.symbol,
    toSymbol: action.toToken.symbol,
    durationSeconds: step.estimate?.executionDuration ?? 0,
  };
}

/** Turns a LI.FI route into the plain facts the review card shows. Pure; formatting happens in the UI. */
export function summariseRoute(route: Route, tokens: readonly VerifiedToken[] = []): RouteSummary {
  const fromAmount = toBigInt(route.fromAmount) ?? 0n;
  const toAmount = toBigInt(route.toAmount) ?? 0n;
  const toAmountMin = toBigInt(route.toAmountMin) ?? 0n;
  const costs = routeCostsUSD(route, tokens);
  const toPerUnitUSD = costs && toAmount > 0n ? costs.receivedUSD / units(toAmount, route.toToken.decimals) : undefined;
  const fromUnits = units(fromAmount, route.fromToken.decimals);

  const steps: SummaryStep[] = [];
  const fees: RouteSummary['fees'] = [];
  const approvals: SummaryApproval[] = [];
  route.steps.forEach((step, index) => {
    const inner = step.includedSteps?.length ? step.includedSteps : [step];
    steps.push(...inner.map(summaryStep));
    // `included` is missing in older LI.FI answers: shown (and counted in the value loss) as on top, the cautious reading.
    for (const fee of step.estimate?.feeCosts ?? []) fees.push({ name: fee.name, amountUSD: Number(fee.amountUSD) || 0, included: fee.included === true });
    if (!isNativeToken(step.action.fromToken.address) && !step.estimate?.skipApproval && step.estimate?.approvalAddress) {
      approvals.push({
        chainId: step.action.fromChainId,
        token: summaryToken(step.action.fromToken),
        spender: step.estimate.approvalAddress,
        amount: toBigInt(step.action.fromAmount) ?? 0n,
        estimated: index > 0,
        resetFirst: step.estimate.approvalReset === true,
      });
    }
  });

  return {
    id: route.id,
    tags: route.tags ?? [],
    from: { token: summaryToken(route.fromToken), amount: fromAmount, amountUSD: costs?.sentUSD },
    to: {
      token: summaryToken(route.toToken),
      amount: toAmount,
      amountMin: toAmountMin,
      amountUSD: costs?.receivedUSD,
      amountMinUSD: toPerUnitUSD === undefined ? undefined : toPerUnitUSD * units(toAmountMin, route.toToken.decimals),
    },
    rate: fromUnits > 0 ? units(toAmount, route.toToken.decimals) / fromUnits : undefined,
    steps,
    gasUSD: costs?.gasUSD ?? (Number(route.gasCostUSD) || 0),
    fees,
    feesIncludedUSD: costs?.feesIncludedUSD ?? 0,
    feesOnTopUSD: costs?.feesOnTopUSD ?? 0,
    durationSeconds: route.steps.reduce((sum, step) => sum + (step.estimate?.executionDuration ?? 0), 0),
    valueLoss: routeValueLoss(route, tokens),
    approvals,
  };
}
