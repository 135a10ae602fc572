import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRoutes, type Route } from '@lifi/sdk';
import { erc20Abi, type Address } from 'viem';
import { checkRoute } from '@/domain/policy/check-route';
import { startTradeWorld, TRADER, type TradeWorld } from '../support/fake-lifi/trade-world';
import { createSdkHarness } from '../support/fake-lifi/sdk-harness';
import { startTestServer } from '../support/server';
import type { RunningServer } from '@/server/main';

const BASE = 8453;
const ARB = 42161;
const USDC_100 = 100n * 10n ** 6n;

let world: TradeWorld;
let server: RunningServer;
/** As in the browser: the SDK talks to our server's proxy, which forwards to the fake LI.FI. */
let apiUrl: string;

beforeAll(async () => {
  world = await startTradeWorld({ chainIds: [BASE, ARB] });
  server = await startTestServer({ jobs: false, env: { LIFI_API_URL: world.fake.apiUrl, LIFI_API_KEY: 'test-key' } });
  apiUrl = `${server.url}/api/lifi/v1`;
});

afterAll(async () => {
  await server?.close();
  await world?.close();
});

async function tokenBalance(chainId: number, token: string, owner: Address = TRADER.address): Promise<bigint> {
  const harness = createSdkHarness(world, TRADER);
  return harness.publicClient(chainId).readContract({ address: token as Address, abi: erc20Abi, functionName: 'balanceOf', args: [owner] });
}

async function firstRoute(fromChainId: number, fromToken: string, toChainId: number, toToken: string, fromAmount: bigint, harness = createSdkHarness(world, TRADER, apiUrl)): Promise<Route> {
  const { routes } = await getRoutes(harness.client, { fromChainId, fromTokenAddress: fromToken, fromAmount: fromAmount.toString(), fromAddress: TRADER.address, toChainId, toTokenAddress: toToken, options: { slippage: 0.005 } });
  expect(routes.length).toBeGreaterThan(0);
  return routes[0]!;
}

describe('the real LI.FI SDK against anvil and the fake', () => {
  it('swaps USDC to WETH on one chain with an exact approval, leaving no allowance', async () => {
    const base = world.chains[BASE]!;
    const harness = createSdkHarness(world, TRADER, apiUrl);
    const route = await firstRoute(BASE, base.usdc.address, BASE, base.weth.address, USDC_100, harness);
    expect(checkRoute(route, await harness.policyContext())).toMatchObject({ ok: true });
    const usdcBefore = await tokenBalance(BASE, base.usdc.address);
    const wethBefore = await tokenBalance(BASE, base.weth.address);

    const { route: done, seen } = await harness.execute(route);

    expect(done.steps[0]!.execution?.status).toBe('DONE');
    expect(seen.map((tx) => tx.requestType)).toEqual(['approve', 'transaction']);
    expect(await tokenBalance(BASE, base.usdc.address)).toBe(usdcBefore - USDC_100);
    const received = (await tokenBalance(BASE, base.weth.address)) - wethBefore;
    expect(received).toBe(BigInt(route.toAmount));
    const allowance = await harness.publicClient(BASE).readContract({ address: base.usdc.address as Address, abi: erc20Abi, functionName: 'allowance', args: [TRADER.address, base.router] });
    expect(allowance).toBe(0n);
  });

  it('bridges USDC from Base to Arbitrum: pulled on one chain, paid on the other, status NOT_FOUND -> PENDING -> DONE', async () => {
    const base = world.chains[BASE]!;
    const arb = world.chains[ARB]!;
    const harness = createSdkHarness(world, TRADER, apiUrl);
    const route = await firstRoute(BASE, base.usdc.address, ARB, arb.usdc.address, USDC_100, harness);
    expect(checkRoute(route, await harness.policyContext())).toMatchObject({ ok: true });
    const baseBefore = await tokenBalance(BASE, base.usdc.address);
    const arbBefore = await tokenBalance(ARB, arb.usdc.address);

    const { route: done } = await harness.execute(route);

    const step = done.steps[0]!;
    expect(step.execution?.status).toBe('DONE');
    const sent = step.execution?.actions.find((a) => a.type === 'CROSS_CHAIN')?.txHash;
    const receiving = step.execution?.actions.find((a) => a.type === 'RECEIVING_CHAIN');
    expect(receiving).toMatchObject({ status: 'DONE', substatus: 'COMPLETED', chainId: ARB });
    expect(await tokenBalance(BASE, base.usdc.address)).toBe(baseBefore - USDC_100);
    expect(await tokenBalance(ARB, arb.usdc.address)).toBe(arbBefore + BigInt(route.toAmount));
    const statuses = world.trade.statusLog.filter((s) => s.txHash === sent).map((s) => s.status);
    expect(statuses).toEqual(['NOT_FOUND', 'PENDING', 'DONE']);
    expect(world.fake.requestsTo('POST /v1/advanced/stepTransaction').at(-1)?.headers['x-lifi-api-key']).toBe('test-key');
  });
});
