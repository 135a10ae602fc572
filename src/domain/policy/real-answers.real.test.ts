import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertQuoteToRoute, type LiFiStep, type Route, type Token } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { checkRoute } from './check-route';
import { checkTransactionRequest } from './check-transaction-request';
import { routeCostsUSD } from './value-loss';
import type { PolicyContext, VerifiedToken } from './policy-types';
import { summariseRoute } from '../route-summary';

/**
 * Real LI.FI answers (tests/fixtures/lifi-real/README.md names each source) through the pre-sign policy
 * and the route summary, exactly as the app runs them: the diamond per chain from diamonds.json, the
 * verified tokens as LI.FI priced them, a context for the answer's own fromAddress.
 */
const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/lifi-real/', import.meta.url));
const read = <T>(file: string): T => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;

const diamondsFile = read<{ chains: Record<string, { address: string }> }>('diamonds.json');
const DIAMONDS: Record<number, string> = Object.fromEntries(Object.entries(diamondsFile.chains).map(([id, c]) => [Number(id), c.address]));

type QuoteAnswer = LiFiStep & { transactionRequest: { to: string; from: string; data: string; value: string; chainId: number; gasLimit: string; gasPrice: string } };
const quote = read<QuoteAnswer>('quote-eth-to-arb-celercircle.answer.json');
const connextRoute = read<Route>('route-polygon-matic-to-gnosis-connext.route.json');

function verified(...tokens: Token[]): VerifiedToken[] {
  return tokens.map((t) => ({ chainId: t.chainId, address: t.address, symbol: t.symbol, decimals: t.decimals, priceUSD: t.priceUSD }));
}

function contextFor(route: Route, overrides: Partial<PolicyContext> = {}): PolicyContext {
  const need = BigInt(route.fromAmount);
  return {
    account: route.fromAddress!,
    diamonds: DIAMONDS,
    tokens: verified(route.fromToken, route.toToken),
    // Exactly what is sent plus a 0.01-coin gas reserve: the balance rule passes with nothing to spare.
    balanceOf: () => need + 10n ** 16n,
    gasReserve: () => 10n ** 16n,
    slippage: 0.005,
    request: { fromChainId: route.fromChainId, fromTokenAddress: route.fromToken.address, fromAmount: need, toChainId: route.toChainId, toTokenAddress: route.toToken.address },
    ...overrides,
  };
}

describe('the real GET /v1/quote answer (1 ETH on Ethereum to USDC on Arbitrum, CCTP)', () => {
  const route = convertQuoteToRoute(quote);
  const ctx = contextFor(route);

  it('passes checkRoute with the chain 1 diamond and costs priced as LI.FI priced them', () => {
    const result = checkRoute(route, ctx);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    // Sent 1 ETH at 2700.87; received 2694.021249 USDC at 1.0004912682; gas 0.2167 on top; both fees included.
    const costs = routeCostsUSD(route, ctx.tokens)!;
    expect(costs.sentUSD).toBeCloseTo(2700.87, 6);
    expect(costs.receivedUSD).toBeCloseTo(2694.021249 * 1.0004912682, 6);
    expect(costs.gasUSD).toBeCloseTo(0.2167, 6);
    expect(costs.feesIncludedUSD).toBeCloseTo(6.7522 + 0.1, 6);
    expect(costs.feesOnTopUSD).toBe(0);
    const expected = 1 - (2694.021249 * 1.0004912682) / (2700.87 + 0.2167);
    expect(result.valueLoss?.fraction).toBeCloseTo(expected, 8);
    expect(result.valueLoss?.level).toBe('none');
  });

  it('passes checkTransactionRequest on its own transactionRequest once simulated', () => {
    const tx = { ...quote.transactionRequest, requestType: 'transaction' as const };
    expect(checkTransactionRequest(tx, route.steps[0]!, ctx, { simulation: { ok: true } })).toMatchObject({ ok: true, warnings: [] });
    expect(checkTransactionRequest(tx, route.steps[0]!, ctx, {})).toMatchObject({ ok: false, violations: [{ rule: 'simulation' }] });
  });

  it('is refused for any other account, and on a chain whose diamond is another contract', () => {
    const other = contextFor(route, { account: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' });
    expect(checkRoute(route, other).ok).toBe(false);
    const tx = { ...quote.transactionRequest, requestType: 'transaction' as const };
    const lineaDiamond = { ...ctx, diamonds: { ...DIAMONDS, 1: DIAMONDS[59144]! } };
    expect(checkTransactionRequest(tx, route.steps[0]!, lineaDiamond, { simulation: { ok: true } })).toMatchObject({ ok: false, violations: [{ rule: 'to-is-lifi-contract' }] });
  });

  it('summarises to the real figures: amounts, USD, gas in ETH, the included fees, the CCTP steps', () => {
    const summary = summariseRoute(route, ctx.tokens);
    expect(summary.from).toMatchObject({ amount: 10n ** 18n, token: { symbol: 'ETH', chainId: 1 } });
    expect(summary.from.amountUSD).toBeCloseTo(2700.87, 6);
    expect(summary.to).toMatchObject({ amount: 2694021249n, amountMin: 2680551143n, token: { symbol: 'USDC', chainId: 42161, decimals: 6 } });
    expect(summary.to.amountMinUSD).toBeCloseTo(2680.551143 * 1.0004912682, 6);
    expect(summary.rate).toBeCloseTo(2694.021249, 6);
    expect(summary.gasUSD).toBeCloseTo(0.2167, 6);
    expect(summary.fees).toEqual([
      { name: 'LIFI Fixed Fee', amountUSD: 6.7522, included: true },
      { name: 'Transaction Fee', amountUSD: 0.1, included: true },
    ]);
    expect(summary.feesOnTopUSD).toBe(0);
    expect(summary.steps.map((s) => [s.kind, s.toolKey])).toEqual([['other', 'feeCollection'], ['swap', 'bitget'], ['bridge', 'celercircle']]);
    expect(summary.durationSeconds).toBe(964);
    // Native ETH: nothing to approve (the answer says skipApproval).
    expect(summary.approvals).toEqual([]);
  });
});

describe('a real POST /v1/advanced/routes route (0.2 MATIC on Polygon to xDai on Gnosis, Connext, 2022)', () => {
  // Slippage 3 % as requested by the source (our hard cap), 0.2 MATIC of which 0.03 USD is gas.
  const ctx = contextFor(connextRoute, { slippage: 0.03 });

  it('computes the real value loss: a tiny trade where gas is 11 % of what is spent', () => {
    const result = checkRoute(connextRoute, ctx);
    const sent = 0.2 * 1.171523;
    const received = Number('0.217872976851437065') * 0.9994;
    expect(result.valueLoss?.fraction).toBeCloseTo(1 - received / (sent + 0.03), 8);
    expect(result.valueLoss?.level).toBe('typed-confirmation');
    expect(result).toMatchObject({ ok: false, violations: [{ rule: 'value-loss-confirmation' }] });
    expect(checkRoute(connextRoute, { ...ctx, valueLossConfirmed: true })).toMatchObject({ ok: true });
  });

  it('is blocked at the default 0.5 % slippage (it was asked at 3 %)', () => {
    const result = checkRoute(connextRoute, { ...ctx, slippage: 0.005, valueLossConfirmed: true });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual(['slippage', 'slippage']);
  });

  it('summarises the swap-and-bridge: tools, duration, no approval for native MATIC', () => {
    const summary = summariseRoute(connextRoute, ctx.tokens);
    expect(summary.tags).toEqual(['RECOMMENDED', 'CHEAPEST', 'FASTEST', 'SAFEST']);
    expect(summary.steps.map((s) => [s.kind, s.toolKey])).toEqual([['swap', '1inch'], ['bridge', 'connext']]);
    expect(summary.durationSeconds).toBe(250);
    expect(summary.gasUSD).toBeCloseTo(0.03, 6);
    expect(summary.approvals).toEqual([]);
  });
});

describe('fees without `included` (the real 2022 Connext cross step)', () => {
  const cross = connextRoute.steps[0]!.includedSteps[1]!;
  const nativeFees = cross.estimate.feeCosts!.map((fee) => ({ ...fee, token: connextRoute.fromToken, amount: '1000' }));
  const step = { ...connextRoute.steps[0]!, estimate: { ...connextRoute.steps[0]!.estimate, feeCosts: nativeFees } } as LiFiStep;
  const ctx = contextFor(connextRoute, { slippage: 0.03 });
  const diamondCall = (value: bigint) => ({ requestType: 'transaction' as const, to: DIAMONDS[137], from: connextRoute.fromAddress, chainId: 137, value, data: '0x' });

  it('lets no native fee without the flag ride on top of the value sent', () => {
    expect(cross.estimate.feeCosts!.every((fee) => !('included' in fee))).toBe(true);
    const result = checkTransactionRequest(diamondCall(BigInt(connextRoute.fromAmount) + 1000n), step, ctx, { simulation: { ok: true } });
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toContain('native-value');
    const flagged = { ...step, estimate: { ...step.estimate, feeCosts: nativeFees.map((f, i) => ({ ...f, included: i !== 0 })) } } as LiFiStep;
    const allowed = checkTransactionRequest(diamondCall(BigInt(connextRoute.fromAmount) + 1000n), flagged, ctx, { simulation: { ok: true } });
    expect(allowed.ok ? [] : allowed.violations.map((v) => v.rule)).not.toContain('native-value');
  });

  it('shows them as on top in the summary (boolean, never undefined)', () => {
    const summary = summariseRoute({ ...connextRoute, steps: [{ ...connextRoute.steps[0]!, estimate: { ...connextRoute.steps[0]!.estimate, feeCosts: cross.estimate.feeCosts } }] }, []);
    expect(summary.fees.map((f) => [f.name, f.included])).toEqual([['Gas Fee', false], ['Relay Fee', false], ['Router Fee', false]]);
  });
});
