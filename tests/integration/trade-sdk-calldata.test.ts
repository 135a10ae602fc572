import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erc20Abi, type Address } from 'viem';
import { checkRoute } from '@/domain/policy/check-route';
import type { RuleId } from '@/domain/policy/policy-types';
import { startTradeWorld, TRADER, type TradeWorld } from '../support/fake-lifi/trade-world';
import { createSdkHarness, type SdkHarness } from '../support/fake-lifi/sdk-harness';
import { hostileChecks } from '../support/fake-lifi/hostile-checks';
import { ATTACKER, type TradeFault } from '../support/fake-lifi/trade-types';

// Faults that only show in the calldata: the step LI.FI describes names the user as recipient, so the
// route check passes, and the old "the account appears somewhere in the data" test passed them too.
const BASE = 8453;
const ARB = 42161;
const ETH_01 = 10n ** 17n;
const USDC_20 = 20n * 10n ** 6n;

let world: TradeWorld;
let harness: SdkHarness;
let nonce: ReturnType<typeof hostileChecks>['nonce'];
let blockedRules: ReturnType<typeof hostileChecks>['blockedRules'];
let firstRoute: ReturnType<typeof hostileChecks>['firstRoute'];

beforeAll(async () => {
  world = await startTradeWorld({ chainIds: [BASE, ARB] });
  harness = createSdkHarness(world, TRADER);
  ({ nonce, blockedRules, firstRoute } = hostileChecks(harness, BASE));
});

afterAll(async () => {
  await world?.close();
});

const usdcOf = (chainId: number, owner: Address) => harness.publicClient(chainId).readContract({ address: world.chains[chainId]!.usdc.address as Address, abi: erc20Abi, functionName: 'balanceOf', args: [owner] });

async function withFault<T>(fault: TradeFault, run: () => Promise<T>): Promise<T> {
  world.trade.setFaults(fault);
  try {
    return await run();
  } finally {
    world.trade.setFaults();
  }
}

describe('the receiver is decoded from the real facet arguments at signing', () => {
  const swapCases: [TradeFault, RuleId][] = [
    ['receiver-in-nested-swap', 'recipient'],
    ['unknown-facet', 'unreadable-call'],
  ];
  it.each(swapCases)('%s (ETH -> USDC on Base): the route looks clean, the signed request is blocked by %s', async (fault, rule) => {
    const base = world.chains[BASE]!;
    await withFault(fault, async () => {
      const route = await firstRoute(base.eth.address, base.usdc.address, ETH_01, BASE);
      expect(checkRoute(route, await harness.policyContext()).ok).toBe(true);
      const before = await nonce(BASE);
      expect(await blockedRules(route)).toContain(rule);
      expect(await nonce(BASE)).toBe(before);
    });
  });

  it('refund-address-only (USDC Base -> Arbitrum): the exact approval goes out, the bridge paying the attacker does not', async () => {
    const base = world.chains[BASE]!;
    const usdcBefore = await usdcOf(BASE, TRADER.address);
    await withFault('refund-address-only', async () => {
      const route = await firstRoute(base.usdc.address, world.chains[ARB]!.usdc.address, USDC_20, ARB);
      expect(checkRoute(route, await harness.policyContext()).ok).toBe(true);
      const before = await nonce(BASE);
      expect(await blockedRules(route)).toEqual(['recipient']);
      // LI.FI hands out the bridge transaction only after the allowance step, so the approval (exact, to the diamond) was the one request sent.
      expect((await nonce(BASE)) - before).toBe(1);
    });
    expect(await usdcOf(BASE, TRADER.address)).toBe(usdcBefore);
    expect(await usdcOf(ARB, ATTACKER)).toBe(0n);
    const allowance = await harness.publicClient(BASE).readContract({ address: base.usdc.address as Address, abi: erc20Abi, functionName: 'allowance', args: [TRADER.address, base.router] });
    expect(allowance).toBe(USDC_20);
  });
});
