// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createClient, getActiveRoute, getRoutes, type Route, type RouteExtended, type SDKClient } from '@lifi/sdk';
import { EthereumProvider } from '@lifi/sdk-provider-ethereum';
import { defineChain, erc20Abi, http, type Address } from 'viem';
import { createConfig, type Config } from 'wagmi';
import { useTradeRun } from '@/features/trade/hooks/use-trade-run';
import type { HistoryEntry } from '@/features/trade/lib/trade-history';
import { startTradeWorld, TRADER, type TradeWorld } from '../support/fake-lifi/trade-world';
import { createSdkHarness, type SdkHarness } from '../support/fake-lifi/sdk-harness';
import { createPromptingWallet, type PromptingWallet } from '../support/prompting-wallet';

/**
 * The signing state machine of useTradeRun with real pieces: the real LI.FI SDK against the loopback
 * fake LI.FI and anvil chains, a real wagmi config (for the pre-sign simulation) and a wallet whose
 * prompts the test answers like a user.
 */
const BASE = 8453;
const ARB = 42161;
const ETH_01 = 10n ** 17n;
const USDC_20 = 20n * 10n ** 6n;
const SETTLE = { timeout: 30_000, interval: 20 };

let world: TradeWorld;
let harness: SdkHarness;
let wallet: PromptingWallet;
let client: SDKClient;
let config: Config;

beforeAll(async () => {
  world = await startTradeWorld({ chainIds: [BASE, ARB] });
  harness = createSdkHarness(world, TRADER);
  const rpcUrls: Record<number, string> = { [BASE]: world.chains[BASE]!.anvil.rpcUrl, [ARB]: world.chains[ARB]!.anvil.rpcUrl };
  wallet = createPromptingWallet(TRADER.address, rpcUrls, BASE);
  // As getTradeClient builds it (message signing off, no batching), but on the fake LI.FI.
  client = createClient({
    integrator: 'mc-test',
    apiUrl: world.fake.apiUrl,
    rpcUrls: { [BASE]: [rpcUrls[BASE]!], [ARB]: [rpcUrls[ARB]!] },
    disableVersionCheck: true,
    providers: [EthereumProvider({ getWalletClient: async () => wallet.client(), switchChain: async (chainId) => wallet.switchChain(chainId), disableMessageSigning: true })],
  });
  const chain = (id: number) => defineChain({ id, name: `Chain ${id}`, nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpcUrls[id]!] } } });
  config = createConfig({ chains: [chain(BASE), chain(ARB)], transports: { [BASE]: http(rpcUrls[BASE]), [ARB]: http(rpcUrls[ARB]) }, multiInjectedProviderDiscovery: false, connectors: [] });
});

afterAll(async () => {
  await world?.close();
});

afterEach(() => {
  cleanup();
  world.trade.setFaults();
  wallet.autoAnswer = 'approve';
});

async function routeFor(fromToken: string, toToken: string, amount: bigint): Promise<Route> {
  const { routes } = await getRoutes(harness.client, { fromChainId: BASE, fromTokenAddress: fromToken, fromAmount: amount.toString(), fromAddress: TRADER.address, toChainId: BASE, toTokenAddress: toToken, options: { slippage: 0.005 } });
  expect(routes.length).toBeGreaterThan(0);
  return routes[0]!;
}

const nonce = () => harness.publicClient(BASE).getTransactionCount({ address: TRADER.address, blockTag: 'pending' });
const balanceOf = (token: string) => harness.publicClient(BASE).readContract({ address: token as Address, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });

function renderTradeRun() {
  const saved: HistoryEntry[] = [];
  const settled: number[] = [];
  const contextFor = (_route: RouteExtended, valueLossConfirmed: boolean) => harness.policyContext({ valueLossConfirmed });
  const save = (entry: HistoryEntry) => void saved.push(entry);
  const onSettled = () => void settled.push(saved.length);
  const hook = renderHook(() => useTradeRun({ client, config, account: TRADER.address, contextFor, save, onSettled }));
  const finished = () => waitFor(() => expect(hook.result.current.active?.running).toBe(false), SETTLE);
  /** The phases stored in history, repeats collapsed. */
  const phases = () => saved.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
  return { ...hook, saved, settled, finished, phases };
}

describe('useTradeRun: the signing state machine', () => {
  it('idle -> signing -> waiting for the wallet -> in flight -> done, saved to history, balances refreshed', async () => {
    const base = world.chains[BASE]!;
    const route = await routeFor(base.usdc.address, base.weth.address, USDC_20);
    const wethBefore = await balanceOf(base.weth.address);
    wallet.autoAnswer = undefined;
    const run = renderTradeRun();
    expect(run.result.current.active).toBeUndefined();

    act(() => run.result.current.start(route, false));
    expect(run.result.current.active).toMatchObject({ phase: 'signing', running: true });

    const approval = await wallet.nextPrompt();
    expect(approval.tx.to?.toLowerCase()).toBe(base.usdc.address.toLowerCase());
    // The prompt is open: still signing, nothing sent, the step waits on the user.
    await waitFor(() => expect(run.result.current.active?.route.steps[0]?.execution?.status).toBe('ACTION_REQUIRED'), SETTLE);
    expect(run.result.current.active).toMatchObject({ phase: 'signing', running: true });
    approval.approve();

    const swap = await wallet.nextPrompt();
    expect(swap.tx.to?.toLowerCase()).toBe(base.router.toLowerCase());
    expect(run.result.current.active?.phase).toBe('signing');
    swap.approve();

    await run.finished();
    const active = run.result.current.active!;
    expect(active.phase).toBe('done');
    expect(active.error).toBeUndefined();
    expect(active.outcome?.title).toBeTruthy();
    expect(run.phases()[0]).toBe('signing');
    expect(run.phases().at(-1)).toBe('done');
    expect(run.phases().every((p) => ['signing', 'in-flight', 'done'].includes(p))).toBe(true);
    expect(run.settled).toHaveLength(1);
    expect(wallet.prompts.filter((p) => p === approval || p === swap)).toHaveLength(2);
    expect((await balanceOf(base.weth.address)) - wethBefore).toBe(BigInt(route.toAmount));
  });

  it('a declined wallet prompt: "Nothing was sent", a clean stopped state, no retry until a new start', async () => {
    const base = world.chains[BASE]!;
    const route = await routeFor(base.eth.address, base.usdc.address, ETH_01);
    const usdcBefore = await balanceOf(base.usdc.address);
    const nonceBefore = await nonce();
    const promptsBefore = wallet.prompts.length;
    wallet.autoAnswer = 'reject';
    const run = renderTradeRun();

    act(() => run.result.current.start(route, false));
    await run.finished();

    const active = run.result.current.active!;
    expect(active.phase).toBe('cancelled');
    expect(active.error).toMatchObject({ kind: 'rejected', nothingSent: true });
    expect(active.error?.message).toMatch(/Nothing was sent/);
    expect(run.result.current.rateUpdate).toBeUndefined();
    expect(run.saved.at(-1)?.phase).toBe('cancelled');
    expect(run.settled).toHaveLength(0);
    expect(wallet.prompts.length - promptsBefore).toBe(1);
    expect(getActiveRoute(route.id)).toBeUndefined(); // the SDK holds nothing that could prompt again
    expect(await nonce()).toBe(nonceBefore);

    // Reset: the stopped trade can be dismissed; a new click on the same route starts afresh.
    act(() => run.result.current.dismiss());
    expect(run.result.current.active).toBeUndefined();
    wallet.autoAnswer = 'approve';
    act(() => run.result.current.start(route, false));
    await run.finished();
    expect(run.result.current.active?.phase).toBe('done');
    expect(wallet.prompts.length - promptsBefore).toBe(2);
    expect((await balanceOf(base.usdc.address)) > usdcBefore).toBe(true);
  });

  it('a transaction request the policy refuses: blocked, the rule named, no wallet prompt, nothing sent', async () => {
    const base = world.chains[BASE]!;
    const route = await routeFor(base.eth.address, base.usdc.address, ETH_01);
    world.trade.setFaults('unknown-to');
    const nonceBefore = await nonce();
    const promptsBefore = wallet.prompts.length;
    const run = renderTradeRun();

    act(() => run.result.current.start(route, false));
    await run.finished();

    const active = run.result.current.active!;
    expect(active.phase).toBe('cancelled');
    expect(active.error?.kind).toBe('policy');
    expect(active.error?.nothingSent).toBe(true);
    expect(active.error?.violations?.map((v) => v.rule)).toContain('to-is-lifi-contract');
    expect(active.error?.message).toMatch(/^Signing was blocked for your safety/);
    expect(wallet.prompts.length).toBe(promptsBefore);
    expect(await nonce()).toBe(nonceBefore);
    expect(run.settled).toHaveLength(0);
  });

  it('a worse rate at signing asks the user; declining sends nothing and leaves no open question', async () => {
    const base = world.chains[BASE]!;
    const route = await routeFor(base.eth.address, base.usdc.address, ETH_01);
    world.trade.setFaults('worse-rate-at-signing');
    const nonceBefore = await nonce();
    const promptsBefore = wallet.prompts.length;
    const run = renderTradeRun();

    act(() => run.result.current.start(route, false));
    await waitFor(() => expect(run.result.current.rateUpdate).toBeDefined(), SETTLE);
    const question = run.result.current.rateUpdate!;
    expect(BigInt(question.params.newToAmount) < BigInt(question.params.oldToAmount)).toBe(true);
    expect(question.slippage).toBe(0.005);
    expect(run.result.current.active).toMatchObject({ phase: 'signing', running: true });

    act(() => question.answer(false));
    expect(run.result.current.rateUpdate).toBeUndefined();
    await run.finished();

    expect(run.result.current.active).toMatchObject({ phase: 'cancelled', error: { kind: 'rate-changed', nothingSent: true } });
    expect(wallet.prompts.length).toBe(promptsBefore);
    expect(await nonce()).toBe(nonceBefore);
  });

  it('a worse rate at signing, accepted: the wallet is asked and the new amount arrives', async () => {
    const base = world.chains[BASE]!;
    const route = await routeFor(base.eth.address, base.usdc.address, ETH_01);
    world.trade.setFaults('worse-rate-at-signing');
    const usdcBefore = await balanceOf(base.usdc.address);
    const promptsBefore = wallet.prompts.length;
    const run = renderTradeRun();

    act(() => run.result.current.start(route, false));
    await waitFor(() => expect(run.result.current.rateUpdate).toBeDefined(), SETTLE);
    const { params } = run.result.current.rateUpdate!;
    act(() => run.result.current.rateUpdate!.answer(true));
    await run.finished();

    expect(run.result.current.active?.phase).toBe('done');
    expect(wallet.prompts.length - promptsBefore).toBe(1);
    expect((await balanceOf(base.usdc.address)) - usdcBefore).toBe(BigInt(params.newToAmount));
  });

  it('never starts a second trade while one runs, even from the same render; dismiss only clears a stopped trade', async () => {
    const base = world.chains[BASE]!;
    const first = await routeFor(base.eth.address, base.usdc.address, ETH_01);
    const second = await routeFor(base.eth.address, base.usdc.address, ETH_01 * 2n);
    wallet.autoAnswer = undefined;
    const promptsBefore = wallet.prompts.length;
    const run = renderTradeRun();

    // A double click before React re-rendered: both calls see the same `start`.
    act(() => {
      run.result.current.start(first, false);
      run.result.current.start(second, false);
    });
    expect(getActiveRoute(second.id)).toBeUndefined();
    act(() => run.result.current.start(second, false));
    expect(getActiveRoute(second.id)).toBeUndefined();

    act(() => run.result.current.dismiss());
    expect(run.result.current.active).toMatchObject({ running: true });
    expect(run.result.current.active?.route.id).toBe(first.id);

    const prompt = await wallet.nextPrompt();
    expect(BigInt(prompt.tx.value ?? 0)).toBe(ETH_01);
    prompt.approve();
    await run.finished();
    expect(run.result.current.active?.phase).toBe('done');
    expect(wallet.prompts.length - promptsBefore).toBe(1);
    expect(getActiveRoute(second.id)).toBeUndefined();

    act(() => run.result.current.dismiss());
    expect(run.result.current.active).toBeUndefined();
  });
});
