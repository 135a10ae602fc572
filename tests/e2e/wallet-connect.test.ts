import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { browserErrors, expectBrowserErrors } from '../support/browser-errors';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startLatencyProxy, type LatencyProxy } from '../support/faulty-rpc';
import { injectWallet, type InjectedWallet } from '../support/injected-wallet';
import { startTestServer } from '../support/server';
import { seedPortfolioWorld, type PortfolioWorld } from '../integration/portfolio-fixture';

const E18 = 10n ** 18n;
let world: PortfolioWorld;
let lifi: FakeLifi;
let slowEthereum: LatencyProxy;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  world = await seedPortfolioWorld([
    { chainId: 1, nativeBalance: E18, nativePriceUSD: '2000', tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 5_000_000n, priceUSD: '1' }] },
    { chainId: 8453, nativeBalance: 0n, nativePriceUSD: '2000', tokens: [] },
  ]);
  lifi = await startFakeLifi({ tokens: world.lifiTokens });
  // Ethereum answers the server slowly, so an account switch lands while the first account still loads.
  slowEthereum = await startLatencyProxy(world.chains[0]!.chain.rpcUrl, { delayMs: 1500 });
  server = await startTestServer({
    spa: true, jobs: false,
    env: { LIFI_API_URL: lifi.apiUrl, RPC_URL_1: slowEthereum.url, RPC_URL_8453: world.chains[1]!.chain.rpcUrl },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await slowEthereum?.close();
  await lifi?.close();
  await world?.stop();
});

async function open(): Promise<{ page: Page; wallet: InjectedWallet; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const wallet = await injectWallet(page, { rpcUrls: Object.fromEntries(world.chains.map(({ chain }) => [chain.chainId, chain.rpcUrl])), chainId: 1 });
  await page.goto(server.url);
  return { page, wallet, errors: browserErrors(page) };
}

const header = (page: Page) => page.locator('#header-wallet-slot');
const total = (page: Page) => page.getByTestId('portfolio-total');
/** RainbowKit's chain button (aria-label "Chain Selector") showing `chainName`. */
const chainButton = (page: Page, chainName: string) => header(page).getByRole('button', { name: 'Chain Selector' }).filter({ hasText: chainName });

async function pickTestWallet(page: Page): Promise<void> {
  await header(page).getByRole('button', { name: 'Connect Wallet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Test Wallet' }).click();
}

describe('wallet in Chromium', () => {
  it('survives a rejected connection, then connects, switches chains (adding an unknown one) and disconnects for good', async () => {
    const { page, wallet } = await open();
    wallet.rejectNext('wallet_requestPermissions');
    await pickTestWallet(page);
    await expect.poll(() => wallet.requestsFor('wallet_requestPermissions')[0]?.error?.code).toBe(4001);
    expect(wallet.authorized).toBe(false);
    expect(await total(page).count()).toBe(0);

    // Close the modal and try again: this time the wallet approves.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await pickTestWallet(page);
    await total(page).waitFor({ timeout: 30_000 });
    expect(wallet.authorized).toBe(true);
    await chainButton(page, 'Ethereum').waitFor();

    // The chain switcher: Base is known to the wallet.
    await chainButton(page, 'Ethereum').click();
    await page.getByRole('dialog').getByRole('button', { name: /Base/ }).click();
    await chainButton(page, 'Base').waitFor();
    expect(wallet.chainId).toBe(8453);
    expect(wallet.requestsFor('wallet_switchEthereumChain').at(-1)?.params).toEqual([{ chainId: '0x2105' }]);

    // Optimism is not: the wallet answers 4902, the app adds the chain (with the server's RPC list) and switches.
    // Its RPC is the test server's closed port 9, which Chromium refuses when the header reads the balance there.
    expectBrowserErrors(page, [/^console error: Failed to load resource: net::ERR_UNSAFE_PORT \(at http:\/\/127\.0\.0\.1:9\/:0\)$/]);
    await chainButton(page, 'Base').click();
    await page.getByRole('dialog').getByRole('button', { name: /Optimism/ }).click();
    await chainButton(page, 'Optimism').waitFor();
    expect(wallet.requestsFor('wallet_switchEthereumChain').some((r) => r.error?.code === 4902)).toBe(true);
    const added = wallet.requestsFor('wallet_addEthereumChain')[0]?.params as [{ chainId: string; rpcUrls: string[] }];
    expect(added[0].chainId).toBe('0xa');
    expect(added[0].rpcUrls).toEqual(['http://127.0.0.1:9']);
    expect(wallet.chainId).toBe(10);

    // Disconnect from the account modal; a reload stays disconnected.
    await header(page).getByRole('button', { name: /0xf3/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
    await header(page).getByRole('button', { name: 'Connect Wallet' }).waitFor();
    await page.getByText('Connect a wallet to see what it holds').waitFor();
    await page.reload();
    await header(page).getByRole('button', { name: 'Connect Wallet' }).waitFor();
    expect(await total(page).count()).toBe(0);
    await page.context().close();
  });

  it('shows only the new account after a switch in the middle of loading', async () => {
    const { page, wallet, errors } = await open();
    // The first account's request either answers late or is cancelled on the switch; either way it must not show.
    const isFirst = (url: string) => url.toLowerCase().endsWith(`/api/portfolio/${world.holder.toLowerCase()}`);
    const firstAccountAnswer = new Promise<void>((settled) => {
      page.on('requestfinished', (request) => isFirst(request.url()) && settled());
      page.on('requestfailed', (request) => isFirst(request.url()) && settled());
    });
    await pickTestWallet(page);
    await page.getByText('Reading balances on every chain…').waitFor();
    const second = wallet.accounts[1]!;
    await wallet.switchAccount(1);

    await page.locator('.portfolio-address', { hasText: `${second.slice(0, 6)}…${second.slice(-4)}` }).waitFor({ timeout: 30_000 });
    await total(page).waitFor({ timeout: 30_000 });
    // Anvil's account 1 holds 10 000 ETH on each of the two live chains at $2000; account 0 holds 1 ETH + 5 USDC.
    expect(await total(page).textContent()).toBe('$40,000,000.00');
    // Let the first account's slow answer arrive; it must not replace what is shown.
    await firstAccountAnswer;
    await page.waitForFunction(() => true); // one more turn of the page's event loop
    expect(await total(page).textContent()).toBe('$40,000,000.00');
    expect(await page.locator('.token-row[data-symbol="USDC"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
