import { describe, expect, it } from 'vitest';
import { checkRoute } from './check-route';
import type { PolicyResult, RuleId } from './policy-types';
import { ATTACKER, ETH, USDC, WETH, makeContext, makeRoute, makeStep } from './test-fixtures';

function rules(result: PolicyResult): RuleId[] {
  return result.ok ? [] : result.violations.map((v) => v.rule);
}

describe('checkRoute', () => {
  it('accepts a clean same-chain swap with a small loss', () => {
    const result = checkRoute(makeRoute(), makeContext());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.valueLoss?.level).toBe('none');
  });

  it('recipient: blocks a route that delivers to an attacker', () => {
    const step = makeStep();
    step.action.toAddress = ATTACKER;
    const route = { ...makeRoute(step), toAddress: ATTACKER };
    const result = checkRoute(route, makeContext());
    expect(rules(result)).toContain('recipient');
    expect(result.ok ? '' : result.violations[0]!.message).toMatch(/not to your connected account/);
  });

  it('sender: blocks a route quoted for another account', () => {
    const step = makeStep();
    step.action.fromAddress = ATTACKER;
    expect(rules(checkRoute(makeRoute(step), makeContext()))).toContain('sender');
  });

  it('slippage: blocks 50 % slippage, stated or implied by the minimum', () => {
    const stated = makeStep();
    stated.action.slippage = 0.5;
    expect(rules(checkRoute(makeRoute(stated), makeContext()))).toContain('slippage');

    const implied = makeStep();
    implied.estimate.toAmountMin = (BigInt(implied.estimate.toAmount) / 2n).toString();
    expect(rules(checkRoute(makeRoute(implied), makeContext()))).toContain('slippage');
  });

  it('slippage: the user setting above the 3 % cap is clamped', () => {
    const step = makeStep();
    step.action.slippage = 0.04;
    step.estimate.toAmountMin = ((BigInt(step.estimate.toAmount) * 96n) / 100n).toString();
    expect(rules(checkRoute(makeRoute(step), makeContext({ slippage: 0.5 })))).toContain('slippage');
    step.action.slippage = 0.03;
    step.estimate.toAmountMin = ((BigInt(step.estimate.toAmount) * 97n) / 100n).toString();
    expect(checkRoute(makeRoute(step), makeContext({ slippage: 0.5 })).ok).toBe(true);
  });

  it('value loss: warns at 5 %, asks a typed confirmation at 12 %, blocks at 25 %', () => {
    const five = checkRoute(makeRoute(makeStep({ lossFraction: 0.05 })), makeContext());
    expect(five.ok).toBe(true);
    expect(five.warnings.map((w) => w.rule)).toContain('value-loss');

    const twelve = checkRoute(makeRoute(makeStep({ lossFraction: 0.12 })), makeContext());
    expect(rules(twelve)).toEqual(['value-loss-confirmation']);
    expect(twelve.valueLoss?.level).toBe('typed-confirmation');
    expect(twelve.valueLoss?.fraction).toBeCloseTo(0.1209, 3);
    expect(checkRoute(makeRoute(makeStep({ lossFraction: 0.12 })), makeContext({ valueLossConfirmed: true })).ok).toBe(true);

    const quarter = checkRoute(makeRoute(makeStep({ lossFraction: 0.25 })), makeContext({ valueLossConfirmed: true }));
    expect(rules(quarter)).toEqual(['value-loss']);
    expect(quarter.valueLoss?.level).toBe('blocked');
  });

  it('value loss: uses verified prices, not the USD figures the route claims', () => {
    const route = { ...makeRoute(makeStep({ lossFraction: 0.25 })), toAmountUSD: '100' };
    expect(rules(checkRoute(route, makeContext()))).toContain('value-loss');
  });

  it('value loss: counts fees on top but not fees already deducted', () => {
    const step = makeStep();
    step.estimate.feeCosts = [{ name: 'LI.FI', description: '', percentage: '0.15', token: USDC, amount: '15000000', amountUSD: '15', included: false }];
    expect(checkRoute(makeRoute(step), makeContext()).valueLoss?.level).toBe('typed-confirmation');
    step.estimate.feeCosts[0]!.included = true;
    expect(checkRoute(makeRoute(step), makeContext()).valueLoss?.level).toBe('none');
  });

  it('balance: blocks an amount above the balance, and an unreadable balance', () => {
    expect(rules(checkRoute(makeRoute(), makeContext({ balanceOf: () => 99_000_000n })))).toContain('balance');
    expect(rules(checkRoute(makeRoute(), makeContext({ balanceOf: () => undefined })))).toContain('balance');
  });

  it('gas-reserve: blocks spending the native coin without a gas reserve', () => {
    const route = makeRoute(makeStep({ fromToken: ETH, toToken: USDC }));
    const holding = 52_000_000_000_000_000n; // 0.052 ETH, sending 0.05, reserve 0.005
    expect(rules(checkRoute(route, makeContext({ balanceOf: () => holding })))).toEqual(['gas-reserve']);
    expect(checkRoute(route, makeContext({ balanceOf: () => 10n ** 18n })).ok).toBe(true);
  });

  it('verified-token: blocks an unlisted token and a symbol that maps to another address', () => {
    const fake = { ...WETH, address: '0x1111111111111111111111111111111111111111' };
    const result = checkRoute(makeRoute(makeStep({ toToken: fake })), makeContext());
    expect(rules(result)).toContain('verified-token');
    expect(result.ok ? '' : result.violations.find((v) => v.rule === 'verified-token')!.message).toMatch(/lookalike/);

    const renamed = { ...WETH, symbol: 'USDC' };
    expect(rules(checkRoute(makeRoute(makeStep({ toToken: renamed })), makeContext()))).toContain('verified-token');
  });

  it('approval-spender: blocks a route whose approval address is not the diamond', () => {
    const step = makeStep();
    step.estimate.approvalAddress = ATTACKER;
    expect(rules(checkRoute(makeRoute(step), makeContext()))).toContain('approval-spender');
  });

  it('approval-amount: blocks a first step that spends more than the route amount', () => {
    const step = makeStep();
    const route = makeRoute(step);
    step.action.fromAmount = (2n ** 256n - 1n).toString();
    expect(rules(checkRoute(route, makeContext()))).toContain('approval-amount');
  });

  it('to-is-lifi-contract: blocks a chain with no known diamond', () => {
    expect(rules(checkRoute(makeRoute(), makeContext({ diamonds: {} })))).toContain('to-is-lifi-contract');
  });

  it('matches-request: blocks a route for another amount or token than asked', () => {
    const request = { fromChainId: USDC.chainId, fromTokenAddress: USDC.address, fromAmount: 100_000_000n, toChainId: WETH.chainId, toTokenAddress: WETH.address };
    expect(checkRoute(makeRoute(), makeContext({ request })).ok).toBe(true);
    expect(rules(checkRoute(makeRoute(), makeContext({ request: { ...request, fromAmount: 1n } })))).toContain('matches-request');
  });

  it('route-shape: refuses garbage without throwing', () => {
    expect(rules(checkRoute({ steps: [] } as never, makeContext()))).toEqual(['route-shape']);
    const step = makeStep();
    step.estimate.toAmount = 'lots';
    expect(rules(checkRoute(makeRoute(step), makeContext()))).toContain('route-shape');
  });
});
