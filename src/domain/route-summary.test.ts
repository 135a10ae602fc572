import { describe, expect, it } from 'vitest';
import type { LiFiStep } from '@lifi/sdk';
import { summariseRoute } from './route-summary';
import { ARB, DIAMOND, ETH, USDC, WETH, makeContext, makeRoute, makeStep } from './policy/test-fixtures';

const tokens = makeContext().tokens;

describe('summariseRoute', () => {
  it('summarises a same-chain swap: amounts, USD, minimum, rate, gas, duration, approval', () => {
    const summary = summariseRoute(makeRoute(), tokens);
    expect(summary.from).toMatchObject({ amount: 100_000_000n, amountUSD: 100, token: { symbol: 'USDC', chainName: 'Base' } });
    expect(summary.to.amount).toBe(50_000_000_000_000_000n);
    expect(summary.to.amountMin).toBe(49_750_000_000_000_000n);
    expect(summary.to.amountUSD).toBeCloseTo(100);
    expect(summary.to.amountMinUSD).toBeCloseTo(99.5);
    expect(summary.rate).toBeCloseTo(0.0005);
    expect(summary.gasUSD).toBeCloseTo(0.1);
    expect(summary.durationSeconds).toBe(30);
    expect(summary.steps).toEqual([expect.objectContaining({ kind: 'swap', toolName: 'FakeSwap', toolLogoURI: 'https://example.test/fakeswap.svg', fromChainName: 'Base', toChainName: 'Base', fromSymbol: 'USDC', toSymbol: 'WETH' })]);
    expect(summary.approvals).toEqual([{ chainId: 8453, token: expect.objectContaining({ symbol: 'USDC' }), spender: DIAMOND, amount: 100_000_000n, estimated: false, resetFirst: false }]);
    expect(summary.valueLoss?.level).toBe('none');
  });

  it('separates fees included from fees on top and reports the value loss', () => {
    const step = makeStep({ lossFraction: 0.12 });
    step.estimate.feeCosts = [
      { name: 'LI.FI fee', description: '', percentage: '0.0025', token: USDC, amount: '250000', amountUSD: '0.25', included: true },
      { name: 'Bridge fee', description: '', percentage: '0', token: ETH, amount: '1', amountUSD: '1.5', included: false },
    ];
    const summary = summariseRoute(makeRoute(step), tokens);
    expect(summary.feesIncludedUSD).toBeCloseTo(0.25);
    expect(summary.feesOnTopUSD).toBeCloseTo(1.5);
    expect(summary.fees.map((f) => f.included)).toEqual([true, false]);
    expect(summary.valueLoss?.level).toBe('typed-confirmation');
  });

  it('lists included steps with their chain hops and tools; native spends need no approval', () => {
    const bridge: LiFiStep = { ...makeStep({ fromToken: ETH, toToken: { ...USDC, chainId: ARB } }) };
    bridge.action.toChainId = ARB;
    bridge.includedSteps = [
      { ...makeStep({ fromToken: ETH, toToken: USDC }), type: 'swap', toolDetails: { key: 'dex', name: 'Dex', logoURI: 'dex.svg' } } as never,
      { ...makeStep({ fromToken: USDC, toToken: { ...USDC, chainId: ARB } }), type: 'cross', toolDetails: { key: 'hop', name: 'Hop', logoURI: 'hop.svg' } } as never,
    ];
    bridge.includedSteps[1]!.action.toChainId = ARB;
    const summary = summariseRoute(makeRoute(bridge), tokens);
    expect(summary.steps.map((s) => [s.kind, s.toolName, s.fromChainName, s.toChainName])).toEqual([
      ['swap', 'Dex', 'Base', 'Base'],
      ['bridge', 'Hop', 'Base', 'Arbitrum'],
    ]);
    expect(summary.approvals).toEqual([]);
  });

  it('marks a reset-first approval and survives unknown prices', () => {
    const step = makeStep({ toToken: { ...WETH, priceUSD: '0' } });
    step.estimate.approvalReset = true;
    const route = { ...makeRoute(step), toAmountUSD: 'n/a' };
    const summary = summariseRoute(route, []);
    expect(summary.approvals[0]?.resetFirst).toBe(true);
    expect(summary.to.amountUSD).toBeUndefined();
    expect(summary.valueLoss).toBeUndefined();
  });
});
