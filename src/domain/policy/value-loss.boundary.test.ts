import { describe, expect, it } from 'vitest';
import type { LiFiStep, Token } from '@lifi/sdk';
import { checkRoute } from './check-route';
import { Findings } from './policy-helpers';
import type { PolicyResult, RuleId, VerifiedToken } from './policy-types';
import { checkStepValueLoss } from './step-value-loss';
import { routeCostsUSD, routeValueLoss, valueLossLevel } from './value-loss';
import { ARB, ETH, USDC, WETH, makeContext, makeRoute, makeStep } from './test-fixtures';

/** USDC on Arbitrum, listed at $1 in makeContext(): a Base -> Arbitrum USDC bridge has round USD values. */
const ARB_USDC: Token = { ...USDC, chainId: ARB, address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831' };

/** A bridge of `sent` USDC that delivers `received` USDC, with `gasUSD` of gas and nothing else. */
function bridge(sent: string, received: string, gasUSD = '0'): LiFiStep {
  const step = makeStep({ fromToken: USDC, toToken: ARB_USDC, fromAmount: usdc(sent).toString() });
  const toAmount = usdc(received);
  step.estimate.toAmount = toAmount.toString();
  step.estimate.toAmountMin = ((toAmount * 995n) / 1000n).toString();
  step.estimate.gasCosts = [{ type: 'SEND', price: '1', estimate: '1', limit: '1', amount: '1', amountUSD: gasUSD, token: ETH }];
  return step;
}

function usdc(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(6, '0'));
}

function bridgeRoute(sent: string, received: string, gasUSD = '0') {
  return { ...makeRoute(bridge(sent, received, gasUSD)), gasCostUSD: gasUSD, fromAmountUSD: sent, toAmountUSD: received };
}

function rules(result: PolicyResult): RuleId[] {
  return result.ok ? [] : result.violations.map((v) => v.rule);
}

describe('valueLossLevel at the 3 %, 10 % and 20 % boundaries', () => {
  it.each([
    [-0.5, 'none'],
    [0, 'none'],
    [0.0299, 'none'],
    [0.03, 'warn'],
    [0.0301, 'warn'],
    [0.0999, 'warn'],
    [0.1, 'typed-confirmation'],
    [0.1001, 'typed-confirmation'],
    [0.1999, 'typed-confirmation'],
    [0.2, 'blocked'],
    [0.2001, 'blocked'],
    [1, 'blocked'],
  ] as const)('a loss of %s is %s', (fraction, level) => {
    expect(valueLossLevel(fraction)).toBe(level);
  });
});

describe('routeValueLoss on a route that loses exactly the threshold', () => {
  it.each([
    ['97.01', 0.0299, 'none'],
    ['97', 0.03, 'warn'],
    ['96.99', 0.0301, 'warn'],
    ['90.01', 0.0999, 'warn'],
    ['90', 0.1, 'typed-confirmation'],
    ['89.99', 0.1001, 'typed-confirmation'],
    ['80.01', 0.1999, 'typed-confirmation'],
    ['80', 0.2, 'blocked'],
    ['79.99', 0.2001, 'blocked'],
  ] as const)('100 USDC in, %s out: loss %s, level %s (float noise does not move it across)', (received, fraction, level) => {
    const loss = routeValueLoss(bridgeRoute('100', received), makeContext().tokens);
    expect(loss).toEqual({ fraction, level });
  });

  it('counts gas in what was spent: 90 in, 80 back and $10 of gas is a 20 % loss', () => {
    expect(routeValueLoss(bridgeRoute('90', '80', '10'), makeContext().tokens)).toEqual({ fraction: 0.2, level: 'blocked' });
  });

  it('a route that gains value has a negative loss and no level', () => {
    expect(routeValueLoss(bridgeRoute('100', '105'), makeContext().tokens)).toEqual({ fraction: -0.05, level: 'none' });
  });
});

describe('checkRoute at the value-loss boundaries', () => {
  const ctx = makeContext();

  it('2.99 % passes without a warning; exactly 3 % passes with a warning naming the loss', () => {
    expect(checkRoute(bridgeRoute('100', '97.01'), ctx)).toMatchObject({ ok: true, warnings: [] });
    const three = checkRoute(bridgeRoute('100', '97'), ctx);
    expect(three.ok).toBe(true);
    expect(three.warnings).toEqual([{ rule: 'value-loss', message: 'You would lose 3.0 % of the value (after gas and fees).' }]);
  });

  it('9.99 % only warns; exactly 10 % needs the typed confirmation, and passes with it', () => {
    const below = checkRoute(bridgeRoute('100', '90.01'), ctx);
    expect(below.ok).toBe(true);
    expect(below.warnings.map((w) => w.rule)).toEqual(['value-loss']);

    const ten = checkRoute(bridgeRoute('100', '90'), ctx);
    expect(rules(ten)).toEqual(['value-loss-confirmation']);
    expect(ten.ok ? '' : ten.violations[0]!.message).toBe('You would lose 10.0 % of the value (after gas and fees). Type the confirmation to go ahead anyway.');

    const confirmed = checkRoute(bridgeRoute('100', '90'), makeContext({ valueLossConfirmed: true }));
    expect(confirmed.ok).toBe(true);
    expect(confirmed.warnings).toEqual([{ rule: 'value-loss', message: 'You would lose 10.0 % of the value (after gas and fees).' }]);
  });

  it('19.99 % can be confirmed; exactly 20 % is blocked even when confirmed', () => {
    expect(checkRoute(bridgeRoute('100', '80.01'), makeContext({ valueLossConfirmed: true })).ok).toBe(true);
    expect(rules(checkRoute(bridgeRoute('100', '80.01'), ctx))).toEqual(['value-loss-confirmation']);

    const twenty = checkRoute(bridgeRoute('100', '80'), makeContext({ valueLossConfirmed: true }));
    expect(rules(twenty)).toEqual(['value-loss']);
    expect(twenty.ok ? '' : twenty.violations[0]!.message).toBe('You would lose 20.0 % of the value (after gas and fees); trades losing 20 % or more are blocked.');
    expect(twenty.valueLoss).toEqual({ fraction: 0.2, level: 'blocked' });
  });

  it('a route whose USD value cannot be known warns that the loss is unknown and carries no valueLoss', () => {
    const unlisted: VerifiedToken[] = ctx.tokens.filter((t) => t.chainId !== ARB);
    const route = { ...bridgeRoute('100', '80'), toAmountUSD: 'n/a' };
    const result = checkRoute(route, { ...ctx, tokens: [...unlisted, { ...ARB_USDC, priceUSD: undefined }] });
    expect(result.warnings).toContainEqual({ rule: 'value-loss', message: 'The value of this trade in USD is unknown, so the loss cannot be estimated.' });
    expect(result.valueLoss).toBeUndefined();
  });
});

describe('routeCostsUSD', () => {
  const tokens = makeContext().tokens;

  it('prices with the verified list, not the USD the route claims', () => {
    const route = { ...bridgeRoute('100', '80'), fromAmountUSD: '1', toAmountUSD: '1000' };
    expect(routeCostsUSD(route, tokens)).toMatchObject({ sentUSD: 100, receivedUSD: 80 });
  });

  it("falls back to the route's own USD when the list has no usable price (missing, zero, negative, not a number)", () => {
    for (const priceUSD of [undefined, '0', '-1', 'abc']) {
      const list = tokens.map((t) => (t.chainId === ARB ? { ...t, priceUSD } : t));
      expect(routeCostsUSD(bridgeRoute('100', '80'), list)?.receivedUSD, String(priceUSD)).toBe(80);
    }
  });

  it('falls back to the route USD when the amount is malformed, and gives up when that is unusable too', () => {
    const route = { ...bridgeRoute('100', '80'), toAmount: 'lots', toAmountUSD: '79' };
    expect(routeCostsUSD(route, tokens)?.receivedUSD).toBe(79);
    expect(routeCostsUSD({ ...route, toAmountUSD: '-5' }, tokens)).toBeUndefined();
    expect(routeCostsUSD({ ...route, toAmountUSD: 'NaN' }, tokens)).toBeUndefined();
    expect(routeCostsUSD({ ...route, toAmountUSD: '0' }, tokens)?.receivedUSD).toBe(0);
  });

  it('gives up when the amount sent cannot be priced at all', () => {
    const unpriceable = { ...bridgeRoute('100', '80'), fromAmount: 'lots', fromAmountUSD: 'unknown' };
    expect(routeCostsUSD(unpriceable, tokens)).toBeUndefined();
    const unlisted = { ...bridgeRoute('100', '80'), fromAmountUSD: 'unknown' };
    expect(routeCostsUSD(unlisted, tokens.filter((t) => t.chainId !== USDC.chainId || t.symbol !== 'USDC'))).toBeUndefined();
  });

  it('gives up when nothing is sent in USD (zero or unpriced), so no division by zero', () => {
    const zero = { ...bridgeRoute('100', '80'), fromAmount: '0', fromAmountUSD: '0' };
    expect(routeCostsUSD(zero, tokens)).toBeUndefined();
    expect(routeValueLoss(zero, tokens)).toBeUndefined();
    const unpriced = { ...bridgeRoute('100', '80'), fromAmount: 'x', fromAmountUSD: '' };
    expect(routeCostsUSD(unpriced, tokens)).toBeUndefined();
  });

  it('sums gas of every step, and uses the route gas figure only when the steps have none', () => {
    const route = bridgeRoute('100', '80', '2');
    route.steps = [route.steps[0]!, bridge('100', '80', '3')];
    expect(routeCostsUSD({ ...route, gasCostUSD: '50' }, tokens)?.gasUSD).toBe(5);
    const noGas = bridgeRoute('100', '80', '0');
    expect(routeCostsUSD({ ...noGas, gasCostUSD: '7' }, tokens)?.gasUSD).toBe(7);
    const noEstimate = bridgeRoute('100', '80');
    (noEstimate.steps[0] as { estimate?: unknown }).estimate = undefined;
    expect(routeCostsUSD({ ...noEstimate, gasCostUSD: '4' }, tokens)).toMatchObject({ gasUSD: 4, feesOnTopUSD: 0, feesIncludedUSD: 0 });
    const noLists = bridgeRoute('100', '80');
    (noLists.steps[0]!.estimate as { gasCosts?: unknown; feeCosts?: unknown }).gasCosts = undefined;
    (noLists.steps[0]!.estimate as { gasCosts?: unknown; feeCosts?: unknown }).feeCosts = undefined;
    expect(routeCostsUSD({ ...noLists, gasCostUSD: '4' }, tokens)).toMatchObject({ gasUSD: 4, feesOnTopUSD: 0, feesIncludedUSD: 0 });
  });

  it('reads unusable USD figures of gas and fees as zero, never as a negative cost', () => {
    const step = bridge('100', '80', '-3');
    step.estimate.feeCosts = [
      { name: 'a', description: '', percentage: '0', token: USDC, amount: '1', amountUSD: '-2', included: false },
      { name: 'b', description: '', percentage: '0', token: USDC, amount: '1', amountUSD: 'abc', included: false },
      { name: 'c', description: '', percentage: '0', token: USDC, amount: '1', amountUSD: '0.5', included: false },
      { name: 'd', description: '', percentage: '0', token: USDC, amount: '1', amountUSD: '0.25', included: true },
    ];
    expect(routeCostsUSD({ ...makeRoute(step), gasCostUSD: '-1' }, tokens)).toEqual({ sentUSD: 100, receivedUSD: 80, gasUSD: 0, feesOnTopUSD: 0.5, feesIncludedUSD: 0.25 });
  });
});

describe('checkStepValueLoss (the step LI.FI returns at signing time)', () => {
  it('blocks a step that loses exactly 20 %, and asks confirmation at exactly 10 %', () => {
    const twenty = new Findings();
    checkStepValueLoss(bridge('100', '80'), makeContext({ valueLossConfirmed: true }), twenty);
    expect(twenty.violations.map((v) => v.rule)).toEqual(['value-loss']);
    expect(twenty.valueLoss).toEqual({ fraction: 0.2, level: 'blocked' });

    const ten = new Findings();
    checkStepValueLoss(bridge('100', '90'), makeContext(), ten);
    expect(ten.violations.map((v) => v.rule)).toEqual(['value-loss-confirmation']);
  });

  it("prices the step with the verified list, and with the step's own USD figures when the list cannot", () => {
    const step = bridge('100', '80');
    step.estimate.fromAmountUSD = '100';
    step.estimate.toAmountUSD = '99';
    const ctx = makeContext({ tokens: [] });
    const findings = new Findings();
    checkStepValueLoss(step, ctx, findings);
    expect(findings.valueLoss).toEqual({ fraction: 0.01, level: 'none' });
  });

  it('a step without USD figures or prices gets the unknown-value warning', () => {
    const findings = new Findings();
    checkStepValueLoss(bridge('100', '80'), makeContext({ tokens: [] }), findings);
    expect(findings.warnings.map((w) => w.rule)).toEqual(['value-loss']);
    expect(findings.valueLoss).toBeUndefined();
  });

  it('a step without an estimate adds nothing (checkStep already blocks it) and does not throw', () => {
    const step = makeStep();
    (step as { estimate?: unknown }).estimate = undefined;
    const findings = new Findings();
    expect(() => checkStepValueLoss(step, makeContext(), findings)).not.toThrow();
    expect(findings.result()).toEqual({ ok: true, warnings: [] });
  });

  it('the fixture swap (100 USDC for 0.05 WETH, $0.10 gas) has no level', () => {
    const findings = new Findings();
    checkStepValueLoss(makeStep({ fromToken: USDC, toToken: WETH }), makeContext(), findings);
    expect(findings.valueLoss?.level).toBe('none');
  });
});
