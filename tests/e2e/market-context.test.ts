import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { articleSchema, newsPageSchema, type Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestRawItems } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { mintTestToken, setNativeBalance } from '../support/contracts/deploy';
import { TRADER } from '../support/fake-lifi/trade-world';
import { ARB, BASE, connectInjectedWallet, erc20, openWalletPage, startTradeStage, waitForPhase, waitForReview, type TradeStage } from './trade-fixture';

const E18 = 10n ** 18n;
const HOUR_MS = 3_600_000;

/** Stories ingested through the real path (sanitise, offline analysis, store), dated `hoursAgo`. */
const STORIES = {
  exploit: {
    title: 'Wrapped Ether vaults drained in $310 million exploit',
    link: 'https://securitydesk.example/weth-vaults-exploit',
    hoursAgo: 3,
    html: `<p>Attackers drained $310 million of Wrapped Ether (WETH) from lending vaults in a major exploit, the largest hack
      of the quarter. WETH liquidity collapsed and withdrawals were halted while investigators traced the stolen funds.</p>
      <p>Security firms said the vulnerability affected several protocols holding WETH and warned users to revoke approvals.</p>`,
  },
  fed: {
    title: 'Federal Reserve holds rates as bitcoin trades sideways',
    link: 'https://macrodesk.example/fed-holds',
    hoursAgo: 2,
    html: `<p>The Federal Reserve held interest rates steady on Wednesday, and bitcoin (BTC) traded sideways as investors
      weighed the outlook for inflation and growth.</p><p>Analysts said the decision was widely expected by markets.</p>`,
  },
  podcast: {
    title: 'Community podcast celebrates its 100th episode',
    link: 'https://communitydesk.example/podcast-100',
    hoursAgo: 1,
    html: `<p>A community podcast about open-source software celebrated its 100th episode with a listener quiz.</p>
      <p>The hosts thanked the guests who joined them over the years and announced a new season.</p>`,
  },
  since: {
    title: 'Wrapped Ether vaults reopen after the exploit is patched',
    link: 'https://securitydesk.example/weth-vaults-reopen',
    hoursAgo: 0,
    html: `<p>Lending vaults holding Wrapped Ether (WETH) reopened on Friday after developers patched the flaw and an audit
      firm reviewed the fix.</p><p>Deposits of WETH recovered part of the week's outflows as users returned.</p>`,
  },
} as const;
type StoryKey = keyof typeof STORIES;

async function ingestStory(server: RunningServer, key: StoryKey): Promise<Article> {
  const story = STORIES[key];
  const report = await ingestRawItems([{ title: story.title, link: story.link, html: story.html, date: new Date(Date.now() - story.hoursAgo * HOUR_MS).toISOString() }],
    { feed: 'market-context', source: 'Desk' }, newsServicesFor(server.ctx));
  if (report.new !== 1) throw new Error(`story ${key} not stored: ${JSON.stringify(report)}`);
  const page = v.parse(newsPageSchema, await (await fetch(`${server.url}/api/news?q=${encodeURIComponent(story.title)}`)).json());
  return v.parse(articleSchema, page.articles[0]);
}

let stage: TradeStage;
const stories = {} as Record<Exclude<StoryKey, 'since'>, Article>;

beforeAll(async () => {
  stage = await startTradeStage();
  // The trader holds 1 ETH and 1,000 USDC on each chain and 4 WETH on Base: $8,000 of $14,000 priced is WETH (57 %).
  for (const chainId of [BASE, ARB]) await setNativeBalance(stage.world.chains[chainId]!.anvil, TRADER.address, E18);
  const base = stage.world.chains[BASE]!;
  await mintTestToken(base.anvil, base.weth.address as `0x${string}`, TRADER.address, 4n * E18);
  for (const key of ['exploit', 'fed', 'podcast'] as const) stories[key] = await ingestStory(stage.server, key);
});

afterAll(async () => {
  await stage?.close();
});

const cards = (page: Page) => page.locator('.news-card');
const cardOf = (page: Page, article: Article) => page.locator(`.news-card[data-article-id="${article.id}"]`);
const history = (page: Page) => page.locator('[data-testid="trade-history"] li');

describe('market context in Chromium (anvil Base + Arbitrum, fake LI.FI, offline analyser and agent, injected wallet)', () => {
  it('a held token\'s security story: the exposure badge and banner, first in For you, in the news check that holds Sign until confirmed, and in the journal after the trade', async () => {
    const { exploit, fed, podcast } = stories;
    expect(exploit.sentiment).toBe('bearish');
    expect(exploit.entities.tokens.map((t) => t.symbol)).toEqual(['WETH']);
    const { page, wallet, errors } = await openWalletPage(stage);
    await connectInjectedWallet(page);

    // With the wallet, the feed carries exposure: only the WETH story concerns the portfolio.
    const badge = cardOf(page, exploit).getByTestId('exposure-badge');
    await badge.waitFor({ timeout: 30_000 });
    expect(await badge.textContent()).toBe('57 % of your portfolio');
    expect(await cardOf(page, fed).getByTestId('exposure-badge').count()).toBe(0);
    expect(await cards(page).first().getAttribute('data-article-id')).toBe(podcast.id);

    // For you: importance × exposure puts the held token's story first, and the URL keeps the order.
    await page.getByLabel('Order').selectOption('for-you');
    await page.waitForURL(/[?&]order=for-you/);
    await cards(page).first().and(page.locator(`[data-article-id="${exploit.id}"]`)).waitFor();
    expect(await cardOf(page, podcast).count()).toBe(1);

    // The article's banner names the holding.
    await cardOf(page, exploit).locator('.news-card-link').click();
    const dialog = page.getByRole('dialog');
    const banner = dialog.getByTestId('exposure-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^This story concerns 57 % of your portfolio: WETH on Base\./);

    // Act on it: the agent proposes selling part of the WETH and says the review will ask for the confirmation.
    await dialog.getByRole('button', { name: 'Act on this with AI' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const agent = page.locator('section.agent');
    const card = agent.locator('.proposal-card').filter({ has: page.locator('.proposal-leg-text', { hasText: /^You send1 WETHon Base/ }) });
    await card.waitFor({ timeout: 60_000 });
    await agent.locator('.agent-turn-agent').last().and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
    expect(await agent.locator('.agent-turn-agent').last().locator('.agent-bubble-agent').textContent()).toContain('the review will ask you to confirm you have read it before signing');
    await card.getByTestId('news-check').locator(`li[data-article-id="${exploit.id}"][data-incident]`).waitFor();

    // The route review lists the story with its sentiment and link; Sign waits for the confirmation, from the first frame on.
    await page.evaluate(() => {
      const w = window as unknown as { __earlySign?: string };
      new MutationObserver(() => {
        const button = document.querySelector('[data-testid="sign-button"]') as HTMLButtonElement | null;
        const confirm = document.querySelector('[data-testid="news-check-confirm"]') as HTMLInputElement | null;
        if (button && !button.disabled && !confirm?.checked && w.__earlySign === undefined) {
          w.__earlySign = document.querySelector('[data-testid="route-review"] [data-testid="news-check"]')?.textContent ?? 'no news check';
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await card.getByRole('button', { name: 'Review & sign' }).click();
    await waitForReview(page);
    const review = page.getByTestId('route-review');
    const check = review.getByTestId('news-check');
    const item = check.locator(`li[data-article-id="${exploit.id}"]`);
    await item.waitFor();
    expect(await check.getAttribute('role')).toBe('alert');
    expect(await item.getAttribute('data-incident')).toBe('true');
    expect(await item.locator('.sentiment').textContent()).toMatch(/Bearish/i);
    expect(await item.getByRole('link', { name: exploit.title }).getAttribute('href')).toBe(exploit.url);
    expect(await item.textContent()).toContain('WETH');
    const sign = page.getByTestId('sign-button');
    expect(await sign.isDisabled()).toBe(true);
    expect(await review.locator('p.trade-help').textContent()).toBe('Confirm above that you have read the security news to enable signing.');
    await check.getByTestId('news-check-confirm').check();
    await page.locator('[data-testid="sign-button"]:not([disabled])').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __earlySign?: string }).__earlySign)).toBeUndefined();

    // Sign the exact approval and the swap on anvil.
    const base = stage.world.chains[BASE]!;
    await sign.click();
    await waitForPhase(page, 'done');
    expect(wallet.requestsFor('eth_sendTransaction')).toHaveLength(2);
    expect(await erc20(stage.world, BASE, base.weth.address, 'balanceOf')).toBe(3n * E18);

    // The journal keeps the story that led to the trade.
    const journal = history(page).first().getByTestId('trade-journal');
    await journal.waitFor();
    expect(await journal.locator('cite').textContent()).toBe(exploit.title);
    expect(await journal.locator('cite').getAttribute('data-article-id')).toBe(exploit.id);
    expect(await journal.getByTestId('story-since').count()).toBe(0);

    // A newer story on WETH arrives: after a reload the journal shows it as the story since.
    const since = await ingestStory(stage.server, 'since');
    await page.reload();
    const storySince = history(page).first().getByTestId('story-since');
    await storySince.waitFor({ timeout: 60_000 });
    expect(await storySince.getByRole('link').allTextContents()).toEqual([since.title]);
    expect(await history(page).first().getByTestId('trade-journal').locator('cite').textContent()).toBe(exploit.title);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
