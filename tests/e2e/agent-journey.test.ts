import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as v from 'valibot';
import { newsPageSchema, type Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { browserErrors, expectBrowserErrors } from '../support/browser-errors';
import { startRevertingRpc } from '../support/faulty-rpc';
import type { LoopbackServer } from '../support/loopback-http';
import { startTradeWorld, TRADER, type TradeWorld } from '../support/fake-lifi/trade-world';
import { injectWallet, type InjectedWallet } from '../support/injected-wallet';
import { startTestServer } from '../support/server';
import { BASE, erc20, waitForPhase, waitForReview } from './trade-fixture';

// Low enough that the last test meets the per-address limit after a handful of messages.
const RATE_LIMIT_PER_MINUTE = 3;

let world: TradeWorld;
let server: RunningServer;
let browser: Browser;
let hack: Article;
let ethereum: LoopbackServer;

beforeAll(async () => {
  world = await startTradeWorld({ chainIds: [BASE, 42161] });
  // Ethereum is not in this world; RainbowKit still asks it for the account's ENS name.
  ethereum = await startRevertingRpc();
  const rpcEnv = { RPC_URL_1: ethereum.url, ...Object.fromEntries(Object.values(world.chains).map((c) => [`RPC_URL_${c.anvil.chainId}`, c.anvil.rpcUrl])) };
  // Jobs on: the sample corpus is loaded, so there are articles to act on. No OpenAI key: the offline brain answers.
  server = await startTestServer({ spa: true, jobs: true, env: { LIFI_API_URL: world.fake.apiUrl, AGENT_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE), ...rpcEnv } });
  const news = v.parse(newsPageSchema, await (await fetch(`${server.url}/api/news?limit=50`)).json());
  // A bearish, important story naming ETH and USDC, which the trader holds.
  hack = news.articles.find((a) => a.sentiment === 'bearish' && a.importance >= 7 && a.entities.tokens.some((t) => t.symbol === 'ETH'))!;
  expect(hack).toBeDefined();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await world?.close();
  await ethereum?.close();
});

async function openPage(width: number): Promise<{ page: Page; wallet: InjectedWallet; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 1000 } });
  const page = await context.newPage();
  const rpcUrls = Object.fromEntries(Object.values(world.chains).map((c) => [c.anvil.chainId, c.anvil.rpcUrl]));
  const wallet = await injectWallet(page, { rpcUrls, privateKeys: [TRADER.privateKey], chainId: BASE });
  await page.goto(server.url);
  await page.locator('.agent').waitFor({ timeout: 60_000 });
  return { page, wallet, errors: browserErrors(page) };
}

const agent = (page: Page) => page.locator('section.agent');
const lastReply = (page: Page) => agent(page).locator('.agent-turn-agent').last();
const liveRegion = (page: Page) => agent(page).locator('[role="status"][aria-live="polite"]');

const answerCount = (page: Page) => agent(page).locator('.agent-turn-agent').count();

/** Waits for answer number `index` (0-based) to finish streaming and returns its text. */
async function settledReply(page: Page, index: number): Promise<string> {
  const turn = agent(page).locator('.agent-turn-agent').nth(index);
  await turn.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
  const bubble = turn.locator('.agent-bubble-agent');
  return (await bubble.count()) ? ((await bubble.textContent()) ?? '') : '';
}

async function ask(page: Page, text: string): Promise<string> {
  const before = await answerCount(page);
  const input = agent(page).getByLabel('Message the agent');
  await input.fill(text);
  await input.press('Enter');
  return settledReply(page, before);
}

/** Opens the article from its card and presses "Act on this with AI"; returns the agent's answer. */
async function actOnArticle(page: Page, article: Article): Promise<string> {
  const before = await answerCount(page);
  await page.locator('.news-card-link', { hasText: article.title }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Act on this with AI' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The panel takes focus once the dialog has closed (the dialog gives focus back to the card first).
  await page.waitForFunction(() => document.activeElement?.id === 'agent-title');
  return settledReply(page, before);
}

describe('agent panel in Chromium (offline brain, anvil, fake LI.FI, injected wallet)', () => {
  it('without a wallet: says proposals need one, answers from the keyboard, and explains an article it cites', async () => {
    const { page, wallet, errors } = await openPage(390);
    await agent(page).getByText('Proposals need a connected wallet.').waitFor();

    // A suggestion, from the keyboard.
    const suggestion = agent(page).getByRole('button', { name: 'What do I hold on Base?' });
    await suggestion.focus();
    await page.keyboard.press('Enter');
    expect(await settledReply(page, 0)).toBe('Connect a wallet and I can read your balances on every supported chain.');

    // Typed, sent with Enter: understood, but no card without an account.
    const reply = await ask(page, 'swap 100 USDC to WETH on base');
    expect(reply).toContain('Connect a wallet');
    expect(reply).toContain('I only propose trades for a connected account');
    expect(await agent(page).locator('.proposal-card').count()).toBe(0);

    const answer = await actOnArticle(page, hack);
    // At 390 px the panel sits far below the news: it was scrolled into view (and stayed there after the dialog closed).
    expect(await page.evaluate(() => {
      const box = document.getElementById('agent-title')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(answer).toContain(`"${hack.title}"`);
    expect(answer).toMatch(/Connect a wallet and I can tell you how it relates to what you hold/);
    expect(await lastReply(page).locator('xpath=preceding-sibling::li[1]').locator('.agent-about cite').textContent()).toBe(hack.title);
    expect(await liveRegion(page).textContent()).toBe(`Agent: ${answer}`);
    // Nothing was asked of the wallet, and the page never scrolls sideways at 390 px.
    expect(wallet.authorized).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe('with a connected wallet', () => {
    let page: Page;
    let wallet: InjectedWallet;
    let errors: string[];

    beforeAll(async () => {
      ({ page, wallet, errors } = await openPage(1280));
      await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Test Wallet' }).click();
      await page.locator('#trade-amount').waitFor({ timeout: 60_000 });
      await agent(page).getByText('Proposals need a connected wallet.').waitFor({ state: 'detached' });
    });

    afterAll(async () => {
      await page?.context().close();
    });

    it('asks for a swap, shows a card, opens the trade review prefilled with it, signs approval + swap, and the portfolio updates', async () => {
      const base = world.chains[BASE]!;
      const usdcBefore = await erc20(world, BASE, base.usdc.address, 'balanceOf');
      const wethBefore = await erc20(world, BASE, base.weth.address, 'balanceOf');

      const reply = await ask(page, 'swap 100 USDC to WETH on base');
      expect(reply).toContain('swap 100 USDC on Base for WETH');
      const card = agent(page).locator('.proposal-card');
      expect(await card.count()).toBe(1);
      expect(await card.locator('.proposal-title').textContent()).toBe('Proposal: Swap on Base');
      const legs = await card.locator('.proposal-leg-text').allTextContents();
      expect(legs[0]).toBe('You send100 USDCon Base · $100.00');
      expect(legs[1]).toMatch(/^You get about[\d.]+ WETHon Base · \$[\d.,]+$/);
      expect(await card.locator('.proposal-route').textContent()).toContain('FakeSwap');
      expect(await card.locator('.proposal-route').textContent()).toMatch(/Minimum received[\d.]+ WETH/);
      expect(await liveRegion(page).textContent()).toMatch(/1 proposal below\.$/);

      expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(0);
      await card.getByRole('button', { name: 'Review & sign' }).click();
      // The trade form holds exactly this proposal; the trade feature fetched its own routes and checked them.
      await page.waitForFunction(() => (document.querySelector('#trade-amount') as HTMLInputElement | null)?.value === '100');
      expect(await page.locator('#trade-from-chain').inputValue()).toBe(String(BASE));
      expect(await page.locator('#trade-from-token').inputValue()).toBe(base.usdc.address.toLowerCase());
      expect(await page.locator('#trade-to-token').inputValue()).toBe(base.weth.address.toLowerCase());
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('trade-title');
      await waitForReview(page);
      expect(await page.getByTestId('review-send').textContent()).toContain('100 USDC on Base');
      // The news check lists the sample bridge hack (it names USDC as stolen from another bridge): worth reading, but
      // neither USDC nor FakeSwap was hit, so no security confirmation holds signing.
      const newsCheck = page.getByTestId('route-review').getByTestId('news-check');
      const story = newsCheck.locator(`li[data-article-id="${hack.id}"]`);
      await story.waitFor();
      expect(await story.getAttribute('data-incident')).toBeNull();
      expect(await story.getByRole('link').getAttribute('href')).toBe(hack.url);
      expect(await newsCheck.getByTestId('news-check-confirm').count()).toBe(0);
      expect(await page.getByTestId('route-review').locator('p.trade-help').textContent()).toBe('Your wallet asks you to confirm each transaction; nothing is sent without it.');
      // Still nothing sent: only the user's press in the review starts signing.
      expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(0);

      await page.getByTestId('sign-button').click();
      await waitForPhase(page, 'done');
      expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(2); // the exact approval, then the swap
      expect(await erc20(world, BASE, base.usdc.address, 'balanceOf')).toBe(usdcBefore - 100_000_000n);
      expect(await erc20(world, BASE, base.weth.address, 'balanceOf')).toBeGreaterThan(wethBefore);
      await page.locator('.chain-group[data-chain-id="8453"] .token-row[data-symbol="USDC"] .token-amount', { hasText: '900 USDC' }).waitFor({ timeout: 30_000 });
      await page.locator('.chain-group[data-chain-id="8453"] .token-row[data-symbol="WETH"]').waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
    });

    it('"Act on this with AI" relates the story to the holdings; its cards cite the article; dismiss and new conversation', async () => {
      const answer = await actOnArticle(page, hack);
      expect(answer).toContain(`"${hack.title}"`);
      expect(answer).toMatch(/You hold .*ETH on Base/);
      const cards = agent(page).locator('.agent-turn-agent').last().locator('.proposal-card');
      const count = await cards.count();
      expect(count).toBeGreaterThan(0);
      for (const source of await cards.locator('.proposal-source cite').allTextContents()) expect(source).toBe(hack.title);
      expect(await cards.first().locator('.proposal-requested').textContent()).toBe('You asked for 25% of your ETH.');

      // From the keyboard: focus moves on to the next card (or the conversation) when a card goes.
      await cards.first().getByRole('button', { name: /^Dismiss/ }).focus();
      await page.keyboard.press('Enter');
      expect(await cards.count()).toBe(count - 1);
      expect(await page.evaluate(() => document.activeElement?.closest('.agent-messages') !== null)).toBe(true);
      expect(await lastReply(page).locator('.agent-note').first().textContent()).toBe('1 proposal dismissed.');

      await agent(page).getByRole('button', { name: 'New conversation' }).click();
      await agent(page).getByRole('button', { name: 'Swap half my USDC on Arbitrum to ETH' }).waitFor();
      expect(await agent(page).locator('.agent-turn').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('agent-input'))).toBe(true);
      expect(errors).toEqual([]);
    });

    it('too many messages: says how long to wait and offers a retry; the panel stays usable', async () => {
      // The per-address budget is RATE_LIMIT_PER_MINUTE a minute; at most that many more messages reach it.
      expectBrowserErrors(page, [/^console error: Failed to load resource: the server responded with a status of 429 \(Too Many Requests\) \(at http:\/\/127\.0\.0\.1:\d+\/api\/agent\/chat\/stream:0\)$/]);
      let failure = '';
      for (let sent = 0; sent <= RATE_LIMIT_PER_MINUTE && !failure; sent += 1) {
        await ask(page, 'What do I hold on Base?');
        const alert = lastReply(page).locator('.agent-failure');
        if (await alert.count()) failure = (await alert.locator('p').textContent()) ?? '';
      }
      expect(failure).toMatch(/^Too many requests, try again in \d+ s\.$/);
      expect(await lastReply(page).getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
      expect(await agent(page).getByLabel('Message the agent').isEditable()).toBe(true);
    });
  });
});
