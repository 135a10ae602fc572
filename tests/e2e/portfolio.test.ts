import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { erc20Abi } from 'viem';
import type { RunningServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { browserErrors } from '../support/browser-errors';
import { setTestTokenBalance, testPublicClient, testWalletClient } from '../support/contracts/deploy';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { ANVIL_PRIVATE_KEYS, injectWallet, type InjectedWallet } from '../support/injected-wallet';
import { startTestServer } from '../support/server';
import { seedPortfolioWorld, type PortfolioWorld } from '../integration/portfolio-fixture';

const E18 = 10n ** 18n;
let world: PortfolioWorld;
let lifi: FakeLifi;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  world = await seedPortfolioWorld([
    {
      chainId: 1, nativeBalance: 3n * E18 / 2n, nativePriceUSD: '2000',
      tokens: [
        { name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 1_234_500_000n, priceUSD: '1' },
        { name: 'Eighteen', symbol: 'EIGHT', decimals: 18, balance: 41n * E18 / 4n, priceUSD: '2' },
        { name: 'Dusty', symbol: 'DUST', decimals: 7, balance: 78_125n, priceUSD: '1' }, // $0.0078125
        { name: 'Mystery', symbol: 'MYST', decimals: 18, balance: 42n * E18 }, // no price
      ],
    },
    { chainId: 8453, nativeBalance: E18 / 4n, nativePriceUSD: '2000', tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 100_000_000n, priceUSD: '1' }] },
    { chainId: 42161, nativeBalance: 0n, nativePriceUSD: '2000', tokens: [{ name: 'Arbitrum', symbol: 'ARB', decimals: 18, balance: 10n * E18, priceUSD: '0.5' }] },
  ]);
  lifi = await startFakeLifi({ tokens: world.lifiTokens });
  const rpcEnv = Object.fromEntries(world.chains.map(({ chain }) => [`RPC_URL_${chain.chainId}`, chain.rpcUrl]));
  server = await startTestServer({ spa: true, jobs: false, env: { LIFI_API_URL: lifi.apiUrl, ...rpcEnv } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await lifi?.close();
  await world?.stop();
});

const seeded = (chainId: number) => world.chains.find((c) => c.chain.chainId === chainId)!;

async function openWithWallet(): Promise<{ page: Page; wallet: InjectedWallet; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const wallet = await injectWallet(page, { rpcUrls: Object.fromEntries(world.chains.map(({ chain }) => [chain.chainId, chain.rpcUrl])), chainId: 1 });
  await page.goto(server.url);
  return { page, wallet, errors: browserErrors(page) };
}

/** Text of each visible token row on a chain: "SYMBOL | amount | usd". */
async function tokenRows(page: Page, chainId: number): Promise<string[]> {
  return page.locator(`.portfolio .chain-group[data-chain-id="${chainId}"] .token-row[data-symbol]`).evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('.token-symbol'), row.querySelector('.token-amount'), row.querySelector('.token-usd')].map((e) => e?.textContent).join(' | ')),
  );
}

async function connectThroughModal(page: Page): Promise<void> {
  await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByRole('button', { name: 'Test Wallet' }).click();
  await page.getByTestId('portfolio-total').waitFor({ timeout: 30_000 });
}

describe('portfolio in Chromium with an injected wallet', () => {
  it('connects through RainbowKit, shows exact balances on 3 chains and 12 unavailable ones, refreshes after a transfer, reconnects on reload', async () => {
    const { page, wallet, errors } = await openWithWallet();
    await page.getByText('Connect a wallet to see what it holds on 15 chains').waitFor();

    await connectThroughModal(page);
    expect(wallet.authorized).toBe(true);
    expect(wallet.requests.some((r) => r.method === 'eth_requestAccounts' || r.method === 'wallet_requestPermissions')).toBe(true);

    // $3,000 ETH + $1,234.50 USDC + $20.50 EIGHT + $0.0078 DUST + $500 ETH + $100 USDC + $5 ARB
    expect(await page.getByTestId('portfolio-total').textContent()).toBe('$4,860.01');
    expect(await page.locator('.portfolio .chain-name').first().textContent()).toBe('Ethereum');
    expect(await tokenRows(page, 1)).toEqual([
      'ETH | 1.5 ETH | $3,000.00',
      'USDC | 1,234.5 USDC | $1,234.50',
      'EIGHT | 10.25 EIGHT | $20.50',
      'MYST | 42 MYST | price unknown',
    ]);
    expect(await tokenRows(page, 8453)).toEqual(['ETH | 0.25 ETH | $500.00', 'USDC | 100 USDC | $100.00']);
    expect(await tokenRows(page, 42161)).toEqual(['ARB | 10 ARB | $5.00']);

    // Dust is hidden until asked for.
    await page.getByLabel('Show 1 small balance (under $0.01)').check();
    expect(await tokenRows(page, 1)).toContain('DUST | 0.007812 DUST | <$0.01');
    await page.getByLabel('Show 1 small balance (under $0.01)').uncheck();

    // Every other chain points at a closed port: shown unavailable (never zero), with a reason and a retry.
    const unavailable = page.locator('.chain-unavailable[data-status="unavailable"]');
    expect(await unavailable.count()).toBe(12);
    expect(await unavailable.locator('.chain-reason').first().textContent()).not.toBe('');
    await page.getByRole('button', { name: 'Retry 12 chains unavailable' }).waitFor();

    // Collapsing a chain hides its rows.
    const ethereumToggle = page.locator('.chain-group[data-chain-id="1"] .chain-toggle');
    await ethereumToggle.click();
    expect(await ethereumToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.chain-group[data-chain-id="1"] .token-list').isHidden()).toBe(true);
    await ethereumToggle.click();

    // Someone sends the holder 50 USDC on Base; refresh shows it.
    const base = seeded(8453);
    const sender = testWalletClient(base.chain, ANVIL_PRIVATE_KEYS[1]);
    // Funded by a storage write, so the holder pays no gas and its ETH stays exact.
    await setTestTokenBalance(base.chain, base.addresses.USDC!, sender.account!.address, 50_000_000n);
    const hash = await sender.writeContract({
      address: base.addresses.USDC!, abi: erc20Abi, functionName: 'transfer', args: [world.holder, 50_000_000n], account: sender.account!, chain: sender.chain,
    });
    await testPublicClient(base.chain).waitForTransactionReceipt({ hash });
    await page.getByRole('button', { name: 'Refresh balances' }).click();
    await page.locator('.chain-group[data-chain-id="8453"] .token-row[data-symbol="USDC"] .token-amount', { hasText: '150 USDC' }).waitFor({ timeout: 30_000 });
    expect(await tokenRows(page, 8453)).toEqual(['ETH | 0.25 ETH | $500.00', 'USDC | 150 USDC | $150.00']);
    expect(await page.getByTestId('portfolio-total').textContent()).toBe('$4,910.01');

    // A reload keeps the connection: no modal, the holdings come back.
    const connectRequests = wallet.requestsFor('eth_requestAccounts').length;
    await page.reload();
    await page.getByTestId('portfolio-total').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('portfolio-total').textContent()).toBe('$4,910.01');
    expect(await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).count()).toBe(0);
    expect(wallet.requestsFor('eth_requestAccounts').length).toBe(connectRequests);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
