import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '@/server/main';
import { launchBrowser, openPage } from '../support/browser';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';
import { startTestServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let elsewhere: LoopbackServer;

beforeAll(async () => {
  elsewhere = await startLoopbackServer(() => ({ body: { ok: true } }));
  server = await startTestServer({ spa: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await elsewhere?.close();
});

describe('Content-Security-Policy of the page', () => {
  it('is sent with the page, which still works under it', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const { page, errors } = await openPage(browser, server.url);
    await page.locator('.news-card').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('stops injected inline code and requests to hosts that are not ours', async () => {
    const { page } = await openPage(browser, server.url);
    await page.locator('.news-card').first().waitFor();
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    const outcome = await page.evaluate((url) => fetch(url).then(() => 'reached', () => 'blocked'), `${elsewhere.url}/exfiltrate`);
    expect(outcome).toBe('blocked');
    expect(elsewhere.requests).toHaveLength(0);
  });
});
