import { formatUnits } from 'viem';
import type { PolicyRoute, ValueLoss, VerifiedToken } from './policy-types';
import { findVerifiedToken, toBigInt } from './policy-helpers';
import { VALUE_LOSS_BLOCK, VALUE_LOSS_CONFIRM, VALUE_LOSS_WARN } from './thresholds';

export interface RouteCostsUSD {
  sentUSD: number;
  receivedUSD: number;
  gasUSD: number;
  /** Fees LI.FI or the tools take on top of the amount sent (not already deducted from the amount received). */
  feesOnTopUSD: number;
  /** Fees already deducted from the amount received. */
  feesIncludedUSD: number;
}

function usd(text: string | undefined): number {
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

/** USD of a base-unit amount, preferring the verified list's price over the route's own figure. */
function amountUSD(amount: string, token: { chainId: number; address: string; decimals: number }, tokens: readonly VerifiedToken[], fallback: string | undefined): number | undefined {
  const units = toBigInt(amount);
  const verified = findVerifiedToken(tokens, token.chainId, token.address);
  const price = Number(verified?.priceUSD);
  if (units !== undefined && verified && Number.isFinite(price) && price > 0) {
    return Number(formatUnits(units, verified.decimals)) * price;
  }
  const value = Number(fallback);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Sums the USD costs of a route; undefined when the sent or received value cannot be priced. */
export function routeCostsUSD(route: PolicyRoute, tokens: readonly VerifiedToken[]): RouteCostsUSD | undefined {
  const sentUSD = amountUSD(route.fromAmount, route.fromToken, tokens, route.fromAmountUSD);
  const receivedUSD = amountUSD(route.toAmount, route.toToken, tokens, route.toAmountUSD);
  if (sentUSD === undefined || receivedUSD === undefined || sentUSD <= 0) return undefined;
  let gasUSD = 0;
  let feesOnTopUSD = 0;
  let feesIncludedUSD = 0;
  for (const step of route.steps) {
    for (const gas of step.estimate?.gasCosts ?? []) gasUSD += usd(gas.amountUSD);
    for (const fee of step.estimate?.feeCosts ?? []) {
      if (fee.included) feesIncludedUSD += usd(fee.amountUSD);
      else feesOnTopUSD += usd(fee.amountUSD);
    }
  }
  if (gasUSD === 0) gasUSD = usd(route.gasCostUSD);
  return { sentUSD, receivedUSD, gasUSD, feesOnTopUSD, feesIncludedUSD };
}

export function valueLossLevel(fraction: number): ValueLoss['level'] {
  if (fraction >= VALUE_LOSS_BLOCK) return 'blocked';
  if (fraction >= VALUE_LOSS_CONFIRM) return 'typed-confirmation';
  if (fraction >= VALUE_LOSS_WARN) return 'warn';
  return 'none';
}

/** Share of (sent + gas + fees on top) in USD that does not come back; negative values mean a gain. */
export function routeValueLoss(route: PolicyRoute, tokens: readonly VerifiedToken[]): ValueLoss | undefined {
  const costs = routeCostsUSD(route, tokens);
  if (!costs) return undefined;
  const spent = costs.sentUSD + costs.gasUSD + costs.feesOnTopUSD;
  // Rounded to 1e-9 so float noise cannot move a trade across a level: 1 - 80/100 is 0.19999999999999996,
  // which would let a loss of exactly 20 % through as "typed confirmation" instead of blocking it.
  const fraction = Math.round((1 - costs.receivedUSD / spent) * 1e9) / 1e9;
  return { fraction, level: valueLossLevel(fraction) };
}
