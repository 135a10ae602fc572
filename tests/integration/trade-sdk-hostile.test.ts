import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getQuote, getRoutes, getStatus } from '@lifi/sdk';
import { createWalletClient, erc20Abi, http, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { checkRoute } from '@/domain/policy/check-route';
import { describeTradeError } from '@/domain/lifi-errors';
import type { RuleId } from '@/domain/policy/policy-types';
import { startTradeWorld, TRADER, type TradeWorld } from '../support/fake-lifi/trade-world';
import { createSdkHarness, type SdkHarness } from '../support/fake-lifi/sdk-harness';
import { hostileChecks } from '../support/fake-lifi/hostile-checks';
import { ATTACKER, type TradeFault } from '../support/fake-lifi/trade-types';

const BASE = 8453;
const ARB = 42161;
const USDC_50 = 50n * 10n ** 6n;
const ETH_01 = 10n ** 17n;

let world: TradeWorld;
let harness: SdkHarness;

beforeAll(async () => {
  world = await startTradeWorld({ chainIds: [BASE, ARB] });
  harness = createSdkHarness(world, TRADER);
  ({ nonce, blockedRules } = hostileChecks(harness, BASE));
});

afterAll(async () => {
  await world?.close();
});

let nonce: ReturnType<typeof hostileChecks>['nonce'];
let blockedRules: ReturnType<typeof hostileChecks>['blockedRules'];
const route = (fromToken: string, toToken: string, amount: bigint, toChainId = BASE) => hostileChecks(harness, BASE).firstRoute(fromToken, toToken, amount, toChainId);

describe('hostile fake answers are blocked before any transaction is sent', () => {
  const usdcCases: [TradeFault, RuleId][] = [
    ['unlimited-approval', 'approval-amount'],
    ['approval-spender', 'approval-spender'],
    ['attacker-recipient', 'recipient'],
    ['slippage-50', 'slippage'],
    ['value-loss-25', 'value-loss'],
  ];
  it.each(usdcCases)('%s (USDC -> WETH, blocked at the approval prompt by %s)', async (fault, rule) => {
    const base = world.chains[BASE]!;
    world.trade.setFaults(fault);
    try {
      const r = await route(base.usdc.address, base.weth.address, USDC_50);
      const checked = checkRoute(r, await harness.policyContext({ valueLossConfirmed: true }));
      expect(checked.ok ? [] : checked.violations.map((v) => v.rule)).toContain(rule);
      const before = await nonce(BASE);
      expect(await blockedRules(r)).toContain(rule);
      expect(await nonce(BASE)).toBe(before);
      const toAttacker = await harness.publicClient(BASE).readContract({ address: base.usdc.address as Address, abi: erc20Abi, functionName: 'allowance', args: [TRADER.address, ATTACKER] });
      expect(toAttacker).toBe(0n);
    } finally {
      world.trade.setFaults();
    }
  });

  const ethCases: [TradeFault, RuleId][] = [
    ['unknown-to', 'to-is-lifi-contract'],
    ['chain-id-mismatch', 'chain-id'],
    ['revert-on-simulation', 'simulation'],
    ['attacker-recipient', 'recipient'],
  ];
  it.each(ethCases)('%s (ETH -> USDC, the signed request is blocked by %s)', async (fault, rule) => {
    const base = world.chains[BASE]!;
    world.trade.setFaults(fault);
    try {
      const r = await route(base.eth.address, base.usdc.address, ETH_01);
      const before = await nonce(BASE);
      expect(await blockedRules(r)).toContain(rule);
      expect(await nonce(BASE)).toBe(before);
    } finally {
      world.trade.setFaults();
    }
  });

  it('value loss 12 %: asks a typed confirmation, then goes through once confirmed', async () => {
    const base = world.chains[BASE]!;
    world.trade.setFaults('value-loss-12');
    try {
      const r = await route(base.eth.address, base.usdc.address, ETH_01);
      const unconfirmed = checkRoute(r, await harness.policyContext());
      expect(unconfirmed.ok ? [] : unconfirmed.violations.map((v) => v.rule)).toEqual(['value-loss-confirmation']);
      expect(unconfirmed.valueLoss?.level).toBe('typed-confirmation');
      expect(checkRoute(r, await harness.policyContext({ valueLossConfirmed: true })).ok).toBe(true);
      expect(await blockedRules(r)).toEqual(['value-loss-confirmation']);
      const { route: done } = await harness.execute(r, { valueLossConfirmed: true });
      expect(done.steps[0]!.execution?.status).toBe('DONE');
    } finally {
      world.trade.setFaults();
    }
  });
});

describe('LI.FI HTTP faults through the SDK', () => {
  const request = () => ({ fromChainId: BASE, fromTokenAddress: world.chains[BASE]!.usdc.address, fromAmount: USDC_50.toString(), fromAddress: TRADER.address, toChainId: BASE, toTokenAddress: world.chains[BASE]!.weth.address });

  it('429 then 200: a clear rate-limit error with the retry delay, then routes', async () => {
    world.fake.failNext('POST /v1/advanced/routes', { status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too many requests', code: 1023 } });
    const error = await getRoutes(harness.client, request()).catch((e: unknown) => e);
    expect(describeTradeError(error)).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 3 });
    expect((await getRoutes(harness.client, request())).routes.length).toBeGreaterThan(0);
  });

  it('500: the SDK retries once; a second 500 becomes a clear error', async () => {
    world.fake.failNext('POST /v1/advanced/routes', { status: 500, body: { message: 'boom', code: 1000 } });
    expect((await getRoutes(harness.client, request())).routes.length).toBeGreaterThan(0);
    world.fake.failNext('POST /v1/advanced/routes', { status: 500, body: { message: 'boom', code: 1000 } }, 2);
    const error = await getRoutes(harness.client, request()).catch((e: unknown) => e);
    expect(describeTradeError(error).kind).toBe('unavailable');
  });
});

describe('bridge status faults', () => {
  /** Sends a USDC bridge by hand (quote -> approve -> send) and returns its hash. */
  async function sendBridge(): Promise<Hex> {
    const base = world.chains[BASE]!;
    const quote = await getQuote(harness.client, { fromChain: BASE, toChain: ARB, fromToken: base.usdc.address, toToken: world.chains[ARB]!.usdc.address, fromAmount: USDC_50.toString(), fromAddress: TRADER.address });
    const wallet = createWalletClient({ account: privateKeyToAccount(TRADER.privateKey), transport: http(base.anvil.rpcUrl) });
    const pc = harness.publicClient(BASE);
    const chain = pc.chain!;
    await pc.waitForTransactionReceipt({ hash: await wallet.writeContract({ chain, address: base.usdc.address as Address, abi: erc20Abi, functionName: 'approve', args: [quote.estimate.approvalAddress as Address, USDC_50] }) });
    const tx = quote.transactionRequest!;
    const hash = await wallet.sendTransaction({ chain, to: tx.to as Address, data: tx.data as Hex, value: BigInt(tx.value ?? 0) });
    await pc.waitForTransactionReceipt({ hash });
    return hash;
  }

  async function statuses(hash: Hex, polls: number) {
    const seen: { status: string; substatus?: string; receivingChain?: number }[] = [];
    for (let i = 0; i < polls; i += 1) {
      const s = await getStatus(harness.client, { txHash: hash, fromChain: BASE, toChain: ARB, bridge: 'fakebridge' });
      seen.push({ status: s.status, substatus: s.substatus, receivingChain: (s as { receiving?: { chainId?: number } }).receiving?.chainId });
    }
    await world.trade.settled();
    return seen;
  }

  it('stuck on PENDING: never DONE, nothing paid', async () => {
    world.trade.setFaults('status-stuck-pending');
    const arbBefore = await harness.publicClient(ARB).readContract({ address: world.chains[ARB]!.usdc.address as Address, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });
    const hash = await sendBridge();
    world.trade.setFaults();
    expect((await statuses(hash, 5)).map((s) => s.status)).toEqual(['NOT_FOUND', 'PENDING', 'PENDING', 'PENDING', 'PENDING']);
    const arbAfter = await harness.publicClient(ARB).readContract({ address: world.chains[ARB]!.usdc.address as Address, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });
    expect(arbAfter).toBe(arbBefore);
  });

  it('FAILED', async () => {
    world.trade.setFaults('status-failed');
    const hash = await sendBridge();
    world.trade.setFaults();
    expect((await statuses(hash, 3)).map((s) => s.status)).toEqual(['NOT_FOUND', 'FAILED', 'FAILED']);
  });

  it('REFUNDED: the USDC comes back on the source chain', async () => {
    world.trade.setFaults('status-refunded');
    const usdc = world.chains[BASE]!.usdc.address as Address;
    const before = await harness.publicClient(BASE).readContract({ address: usdc, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });
    const hash = await sendBridge();
    world.trade.setFaults();
    const seen = await statuses(hash, 3);
    expect(seen.map((s) => `${s.status}/${s.substatus ?? ''}`)).toEqual(['NOT_FOUND/', 'PENDING/WAIT_DESTINATION_TRANSACTION', 'DONE/REFUNDED']);
    expect(seen[2]!.receivingChain).toBe(BASE);
    const after = await harness.publicClient(BASE).readContract({ address: usdc, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });
    expect(after).toBe(before);
  });

  it('PARTIAL: another token arrives on the destination chain', async () => {
    world.trade.setFaults('status-partial');
    const ethBefore = await harness.publicClient(ARB).getBalance({ address: TRADER.address });
    const hash = await sendBridge();
    world.trade.setFaults();
    expect((await statuses(hash, 3)).map((s) => `${s.status}/${s.substatus ?? ''}`)).toEqual(['NOT_FOUND/', 'PENDING/WAIT_DESTINATION_TRANSACTION', 'DONE/PARTIAL']);
    expect(await harness.publicClient(ARB).getBalance({ address: TRADER.address })).toBeGreaterThan(ethBefore);
  });
});
