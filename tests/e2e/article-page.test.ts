import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { ArticleWithRelated } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { launchBrowser, openPage } from '../support/browser';
import { FEATURED, ingestFeaturedArticle, startPictureHost } from '../support/featured-article';
import type { LoopbackServer } from '../support/loopback-http';
import { startTestServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let pictures: LoopbackServer;
let article: ArticleWithRelated;

beforeAll(async () => {
  pictures = await startPictureHost();
  // Jobs on: the sample news (no pictures) is there too.
  server = await startTestServer({ spa: true, jobs: true, env: { IMAGE_PROXY_HOSTS: pictures.url } });
  article = await ingestFeaturedArticle(server, pictures);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pictures?.close();
});

describe('article parts and How it works in Chromium', () => {
  it('shows the byline, the picture through /api/image credited to the source, and Read original in a new tab', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?article=${article.id}`);
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-takeaways').waitFor();
    expect(await dialog.locator('.article-byline').textContent()).toMatch(new RegExp(`^By ${FEATURED.author} · ${FEATURED.source} · `));
    const image = dialog.locator('.article-figure img');
    expect(await image.getAttribute('src')).toBe(`/api/image?url=${encodeURIComponent(`${pictures.url}${FEATURED.picturePath}`)}`);
    expect(await image.evaluate(async (img: HTMLImageElement) => (await img.decode(), img.naturalWidth))).toBe(1);
    // The box keeps its 16:9 ratio whatever the picture's own size.
    const box = (await image.boundingBox())!;
    expect(Math.round((box.width / box.height) * 9)).toBe(16);
    expect(await dialog.locator('.article-figure figcaption').textContent()).toBe(`Image via ${FEATURED.source}`);
    const original = dialog.getByRole('link', { name: /Read the original on chaindesk\.example/ });
    expect(await original.getAttribute('href')).toBe(article.url);
    expect(await original.getAttribute('target')).toBe('_blank');
    expect(await original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
  });

  it('reserves no picture box for a sample article', async () => {
    const first = (await (await fetch(`${server.url}/api/news?limit=50`)).json()) as { articles: { id: string; sample: boolean; imageUrl: string | null }[] };
    const pictureless = first.articles.find((a) => a.sample && a.imageUrl === null)!;
    const { page, errors } = await openPage(browser, `${server.url}/?article=${pictureless.id}`);
    await page.getByRole('dialog').locator('.article-takeaways').waitFor();
    expect(await page.locator('.article-figure, .article-image').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens How it works from the "Act on this with AI" box, with the 15 chains, focus on its title, and Back to the article', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?article=${article.id}`);
    const dialog = page.getByRole('dialog');
    const link = dialog.locator('.act-on-article').getByRole('link', { name: 'How it works' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/how-it-works`);
    const title = page.getByRole('heading', { level: 2, name: 'How it works' });
    await title.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('how-it-works-title');
    expect(await dialog.count()).toBe(0);
    const text = (await page.locator('.how-it-works').textContent()) ?? '';
    for (const words of ['Read your balances', 'It never signs or sends.', 'Exact approvals', 'Checks before every signature']) expect(text).toContain(words);
    const chains = page.getByRole('region', { name: 'Chains' }).getByRole('listitem');
    expect(await chains.allTextContents()).toEqual(SUPPORTED_CHAINS.map((c) => `${c.name} (${c.nativeSymbol})`));
    expect(await chains.count()).toBe(15);

    await page.getByRole('button', { name: /Back to the news/ }).first().click();
    await page.waitForURL(`${server.url}/?article=${article.id}`);
    await dialog.locator('.article-takeaways').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    // Reachable by its URL too; Back from there goes to the news.
    await page.goto(`${server.url}/how-it-works`);
    await title.waitFor();
    await page.getByRole('button', { name: /Back to the news/ }).last().click();
    await page.waitForURL(`${server.url}/`);
    await page.locator('.news-card').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('news');
    expect(errors).toEqual([]);
  });
});
