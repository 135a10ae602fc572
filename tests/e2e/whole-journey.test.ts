import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleWithRelated } from '@/domain/article';
import { mintTestToken } from '../support/contracts/deploy';
import { FEATURED, ingestFeaturedArticle, startPictureHost } from '../support/featured-article';
import type { LoopbackServer } from '../support/loopback-http';
import { TRADER } from '../support/fake-lifi/trade-world';
import { BASE, connectInjectedWallet, erc20, openWalletPage, startTradeStage, waitForPhase, waitForReview, type TradeStage } from './trade-fixture';

const WETH = 10n ** 18n;

let stage: TradeStage;
let pictures: LoopbackServer;
let article: ArticleWithRelated;

beforeAll(async () => {
  pictures = await startPictureHost();
  stage = await startTradeStage({}, { imageHosts: [pictures.url] });
  // The trader holds 4 WETH on Base beside the world's USDC and ETH: the story is about WETH.
  const base = stage.world.chains[BASE]!;
  await mintTestToken(base.anvil, base.weth.address as `0x${string}`, TRADER.address, 4n * WETH);
  article = await ingestFeaturedArticle(stage.server, pictures);
});

afterAll(async () => {
  await stage?.close();
  await pictures?.close();
});

const tokenAmount = (page: Page, symbol: string) => page.locator(`.chain-group[data-chain-id="${BASE}"] .token-row[data-symbol="${symbol}"] .token-amount`);
const history = (page: Page) => page.locator('[data-testid="trade-history"] li');

describe('the whole journey in Chromium (anvil Base + Arbitrum, fake LI.FI, offline agent, injected wallet)', () => {
  it('reads an article, connects, acts on it with AI, signs the approval and the swap, and finds the history after a reload', async () => {
    const base = stage.world.chains[BASE]!;
    expect(article.sentiment).toBe('bearish');
    expect(article.importance).toBeGreaterThanOrEqual(7);
    const { page, wallet, errors } = await openWalletPage(stage);

    // Read the article: byline, the picture through our proxy with its credit, the original link.
    await page.locator('.news-card-link', { hasText: FEATURED.title }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-takeaways').waitFor();
    expect(await dialog.locator('.article-author').textContent()).toBe(`By ${FEATURED.author}`);
    expect(await dialog.locator('.article-image').getAttribute('src')).toBe(`/api/image?url=${encodeURIComponent(article.imageUrl!)}`);
    await dialog.locator('.article-image').evaluate((img: HTMLImageElement) => img.decode());
    expect(await dialog.locator('.article-figure figcaption').textContent()).toBe(`Image via ${FEATURED.source}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Connect the injected wallet and see the balances.
    await connectInjectedWallet(page);
    await tokenAmount(page, 'WETH').filter({ hasText: '4 WETH' }).waitFor({ timeout: 30_000 });
    await tokenAmount(page, 'USDC').filter({ hasText: '1,000 USDC' }).waitFor();
    expect(await history(page).count()).toBe(0);

    // "Act on this with AI": the agent relates the story to the WETH held and proposes moving a quarter to USDC.
    await page.locator('.news-card-link', { hasText: FEATURED.title }).click();
    await dialog.getByRole('button', { name: 'Act on this with AI' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const agent = page.locator('section.agent');
    const card = agent.locator('.proposal-card').filter({ has: page.locator('.proposal-leg-text', { hasText: /^You send1 WETHon Base/ }) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.locator('.proposal-source cite').textContent()).toBe(FEATURED.title);
    expect(await card.locator('.proposal-leg-text').nth(1).textContent()).toMatch(/^You get about[\d,.]+ USDCon Base/);
    expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(0);

    // Review it: the trade review holds exactly that proposal and names the exact approval.
    await card.getByRole('button', { name: 'Review & sign' }).click();
    await waitForReview(page);
    const review = page.getByTestId('route-review');
    expect(await review.getByTestId('review-send').textContent()).toContain('1 WETH on Base');
    expect(await review.getByTestId('review-approvals').textContent()).toContain('Approve exactly 1 WETH');

    // Sign the approval and the swap, and watch it finish.
    const usdcBefore = await erc20(stage.world, BASE, base.usdc.address, 'balanceOf');
    // The review's news check cites the same story as an incident; signing waits until the user says they read it.
    await page.getByRole('checkbox', { name: /I have read this security news/ }).check();
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'done');
    expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(2);
    expect(await erc20(stage.world, BASE, base.weth.address, 'balanceOf')).toBe(3n * WETH);
    const usdcAfter = await erc20(stage.world, BASE, base.usdc.address, 'balanceOf');
    expect(usdcAfter).toBeGreaterThan(usdcBefore);
    expect(await erc20(stage.world, BASE, base.weth.address, 'allowance', base.router)).toBe(0n);

    // The balances and the history change on the page.
    await tokenAmount(page, 'WETH').filter({ hasText: '3 WETH' }).waitFor({ timeout: 30_000 });
    await tokenAmount(page, 'USDC').filter({ hasNotText: '1,000 USDC' }).waitFor({ timeout: 30_000 });
    await history(page).first().waitFor();
    const entry = { id: await history(page).first().getAttribute('data-route-id'), text: await history(page).first().locator('p').first().textContent() };
    expect(await history(page).count()).toBe(1);
    expect(await history(page).first().getAttribute('data-phase')).toBe('done');
    expect(entry.text).toContain('1 WETH (Base) → USDC (Base)');

    // Reload: the wallet reconnects by itself and the history is intact, with nothing new asked of the wallet.
    await page.reload();
    await tokenAmount(page, 'WETH').filter({ hasText: '3 WETH' }).waitFor({ timeout: 60_000 });
    await history(page).first().waitFor({ timeout: 30_000 });
    expect(await history(page).count()).toBe(1);
    expect(await history(page).first().getAttribute('data-route-id')).toBe(entry.id);
    expect(await history(page).first().getAttribute('data-phase')).toBe('done');
    expect(await history(page).first().locator('p').first().textContent()).toBe(entry.text);
    expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(2);
    // The picture came through our proxy from the picture host, never straight from the page.
    expect(pictures.requests.filter((r) => r.path === FEATURED.picturePath)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
