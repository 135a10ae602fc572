import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROUTES_DEBOUNCE_MS } from '@/features/trade/hooks/use-trade-form';
import buildSpa, { E2E_DIST_DIR } from '../support/build-spa';
import { TRADER } from '../support/fake-lifi/trade-world';
import { BASE, openTradePage, startTradeStage } from '../e2e/trade-fixture';

const RUNS = 7;
const TYPING_DELAYS_MS = [60, 250];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Types `text` into the amount field key by key, and measures in the page, from the last keystroke's
 * input event to the moment the review of a fresh route for exactly that amount is in the DOM.
 */
async function typeAndMeasure(page: Page, text: string, shown: string, delayMs: number): Promise<number> {
  await page.locator('#trade-amount').fill('');
  await page.evaluate((expected) => {
    const w = window as unknown as { __bench?: { lastInput: number; rendered?: number } };
    w.__bench = { lastInput: 0 };
    document.querySelector('#trade-amount')!.addEventListener('input', () => { w.__bench!.lastInput = performance.now(); });
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    new MutationObserver(() => {
      const card = document.querySelector('[data-testid="route-card"]:not([aria-busy])');
      const send = document.querySelector('[data-testid="review-send"]')?.textContent ?? '';
      if (card && send.startsWith(`${expected} USDC`) && w.__bench!.rendered === undefined) w.__bench!.rendered = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, shown);
  await page.locator('#trade-amount').pressSequentially(text, { delay: delayMs });
  await page.waitForFunction(() => (window as unknown as { __bench: { rendered?: number } }).__bench.rendered !== undefined, undefined, { timeout: 30_000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: 'tests/.tmp/bench-fail.png' });
    throw new Error(`no route card for ${shown}: review says "${await page.getByTestId('review-send').textContent().catch(() => 'nothing')}"`, { cause: error });
  });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { lastInput: number; rendered: number } }).__bench;
    return b.rendered - b.lastInput;
  });
}

export async function run(): Promise<void> {
  if (!existsSync(resolve(E2E_DIST_DIR, 'index.html'))) await buildSpa();
  const stage = await startTradeStage();
  try {
    const { page } = await openTradePage(stage);
    const base = stage.world.chains[BASE]!;
    await page.locator('#trade-from-token').selectOption({ label: 'USDC' });
    await page.locator('#trade-to-token').selectOption({ label: 'WETH' });
    const routesRequests = () => stage.world.fake.requestsTo('POST /v1/advanced/routes').length;

    // Yardstick: one routes request through our proxy to the fake, without the browser or the debounce.
    const direct: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const body = { fromChainId: BASE, toChainId: BASE, fromTokenAddress: base.usdc.address, toTokenAddress: base.weth.address, fromAmount: String(5_000_000 + i), fromAddress: TRADER.address, toAddress: TRADER.address, options: { slippage: 0.005 } };
      const start = performance.now();
      const response = await fetch(`${stage.server.url}/api/lifi/v1/advanced/routes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await response.json();
      direct.push(performance.now() - start);
    }

    console.log(`routes request through the proxy (yardstick): median ${median(direct).toFixed(1)} ms; debounce ${ROUTES_DEBOUNCE_MS} ms`);
    for (const delay of TYPING_DELAYS_MS) {
      const latencies: number[] = [];
      const perBurst: number[] = [];
      let keystrokes = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const whole = 101 + i * 7 + delay; // a new amount every burst (no cached answer), within the 1,000 USDC held
        const text = `${whole}.25`;
        keystrokes = text.length;
        const before = routesRequests();
        latencies.push(await typeAndMeasure(page, text, `${whole.toLocaleString('en-US')}.25`, delay));
        perBurst.push(routesRequests() - before);
      }
      console.log(
        `typing ${keystrokes} keys ${delay} ms apart: last keystroke -> route card median ${median(latencies).toFixed(0)} ms (min ${Math.min(...latencies).toFixed(0)}, max ${Math.max(...latencies).toFixed(0)}); ` +
        `LI.FI routes requests per burst: ${perBurst.join(', ')} (${(perBurst.reduce((a, b) => a + b, 0) / (RUNS * keystrokes)).toFixed(2)} per keystroke)`,
      );
    }
  } finally {
    await stage.close();
  }
}
