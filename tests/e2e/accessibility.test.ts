import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleWithRelated } from '@/domain/article';
import { seriousViolations } from '../support/axe';
import { FEATURED, ingestFeaturedArticle, startPictureHost } from '../support/featured-article';
import { walkWithTab } from '../support/keyboard-walk';
import type { LoopbackServer } from '../support/loopback-http';
import { BASE, chooseTrade, openTradePage, openWalletPage, startTradeStage, waitForReview, type TradePage, type TradeStage } from './trade-fixture';

let stage: TradeStage;
let pictures: LoopbackServer;
let article: ArticleWithRelated;

beforeAll(async () => {
  pictures = await startPictureHost();
  // Jobs on: the sample news fills the feed. The featured article has a byline and a picture.
  stage = await startTradeStage({}, { jobs: true, imageHosts: [pictures.url] });
  article = await ingestFeaturedArticle(stage.server, pictures);
});

afterAll(async () => {
  await stage?.close();
  await pictures?.close();
});

/** axe finds nothing serious or critical, and Tab reaches every control of `scope` with a visible focus indicator. */
async function expectAccessible(page: Page, scope: string): Promise<void> {
  expect(await seriousViolations(page, scope)).toEqual([]);
  const walk = await walkWithTab(page, scope);
  expect(walk.stops.length).toBeGreaterThan(0);
  expect(walk.unreached, `Tab stops:\n${walk.stops.join('\n')}`).toEqual([]);
  expect(walk.noVisibleFocus).toEqual([]);
}

describe('accessibility in Chromium (axe-core: WCAG 2.1 A/AA and best practices; keyboard)', () => {
  describe('without a wallet', () => {
    let opened: TradePage;
    beforeAll(async () => {
      opened = await openWalletPage(stage);
      await opened.page.locator('.news-card').nth(19).waitFor({ timeout: 30_000 });
      await opened.page.locator('section.agent').waitFor({ timeout: 60_000 });
      // The side column paints as a stand-in and is replaced by its real code on the first input (Tab too),
      // which would leave the Tab walk's marks on nodes that are gone: check the stand-in with axe as it
      // paints, then bring in the real panels for the walk.
      expect(await seriousViolations(opened.page, '.app-side')).toEqual([]);
      await opened.page.mouse.move(1, 1);
      await opened.page.locator('section.agent:not([data-stand-in])').waitFor({ timeout: 60_000 });
    });
    afterAll(async () => opened?.page.context().close());

    it('the feed', async () => {
      await expectAccessible(opened.page, 'body');
      expect(opened.errors).toEqual([]);
    });

    it('an article (with byline and picture) in its dialog, and the How it works page it links to', async () => {
      const { page } = opened;
      await page.locator('.news-card-link', { hasText: FEATURED.title }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('.article-takeaways').waitFor();
      await dialog.locator('.article-image').evaluate((img: HTMLImageElement) => img.decode());
      await expectAccessible(page, 'dialog[open]');

      await dialog.getByRole('link', { name: 'How it works' }).click();
      await page.getByRole('heading', { level: 2, name: 'How it works' }).waitFor();
      await expectAccessible(page, 'body');
      expect(article.id).toBeTruthy();
      expect(opened.errors).toEqual([]);
    });
  });

  describe('with a connected wallet', () => {
    let opened: TradePage;
    beforeAll(async () => {
      opened = await openTradePage(stage);
      await opened.page.locator(`.chain-group[data-chain-id="${BASE}"] .token-row[data-symbol="USDC"]`).waitFor({ timeout: 30_000 });
    });
    afterAll(async () => opened?.page.context().close());

    it('the portfolio', async () => {
      await expectAccessible(opened.page, 'body');
    });

    it('the trade review', async () => {
      await chooseTrade(opened.page, { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: BASE, symbol: 'WETH' }, amount: '25' });
      await waitForReview(opened.page);
      await expectAccessible(opened.page, 'body');
    });

    it('the agent panel with a proposal card', async () => {
      const { page } = opened;
      const agent = page.locator('section.agent');
      const input = agent.getByLabel('Message the agent');
      await input.fill('swap 100 USDC to WETH on base');
      await input.press('Enter');
      await agent.locator('.proposal-card').waitFor({ timeout: 60_000 });
      await agent.locator('.agent-turn-agent[aria-busy="false"]').last().waitFor({ timeout: 60_000 });
      await expectAccessible(page, 'body');
      expect(opened.errors).toEqual([]);
    });
  });
});
