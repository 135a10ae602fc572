import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import buildSpa, { E2E_DIST_DIR } from '../support/build-spa';
import { openTradePage, startTradeStage } from '../e2e/trade-fixture';

const RUNS = 3;

interface Timeline {
  requests: { name: string; start: number; end: number }[];
  review?: number;
  settled?: number;
  signable?: number;
}

const fmt = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(0)} ms`;

/**
 * The news check's cost on a route review, in Chromium: each run a fresh page (empty query cache) picks USDC → WETH
 * on Base and types an amount; the page records when the mentions and routes requests start and end (Resource
 * Timing), when the review appears, when the news check has its answer and when Sign enables, all relative to the
 * routes response. The sample corpus is loaded, so the check has stories to list.
 */
export async function run(): Promise<void> {
  if (!existsSync(resolve(E2E_DIST_DIR, 'index.html'))) await buildSpa();
  const stage = await startTradeStage({}, { jobs: true });
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const { page } = await openTradePage(stage);
      await page.evaluate(() => {
        performance.clearResourceTimings();
        performance.setResourceTimingBufferSize(1000);
        const w = window as unknown as { __check: { review?: number; settled?: number; signable?: number } };
        w.__check = {};
        new MutationObserver(() => {
          const review = document.querySelector('[data-testid="route-review"]');
          const check = review?.querySelector('[data-testid="news-check"]');
          const sign = document.querySelector('[data-testid="sign-button"]') as HTMLButtonElement | null;
          if (review && w.__check.review === undefined) w.__check.review = performance.now();
          if (check && !check.textContent?.startsWith('Checking') && w.__check.settled === undefined) w.__check.settled = performance.now();
          if (sign && !sign.disabled && w.__check.signable === undefined) w.__check.signable = performance.now();
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await page.locator('#trade-from-token').selectOption({ label: 'USDC' });
      await page.locator('#trade-to-token').selectOption({ label: 'WETH' });
      await page.locator('#trade-amount').fill(String(100 + i));
      await page.waitForFunction(() => (window as unknown as { __check: { signable?: number; settled?: number } }).__check.settled !== undefined, undefined, { timeout: 60_000 });
      await page.locator('[data-testid="sign-button"]:not([disabled])').waitFor({ timeout: 30_000 }).catch(() => undefined);
      const timeline = await page.evaluate(() => ({
        ...(window as unknown as { __check: Omit<Timeline, 'requests'> }).__check,
        requests: performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/news/mentions') || e.name.includes('/advanced/routes'))
          .map((e) => ({ name: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
      })) as Timeline;
      const routes = timeline.requests.filter((r) => r.name.includes('/advanced/routes')).at(-1);
      if (!routes) throw new Error('no routes request was seen');
      const at = (t: number | undefined) => (t === undefined ? 'never' : fmt(t - routes.end));
      console.log(`run ${i + 1}: routes request ${at(routes.start)} → ${at(routes.end)} (0 = routes response)`);
      for (const r of timeline.requests.filter((x) => x.name.includes('/api/news/mentions'))) {
        const query = new URL(r.name).searchParams;
        const what = query.get('tools') ? `tools=${query.get('tools')}` : `tokens=${query.get('tokens')}`;
        console.log(`  mentions ${what.padEnd(24)} ${at(r.start)} → ${at(r.end)}${r.start < routes.start ? ' (before the routes request)' : ''}`);
      }
      if (timeline.signable === undefined) console.log(`  Sign stayed disabled: "${await page.getByTestId('route-review').locator('p.trade-help').textContent()}"`);
      const waits = timeline.review !== undefined && timeline.settled !== undefined && timeline.settled > timeline.review;
      console.log(`  review shown ${at(timeline.review)}; news check answered ${at(timeline.settled)}; Sign enabled ${at(timeline.signable)}; the review ${waits ? 'showed first and held Sign until the check answered' : 'had the check answered when it appeared'}`);
      await page.context().close();
    }
  } finally {
    await stage.close();
  }
}
