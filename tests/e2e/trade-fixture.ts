import type { Browser, Page } from 'playwright-core';
import { erc20Abi, type Address } from 'viem';
import type { RunningServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { browserErrors } from '../support/browser-errors';
import { startRevertingRpc } from '../support/faulty-rpc';
import { testPublicClient } from '../support/contracts/deploy';
import { startTradeWorld, TRADER, type TradeWorld, type TradeWorldOptions } from '../support/fake-lifi/trade-world';
import { injectWallet, type InjectedWallet } from '../support/injected-wallet';
import { startTestServer } from '../support/server';

export const BASE = 8453;
export const ARB = 42161;

/** One file's world: anvil chains with the fake router, the fake LI.FI, the real server with the SPA, Chromium. */
export interface TradeStage {
  world: TradeWorld;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** What the server of a stage needs beyond the world: background jobs (the sample news) and extra environment. */
export interface StageServerOptions {
  jobs?: boolean;
  env?: Record<string, string>;
  /** Image hosts (origins) the proxy may fetch from beside the fake LI.FI's logos. */
  imageHosts?: string[];
}

export async function startTradeStage(options: TradeWorldOptions = {}, serverOptions: StageServerOptions = {}): Promise<TradeStage> {
  const world = await startTradeWorld({ chainIds: [BASE, ARB], ...options });
  // Ethereum is not in this world; RainbowKit still asks it for the account's ENS name.
  const ethereum = await startRevertingRpc();
  const rpcEnv = { RPC_URL_1: ethereum.url, ...Object.fromEntries(Object.values(world.chains).map((c) => [`RPC_URL_${c.anvil.chainId}`, c.anvil.rpcUrl])) };
  const server = await startTestServer({ spa: true, jobs: serverOptions.jobs ?? false, env: {
    LIFI_API_URL: world.fake.apiUrl, ...rpcEnv, ...serverOptions.env,
    IMAGE_PROXY_HOSTS: [new URL(world.fake.apiUrl).origin, ...(serverOptions.imageHosts ?? [])].join(','),
  } });
  const browser = await launchBrowser();
  return {
    world, server, browser,
    close: async () => {
      await browser.close();
      await server.close();
      await world.close();
      await ethereum.close();
    },
  };
}

export interface TradePage {
  page: Page;
  wallet: InjectedWallet;
  errors: string[];
}

type PageOptions = { chainId?: number; width?: number; fakeClock?: boolean; walletCapabilities?: Record<string, unknown> };

/** A page of the app with the injected wallet (the TRADER key) present but not connected yet. */
export async function openWalletPage(stage: TradeStage, options: PageOptions = {}, path = '/'): Promise<TradePage> {
  const context = await stage.browser.newContext({ viewport: { width: options.width ?? 1280, height: 1000 } });
  if (options.fakeClock) await context.clock.install();
  const page = await context.newPage();
  const rpcUrls = Object.fromEntries(Object.values(stage.world.chains).map((c) => [c.anvil.chainId, c.anvil.rpcUrl]));
  const wallet = await injectWallet(page, { rpcUrls, privateKeys: [TRADER.privateKey], chainId: options.chainId ?? BASE, capabilities: options.walletCapabilities });
  await page.goto(`${stage.server.url}${path}`);
  return { page, wallet, errors: browserErrors(page) };
}

/** Connects the injected wallet through RainbowKit's modal, as a person does; waits for the trade form. */
export async function connectInjectedWallet(page: Page): Promise<void> {
  await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Test Wallet' }).click();
  await page.locator('#trade-amount').waitFor({ timeout: 60_000 });
}

/** A page with the injected wallet (the TRADER key), connected through RainbowKit, the trade form ready. */
export async function openTradePage(stage: TradeStage, options: PageOptions = {}): Promise<TradePage> {
  const opened = await openWalletPage(stage, options);
  await connectInjectedWallet(opened.page);
  return opened;
}

export interface TradeChoice {
  from: { chainId: number; symbol: string };
  to: { chainId: number; symbol: string };
  amount: string;
}

/** Fills the form the way a person does (select, select, type). */
export async function chooseTrade(page: Page, choice: TradeChoice): Promise<void> {
  await page.locator('#trade-from-chain').selectOption(String(choice.from.chainId));
  await page.locator('#trade-from-token').selectOption({ label: choice.from.symbol });
  await page.locator('#trade-to-chain').selectOption(String(choice.to.chainId));
  await page.locator('#trade-to-token').selectOption({ label: choice.to.symbol });
  await page.locator('#trade-amount').fill('');
  await page.locator('#trade-amount').pressSequentially(choice.amount);
}

/** Waits for a route card and its review, not marked stale. */
export async function waitForReview(page: Page): Promise<void> {
  await page.locator('[data-testid="route-card"]:not([aria-busy])').first().waitFor({ timeout: 30_000 });
  await page.getByTestId('route-review').waitFor();
}

export async function waitForPhase(page: Page, phase: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-testid="trade-progress"][data-phase="${phase}"]`).waitFor({ timeout });
}

/** Polls a condition in Node (for chain or fake state), without asserting on time. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function erc20(world: TradeWorld, chainId: number, token: string, fn: 'balanceOf' | 'allowance', spender?: Address): Promise<bigint> {
  const client = testPublicClient(world.chains[chainId]!.anvil);
  if (fn === 'allowance') return client.readContract({ address: token as Address, abi: erc20Abi, functionName: 'allowance', args: [TRADER.address, spender!] });
  return client.readContract({ address: token as Address, abi: erc20Abi, functionName: 'balanceOf', args: [TRADER.address] });
}

export const sentTransactions = (wallet: InjectedWallet) => wallet.requestsFor('eth_sendTransaction').length;
