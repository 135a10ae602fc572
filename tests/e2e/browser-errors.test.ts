import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '@/server/main';
import { launchBrowser, openPage } from '../support/browser';
import { browserErrors, expectBrowserErrors, takeBrowserErrorProblems } from '../support/browser-errors';
import { startTestServer } from '../support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ spa: true, jobs: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The collector every journey relies on: it must see each kind of error, forgive only what is declared, and flag a declaration that never came true.
describe('browser error collection', () => {
  it('collects page errors, console errors and CSP violations of any context of the browser', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await page.evaluate(() => {
      console.error('boom from the page');
      setTimeout(() => { throw new Error('kaboom from a timer'); });
      const frame = document.createElement('iframe');
      frame.src = 'https://example.org/';
      document.body.append(frame);
    });
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(4);
    const problems = takeBrowserErrorProblems();
    expect(problems.some((p) => p.startsWith('console error: boom from the page'))).toBe(true);
    expect(problems.some((p) => p === 'pageerror: kaboom from a timer')).toBe(true);
    expect(problems.some((p) => p.startsWith('csp violation: frame-src blocked https://example.org'))).toBe(true);
    expect(problems.some((p) => p.startsWith("console error: Framing 'https://example.org/' violates the following Content Security Policy directive"))).toBe(true);
    expect(takeBrowserErrorProblems()).toEqual([]);
  });

  it('forgives only declared errors, and reports a declared one that never came', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    expectBrowserErrors(page, [/^console error: expected one$/, /^console error: never logged$/]);
    await page.evaluate(() => { console.error('expected one'); console.error('unexpected one'); });
    await expect.poll(() => browserErrors(page).length).toBe(2);
    expect(takeBrowserErrorProblems()).toEqual(['console error: unexpected one', 'expected a browser error matching /^console error: never logged$/, none came']);
  });
});
