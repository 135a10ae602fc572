import { describe, expect, it } from 'vitest';
import { describeProposal, describeRequestedAmount } from './proposal-display';
import { sampleBridge, sampleSwap } from './proposal-fixtures';

describe('describeProposal', () => {
  it('formats a swap with each token\'s own decimals', () => {
    const view = describeProposal(sampleSwap());
    expect(view.title).toBe('Swap on Base');
    expect(view.from).toEqual({ chain: 'Base', symbol: 'USDC', name: 'USD Coin', amount: '100', usd: '$100.00', logoURI: 'https://example.test/usdc.png' });
    expect(view.to).toMatchObject({ chain: 'Base', symbol: 'WETH', amount: '0.0399', usd: '$99.75', logoURI: null });
    expect(view.route).toEqual({ tools: 'Uniswap', minimumReceived: '0.0397005 WETH', costs: '$0.27 (gas $0.02, fees $0.25)', duration: 'about 30 s' });
    expect(view.requested).toBeNull();
    expect(view.label).toBe('Swap on Base: 100 USDC on Base for about 0.0399 WETH on Base');
  });

  it('formats a bridge across chains with the tools in order', () => {
    const view = describeProposal(sampleBridge());
    expect(view.title).toBe('Bridge Base → Optimism');
    expect(view.from.amount).toBe('0.2');
    expect(view.to).toMatchObject({ chain: 'Optimism', amount: '0.199' });
    expect(view.route).toMatchObject({ tools: 'Uniswap → Stargate', duration: 'about 3 min', minimumReceived: '0.198 ETH' });
  });

  it('never assumes 18 decimals: a 0-decimal and a 36-decimal token', () => {
    const zero = sampleSwap({ fromToken: { ...sampleSwap().fromToken, decimals: 0, priceUSD: null }, fromAmount: '1234567', route: null });
    expect(describeProposal(zero).from).toMatchObject({ amount: '1,234,567', usd: null });
    const huge = sampleSwap({ fromToken: { ...sampleSwap().fromToken, decimals: 36 }, fromAmount: `5${'0'.repeat(35)}`, route: null });
    expect(describeProposal(huge).from.amount).toBe('0.5');
  });

  it('without a route: USD from the token price, no receiving amount, no route view', () => {
    const view = describeProposal(sampleSwap({ route: null, fromAmount: '2500000' }));
    expect(view.from.usd).toBe('$2.50');
    expect(view.to.amount).toBeNull();
    expect(view.route).toBeNull();
    expect(view.label).toBe('Swap on Base: 2.5 USDC on Base for WETH on Base');
  });

  it('shows unknown costs as unknown and a missing tool list as LI.FI', () => {
    const route = { ...sampleSwap().route!, gasCostUSD: null, feeCostUSD: null, tools: [] };
    expect(describeProposal(sampleSwap({ route })).route).toMatchObject({ costs: 'unknown', tools: 'LI.FI' });
    const gasOnly = { ...route, gasCostUSD: 1.5 };
    expect(describeProposal(sampleSwap({ route: gasOnly })).route?.costs).toBe('$1.50 (gas $1.50, fees unknown)');
  });

  it('words the duration as the trade review does: 75 s stays "about 75 s", no estimate is "unknown"', () => {
    const route = sampleSwap().route!;
    expect(describeProposal(sampleSwap({ route: { ...route, durationSeconds: 75 } })).route?.duration).toBe('about 75 s');
    expect(describeProposal(sampleSwap({ route: { ...route, durationSeconds: 0 } })).route?.duration).toBe('unknown');
  });

  it('drops logos that are not http(s)', () => {
    for (const logoURI of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'not a url']) {
      expect(describeProposal(sampleSwap({ fromToken: { ...sampleSwap().fromToken, logoURI } })).from.logoURI).toBeNull();
    }
  });
});

describe('describeRequestedAmount', () => {
  it('says how the amount was asked for', () => {
    expect(describeRequestedAmount({ type: 'percent', value: '50' }, 'USDC')).toBe('50% of your USDC');
    expect(describeRequestedAmount({ type: 'max', value: '100' }, 'ETH')).toBe('all your spendable ETH');
    expect(describeRequestedAmount({ type: 'usd', value: '100' }, 'ETH')).toBe('$100 worth of ETH');
    expect(describeRequestedAmount({ type: 'exact', value: '1' }, 'ETH')).toBeNull();
  });
});
