import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as v from 'valibot';
import { articleWithRelatedSchema, newsPageSchema, type NewsPage } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { launchBrowser, openPage } from '../support/browser';
import { expectBrowserErrors } from '../support/browser-errors';
import { startTestServer } from '../support/server';

let server: RunningServer;
let browser: Browser;

async function api(path: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.json();
}

const newsPage = async (search: string): Promise<NewsPage> => v.parse(newsPageSchema, await api(`/api/news?limit=20${search}`));

const cardTitles = (page: Page) => page.locator('.news-card-title').allTextContents();

/** Waits for the cards to show exactly these titles (the previous list stays up while a filter loads), then asserts it. */
async function expectTitles(page: Page, expected: string[]): Promise<void> {
  await page
    .waitForFunction(
      (titles) => JSON.stringify([...document.querySelectorAll('.news-card-title')].map((e) => e.textContent)) === JSON.stringify(titles),
      expected,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  expect(await cardTitles(page)).toEqual(expected);
}

const filterForm = (page: Page) => page.getByRole('search', { name: 'Filter news' });

beforeAll(async () => {
  server = await startTestServer({ spa: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('news feed in Chromium', () => {
  it('shows the feed, filters it through the URL, opens an article and closes it with Escape', async () => {
    const { page, errors } = await openPage(browser, server.url);
    const all = await newsPage('');
    expect(all.articles.length).toBeGreaterThanOrEqual(20);

    await expectTitles(page, all.articles.map((a) => a.title));
    const firstCard = page.locator('.news-card').first();
    expect(await firstCard.locator('.sample-marker').textContent()).toBe('Sample');
    expect(await firstCard.locator('.sentiment').textContent()).toMatch(/Bullish|Neutral|Bearish/);
    expect(await firstCard.locator('.importance').textContent()).toBe(`Importance ${all.articles[0]!.importance} of 10`);

    // Load more appends the next page.
    expect(all.nextCursor).not.toBeNull();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.locator('.news-feed-list > li').nth(20).waitFor();

    // Sentiment, then a token taken from the data so the combination is known to match.
    await filterForm(page).getByRole('radio', { name: /Bearish/ }).check();
    await page.waitForURL((url) => url.searchParams.get('sentiment') === 'bearish');
    const bearish = await newsPage('&sentiment=bearish');
    expect(bearish.articles.length).toBeGreaterThan(0);
    await expectTitles(page, bearish.articles.map((a) => a.title));
    expect(new Set(await page.locator('.news-card .sentiment').allTextContents())).toEqual(new Set(['▼ Bearish']));

    const token = bearish.articles.find((a) => a.entities.tokens.length > 0)!.entities.tokens[0]!.symbol;
    await filterForm(page).getByLabel('Token', { exact: true }).fill(token.toLowerCase());
    await page.waitForURL((url) => url.searchParams.get('token') === token);
    const bearishToken = await newsPage(`&sentiment=bearish&token=${token}`);
    expect(bearishToken.articles.length).toBeGreaterThan(0);
    await expectTitles(page, bearishToken.articles.map((a) => a.title));

    // A reload keeps the filters.
    await page.reload();
    await expectTitles(page, bearishToken.articles.map((a) => a.title));
    expect(await filterForm(page).getByRole('radio', { name: /Bearish/ }).isChecked()).toBe(true);
    expect(await filterForm(page).getByLabel('Token', { exact: true }).inputValue()).toBe(token);

    // Free text, debounced, alone.
    await page.locator('.news-panel-head').getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await filterForm(page).getByLabel('Token', { exact: true }).inputValue()).toBe('');
    await filterForm(page).getByLabel('Search', { exact: true }).fill('video model');
    await page.waitForURL((url) => url.searchParams.get('q') === 'video model');
    const text = await newsPage('&q=video%20model');
    expect(text.articles.length).toBeGreaterThan(0);
    expect(text.articles.length).toBeLessThan(all.articles.length);
    await expectTitles(page, text.articles.map((a) => a.title));

    // Nothing matches: the empty state offers to clear.
    await filterForm(page).getByLabel('Search', { exact: true }).fill('zzqx no such words anywhere');
    await page.getByText('No articles match these filters').waitFor();
    await page.locator('.status-panel').getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await expectTitles(page, all.articles.map((a) => a.title));
    expect(await filterForm(page).getByLabel('Search', { exact: true }).inputValue()).toBe('');

    // Open the first article from the keyboard.
    const target = all.articles[0]!;
    const detail = v.parse(articleWithRelatedSchema, await api(`/api/news/${encodeURIComponent(target.id)}`));
    const link = page.locator('.news-card-link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('article') === target.id);
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-title').waitFor();
    expect(await dialog.locator('.article-title').textContent()).toBe(target.title);
    expect(await dialog.locator('.article-summary').textContent()).toBe(detail.summary);
    const paragraphs = await dialog.locator('.article-analysis p').allTextContents();
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.join(' ').replace(/\s+/g, ' ')).toBe(detail.analysis.replace(/\s+/g, ' ').trim());
    expect(await dialog.locator('.article-takeaways li').allTextContents()).toEqual(detail.takeaways);
    expect(await dialog.locator('.sample-marker').count()).toBe(1);
    expect(await dialog.locator('.analyzer').textContent()).toBe('Analysed offline');
    for (const t of detail.entities.tokens) expect(await dialog.locator('.article-entities').textContent()).toContain(t.symbol);

    const original = dialog.getByRole('link', { name: /Read the original/ });
    expect(await original.getAttribute('href')).toBe(new URL(detail.url).href);
    expect(await original.getAttribute('target')).toBe('_blank');
    expect(await original.getAttribute('rel')).toBe('noopener noreferrer');

    // "Act on this with AI" is live (the agent panel takes it; its journey is in agent-journey.test.ts).
    const act = dialog.getByRole('button', { name: 'Act on this with AI' });
    expect(await act.getAttribute('aria-disabled')).toBeNull();
    expect(await act.isEnabled()).toBe(true);

    // Related articles open in place; Escape closes everything and focus returns to the card.
    expect(detail.related.length).toBeGreaterThan(0);
    expect(await dialog.locator('.article-related-title').allTextContents()).toEqual(detail.related.map((a) => a.title));
    await dialog.locator('.article-related a').first().click();
    await page.waitForURL((url) => url.searchParams.get('article') === detail.related[0]!.id);
    await dialog.getByRole('heading', { level: 2, name: detail.related[0]!.title, exact: true }).waitFor();

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('article'));
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(target.title);

    // Back closes an article opened from the feed.
    await link.click();
    await dialog.locator('.article-title').waitFor();
    await page.goBack();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.has('article')).toBe(false);

    expect(errors).toEqual([]);
  });

  it('works at 390 px: one column, no sideways scroll, full-screen article', async () => {
    const { page, errors } = await openPage(browser, server.url, { width: 390, height: 844 });
    await page.locator('.news-card').first().waitFor();
    expect(await page.locator('.news-card').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Read from the page: the cards off screen skip layout (content-visibility), so the protocol has no box for them.
    const boxes = await Promise.all([0, 1].map((i) => page.locator('.news-card').nth(i).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)));
    expect(boxes[0]!.x).toBe(boxes[1]!.x);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);

    await page.locator('.news-card-link').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-takeaways').waitFor();
    expect((await dialog.boundingBox())!.width).toBe(390);
    expect(await dialog.locator('.article-dialog-body').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await dialog.getByRole('button', { name: 'Close article' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('asks for the news before any wallet code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.locator('.news-card').first().waitFor();
    await page.locator('#header-wallet-slot > *').first().waitFor();
    // The wallet code waits for the user's first input.
    const walletCode = page.waitForRequest((request) => /wallet/i.test(new URL(request.url()).pathname));
    await page.mouse.move(10, 10);
    await walletCode;
    const news = requests.indexOf('/api/news');
    const wallet = requests.findIndex((path) => /wallet/i.test(path));
    expect(news).toBeGreaterThan(-1);
    expect(wallet).toBeGreaterThan(news);
    const html = await (await fetch(server.url)).text();
    expect(html).not.toMatch(/assets\/[^"]*wallet/i);
    await context.close();
  });

  it('opens an article straight from a shared URL and shows a clear error for an unknown one', async () => {
    const { articles } = await newsPage('');
    const { page } = await openPage(browser, `${server.url}/?article=${encodeURIComponent(articles[1]!.id)}`);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { level: 2, name: articles[1]!.title, exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).search).toBe('');

    // Shared link, then a related article, then Escape: the whole article view closes.
    const shared = v.parse(articleWithRelatedSchema, await api(`/api/news/${encodeURIComponent(articles[1]!.id)}`));
    const hop = shared.related[0]!;
    await page.goto(`${server.url}/?article=${encodeURIComponent(shared.id)}`);
    await dialog.locator('.article-related a').first().click();
    await dialog.getByRole('heading', { level: 2, name: hop.title, exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.search === '');

    // Chromium reports the 404 of the unknown article; nothing else may appear.
    expectBrowserErrors(page, [/^console error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(at http:\/\/127\.0\.0\.1:\d+\/api\/news\/no-such-article:/]);
    await page.goto(`${server.url}/?article=no-such-article`);
    await page.getByText('This article could not be loaded').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('Not found');
  });
});
