import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TradeFault } from '../support/fake-lifi/trade-types';
import { ARB, BASE, chooseTrade, openTradePage, sentTransactions, startTradeStage, waitForPhase, waitForReview, type TradePage, type TradeStage } from './trade-fixture';

let stage: TradeStage;
let tp: TradePage;

beforeAll(async () => {
  stage = await startTradeStage();
  // A fake clock that still runs in real time, so the watchdog (3x the estimate) can be reached by jumping ahead.
  tp = await openTradePage(stage, { fakeClock: true });
});

afterAll(async () => {
  await stage?.close();
});

const BRIDGE = { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: ARB, symbol: 'USDC' } };

describe('bridge outcomes explained in plain words', () => {
  const cases: [TradeFault, string, RegExp, string][] = [
    ['status-partial', 'partial', /another token/, '100'],
    ['status-refunded', 'refunded', /sent back to you on the source chain/, '110'],
    ['status-failed', 'failed', /failed.*nothing is re-signed/, '120'],
  ];
  it.each(cases)('%s -> %s', async (fault, phase, words, amount) => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults(fault);
    await chooseTrade(page, { ...BRIDGE, amount });
    await waitForReview(page);
    const before = sentTransactions(wallet);
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, phase, 90_000);
    expect(await page.getByTestId('trade-outcome').textContent()).toMatch(words);
    expect(sentTransactions(wallet) - before).toBe(2); // approval + bridge, nothing re-signed
    if (phase === 'failed') expect(await page.getByTestId('watchdog').getByRole('link', { name: 'LI.FI explorer' }).getAttribute('href')).toMatch(/^https:\/\/scan\.li\.fi\/tx\/0x/);
    expect(await page.locator(`[data-testid="trade-history"] li[data-phase="${phase}"]`).count()).toBe(1);
    await page.getByRole('button', { name: 'New trade' }).click();
  });

  it('stuck on PENDING: past 3x the estimate the watchdog offers the LI.FI explorer; nothing is re-signed', async () => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults('status-stuck-pending');
    await chooseTrade(page, { ...BRIDGE, amount: '130' });
    await waitForReview(page);
    await page.getByTestId('sign-button').click();
    await page.getByTestId('bridge-pending').waitFor({ timeout: 60_000 });
    const signed = sentTransactions(wallet);
    expect(await page.getByTestId('watchdog').count()).toBe(0);
    await page.clock.fastForward('05:00');
    const watchdog = page.getByTestId('watchdog');
    await watchdog.waitFor();
    expect(await watchdog.textContent()).toContain('much longer than estimated');
    expect(await watchdog.getByRole('link', { name: 'LI.FI explorer' }).getAttribute('href')).toMatch(/^https:\/\/scan\.li\.fi\/tx\/0x/);
    expect(await page.getByTestId('trade-progress').getAttribute('data-phase')).toBe('in-flight');
    expect(sentTransactions(wallet)).toBe(signed);
    expect(tp.errors).toEqual([]);
  });
});
