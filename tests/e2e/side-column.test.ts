import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import type { RunningServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { browserErrors } from '../support/browser-errors';
import { startTestServer } from '../support/server';

// The side column (Connect, portfolio prompt, agent) paints as a light stand-in and loads its code on the
// user's first move, press, key, scroll or focus. Whatever was done in the stand-in carries over.

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ spa: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SIDE_CODE = /\/assets\/(wallet-area|agent-panel|wallet-stack)-[^/]*\.js$/;

interface Opened {
  page: Page;
  errors: string[];
  /** Paths of the side column's chunks fetched so far. */
  sideCode: string[];
  /** Lets the held wallet-area chunk through (when opened with `hold`). */
  release: () => void;
}

/** Opens the news page (or `path`) at 1280 px; with `hold`, the wallet-area chunk is held back until `release()`. */
async function open(hold = false, path = '/'): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const sideCode: string[] = [];
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (SIDE_CODE.test(path)) sideCode.push(path);
  });
  let release = () => {};
  if (hold) {
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/wallet-area-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
  }
  await page.goto(new URL(path, server.url).href);
  await page.locator('.news-card').first().waitFor({ timeout: 30_000 });
  await standIn(page).waitFor();
  return { page, errors: browserErrors(page), sideCode, release };
}

const agent = (page: Page) => page.locator('section.agent');
const standIn = (page: Page) => page.locator('section.agent[data-stand-in]');
const realPanel = (page: Page) => page.locator('section.agent:not([data-stand-in])');
const composer = (page: Page) => agent(page).getByLabel('Message the agent');

/** Where the side column's parts sit, to prove the real code replaces the stand-in without moving anything. */
const layout = (page: Page) => page.evaluate(() => ['#header-wallet-slot button', '.app-side .portfolio', '.app-side .agent', '.agent-input'].map((selector) => {
  const box = document.querySelector(selector)!.getBoundingClientRect();
  return `${selector} ${box.x},${box.y} ${box.width}x${box.height}`;
}));

describe('the side column in Chromium', () => {
  it('paints a stand-in and fetches no wallet or agent code before any input; a pointer move brings the real panels', async () => {
    const { page, errors, sideCode } = await open();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(sideCode).toEqual([]);

    // The stand-in is the side column at 1280 px: Connect in the header, the portfolio prompt, the agent.
    expect(await page.locator('.app-side').isVisible()).toBe(true);
    expect(await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Portfolio' }).isVisible()).toBe(true);
    expect(await agent(page).getByRole('heading', { level: 2, name: 'Agent' }).isVisible()).toBe(true);
    expect(await agent(page).getByText('Proposals need a connected wallet.').isVisible()).toBe(true);
    expect(await composer(page).isVisible()).toBe(true);
    const before = await layout(page);
    const panelsAdded = await page.evaluateHandle(() => {
      const added: boolean[] = [];
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.addedNodes])) {
          if (node instanceof HTMLElement && node.querySelector('section.agent')) added.push(node.querySelector('section.agent')!.hasAttribute('data-stand-in'));
        }
      }).observe(document.querySelector('.app-side')!, { childList: true, subtree: true });
      return added;
    });

    await page.mouse.move(400, 300);
    await realPanel(page).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    // Replaced in one go: no second copy of the stand-in in between.
    expect(await panelsAdded.jsonValue()).toEqual([false]);
    expect(sideCode.some((path) => path.includes('/wallet-area-'))).toBe(true);
    // The wallet stack itself waits for a Connect (hover, focus or press).
    expect(sideCode.some((path) => path.includes('/wallet-stack-'))).toBe(false);
    expect(await layout(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focus into the agent box loads the real panel, which keeps the text typed meanwhile and the focus, and sends it', async () => {
    const { page, errors, sideCode, release } = await open(true);
    await composer(page).focus();
    await page.keyboard.type('What do I hold');
    expect(await standIn(page).count()).toBe(1);
    await expect.poll(() => sideCode.some((path) => path.includes('/wallet-area-'))).toBe(true);

    release();
    await realPanel(page).waitFor({ timeout: 30_000 });
    expect(await composer(page).inputValue()).toBe('What do I hold');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('agent-input'))).toBe(true);
    await page.keyboard.type(' on Base?');
    expect(await composer(page).inputValue()).toBe('What do I hold on Base?');
    await page.keyboard.press('Enter');
    const reply = agent(page).locator('.agent-turn-agent').first();
    await reply.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
    expect(await reply.locator('.agent-bubble-agent').textContent()).toBe('Connect a wallet and I can read your balances on every supported chain.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a suggestion pressed in the stand-in is asked once the real panel is in, exactly once', async () => {
    const { page, errors, release } = await open(true);
    await agent(page).getByRole('button', { name: 'What do I hold on Base?' }).click();
    expect(await standIn(page).getByRole('button', { name: 'Answering…' }).isDisabled()).toBe(true);

    release();
    const reply = agent(page).locator('.agent-turn-agent').first();
    await reply.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
    expect(await agent(page).locator('.agent-bubble-user').allTextContents()).toEqual(['What do I hold on Base?']);
    expect(await agent(page).locator('.agent-turn-agent').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Connect pressed in the stand-in opens the connect modal once the wallet has loaded, even when the code lands mid-press', async () => {
    const { page, errors, release } = await open(true);
    const connect = page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' });
    const box = (await connect.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // The code arrives while the button is held down: it must not replace the button under the press.
    release();
    await page.waitForTimeout(500);
    expect(await standIn(page).count()).toBe(1);
    await page.mouse.up();
    await page.getByRole('dialog').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hovering the stand-in\'s Connect loads the wallet stack too, before any press', async () => {
    const { page, errors, sideCode } = await open();
    await page.locator('#header-wallet-slot').getByRole('button', { name: 'Connect Wallet' }).hover();
    await expect.poll(() => sideCode.some((path) => path.includes('/wallet-stack-')), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an article opened from its URL takes focus without loading the side column\'s code', async () => {
    const { articles } = (await (await fetch(`${server.url}/api/news?limit=1`)).json()) as { articles: { id: string }[] };
    const { page, errors, sideCode } = await open(false, `/?article=${encodeURIComponent(articles[0]!.id)}`);
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(sideCode).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
