import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestFeed } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { launchBrowser, openPage } from '../support/browser';
import { expectBrowserErrors } from '../support/browser-errors';
import { startTestServer } from '../support/server';

// Every payload tries to set window.__pwned; the page must never run any of them.
const HOSTILE_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Hostile &lt;script&gt;window.__pwned='channel'&lt;/script&gt; Wire</title>
  <link>https://hostile.example/</link>
  <item>
    <title>Zebrafinch exploit &lt;img src=x onerror="window.__pwned='title'"&gt; drains pool</title>
    <link>https://hostile.example/a</link>
    <pubDate>Mon, 10 Mar 2025 10:00:00 GMT</pubDate>
    <description><![CDATA[<p>Attackers drained ETH.</p><script>window.__pwned='script'</script>
      <img src="x" onerror="window.__pwned='onerror'"><svg onload="window.__pwned='svg'"></svg>
      <iframe src="javascript:window.__pwned='iframe'"></iframe>
      <a href="javascript:window.__pwned='href'">click</a> &amp;lt;b onmouseover=window.__pwned='double'&amp;gt;]]></description>
  </item>
  <item>
    <title>Zebrafinch quotes "x" &amp; 'y' &lt; 5 &gt; 3</title>
    <link>https://hostile.example/b</link>
    <pubDate>Mon, 10 Mar 2025 09:00:00 GMT</pubDate>
    <description>Plain text with a &lt;script&gt;window.__pwned='encoded'&lt;/script&gt; inside.</description>
  </item>
  <item>
    <title>Zebrafinch link trap</title>
    <link>javascript:window.__pwned='link'</link>
    <description>Should be skipped: the link is not http(s).</description>
  </item>
</channel></rss>`;

// Stored straight through the real repository, as if the sanitiser had been bypassed: the UI must still print text.
const RAW_MARKUP: Article = {
  id: 'raw-markup-article',
  title: `Zebrafinch raw <img src=x onerror="window.__pwned='raw-title'"> markup`,
  url: "javascript:window.__pwned='raw-url'",
  source: `<b onmouseover="window.__pwned='raw-source'">Raw source</b>`,
  publishedAt: '2025-03-10T08:00:00.000Z',
  summary: `<script>window.__pwned='raw-summary'</script>Summary as text.`,
  analysis: `<iframe src="javascript:window.__pwned='raw-analysis'"></iframe>\n\n<svg onload="window.__pwned='raw-svg'"></svg>`,
  takeaways: ['<img src=x onerror="window.__pwned=1">', '<a href="javascript:window.__pwned=2">x</a>', 'plain'],
  sentiment: 'bearish',
  importance: 9,
  category: 'security',
  entities: { companies: ['<img src=x onerror="window.__pwned=3">'], tokens: [{ symbol: 'ETH', name: '<svg onload=window.__pwned=4>' }] },
  analyzer: 'offline',
  sample: false,
};

// The first item's <img src="x"> becomes its picture, https://hostile.example/x: a reserved name, so the image proxy
// cannot fetch it (502, or 504 if the lookup hangs) and the article drops the picture box.
const BROKEN_PICTURE = /^console error: Failed to load resource: the server responded with a status of 50[24] \((Bad Gateway|Gateway Timeout)\) \(at http:\/\/127\.0\.0\.1:\d+\/api\/image\?url=https%3A%2F%2Fhostile\.example%2Fx:0\)$/;

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  server = await startTestServer({ spa: true });
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'hostile-feed-'));
  const feed = join(dir, 'hostile.xml');
  await writeFile(feed, HOSTILE_RSS);
  const news = newsServicesFor(server.ctx);
  const report = await ingestFeed(feed, news);
  expect(report.error).toBeUndefined();
  expect(report.new).toBe(2);
  expect(report.skipped).toBe(1);
  await news.repository.insertIfAbsent({ article: RAW_MARKUP, canonicalUrl: 'https://raw.example/raw', contentHash: 'raw-markup', text: RAW_MARKUP.summary });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.locator('#root').evaluate((root) =>
    root.querySelectorAll('script, iframe, svg, object, embed, img[src="x"], [onerror], [onload], [onmouseover], a[href^="javascript:" i]').length,
  );
  expect(injected).toBe(0);
}

describe('hostile feed text in Chromium', () => {
  it('renders ingested hostile items and raw markup as text; no payload runs', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/?q=zebrafinch`);
    expectBrowserErrors(page, [BROKEN_PICTURE]);
    await page.locator('.news-card').nth(2).waitFor();
    const titles = await page.locator('.news-card-title').allTextContents();
    expect(titles).toHaveLength(3);
    expect(titles).toContain(`Zebrafinch quotes "x" & 'y' < 5 > 3`);
    expect(titles).toContain(RAW_MARKUP.title);
    expect(titles.join(' ')).not.toContain('link trap');
    await expectNothingRan(page);

    // Open each article; hover and click around the text so event-handler payloads would fire if they were elements.
    for (let i = 0; i < 3; i += 1) {
      await page.locator('.news-card-link').nth(i).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('.article-takeaways').waitFor();
      await dialog.locator('.article-title').hover();
      await dialog.locator('.article-summary').click();
      await expectNothingRan(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }

    await page.goto(`${server.url}/?article=${RAW_MARKUP.id}`);
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-takeaways').waitFor();
    expect(await dialog.locator('.article-title').textContent()).toBe(RAW_MARKUP.title);
    expect(await dialog.locator('.article-summary').textContent()).toBe(RAW_MARKUP.summary);
    expect(await dialog.locator('.article-takeaways li').allTextContents()).toEqual(RAW_MARKUP.takeaways);
    expect(await dialog.locator('.article-source').textContent()).toBe(RAW_MARKUP.source);
    // The javascript: link is not offered at all.
    expect(await dialog.getByRole('link', { name: /Read the original/ }).count()).toBe(0);
    expect(await dialog.textContent()).toContain('The original link is not a web address');
    await expectNothingRan(page);
    expect(errors.filter((error) => !BROKEN_PICTURE.test(error))).toEqual([]);
  });
});
