import { describe, expect, it } from 'vitest';
import { summariseLifiRoute, type RouteRequest } from './route-quote';

const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const request: RouteRequest = { fromChainId: 8453, toChainId: 10, fromTokenAddress: '0xA', toTokenAddress: '0xB', fromAmount: 1000n, address: USER };
const route = {
  fromChainId: 8453, toChainId: 10, fromAmount: '1000', toAmount: '990', toAmountMin: '985', fromAmountUSD: '1.00', toAmountUSD: '0.99', gasCostUSD: '0.02',
  fromAddress: USER.toLowerCase(), toAddress: USER, fromToken: { address: '0xa' }, toToken: { address: '0xB' },
  steps: [{ tool: 'x', estimate: { executionDuration: 90, feeCosts: [{ amountUSD: '0.003' }] }, includedSteps: [{ tool: 'swap', toolDetails: { name: 'Uniswap' } }, { tool: 'sg', toolDetails: { name: 'Stargate' } }] }],
};

describe('summariseLifiRoute', () => {
  it('summarises the route that is exactly the requested trade', () => {
    expect(summariseLifiRoute(route, request)).toEqual({
      toAmount: '990', toAmountMin: '985', toAmountUSD: 0.99, fromAmountUSD: 1, gasCostUSD: 0.02, feeCostUSD: 0.003, durationSeconds: 90, tools: ['Uniswap', 'Stargate'],
    });
  });

  it('refuses a route paying someone else, spending another amount or token, or malformed', () => {
    expect(summariseLifiRoute({ ...route, toAddress: `0x${'1'.repeat(40)}` }, request)).toBeNull();
    expect(summariseLifiRoute({ ...route, fromAmount: '1001' }, request)).toBeNull();
    expect(summariseLifiRoute({ ...route, toToken: { address: '0xC' } }, request)).toBeNull();
    expect(summariseLifiRoute({ ...route, toAmount: '-1' }, request)).toBeNull();
    expect(summariseLifiRoute('garbage', request)).toBeNull();
  });
});
