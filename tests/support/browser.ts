import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { browserErrors, watchContext } from './browser-errors';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Chromium whose every context (browser.newContext and browser.newPage alike) collects page errors,
 * console errors and CSP violations, which fail the test unless it declares them (tests/support/browser-errors.ts).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    await watchContext(context);
    return context;
  };
  return browser;
}

/** A fresh page at `url`; `errors` is the live list of what its context collected. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  return { page, errors: browserErrors(page) };
}
