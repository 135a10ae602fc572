import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBrowserErrors } from '../support/browser-errors';
import type { TradeFault } from '../support/fake-lifi/trade-types';
import { BASE, chooseTrade, openTradePage, sentTransactions, startTradeStage, waitForPhase, waitForReview, type TradePage, type TradeStage } from './trade-fixture';

let stage: TradeStage;
let tp: TradePage;

beforeAll(async () => {
  stage = await startTradeStage();
  tp = await openTradePage(stage);
});

afterAll(async () => {
  await stage?.close();
});

const USDC_TO_WETH = { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: BASE, symbol: 'WETH' } };
// The native coin needs no approval, so a blocked swap request proves that nothing at all reached the wallet.
const ETH_TO_USDC = { from: { chainId: BASE, symbol: 'ETH' }, to: { chainId: BASE, symbol: 'USDC' } };

async function newTrade() {
  const button = tp.page.getByRole('button', { name: 'New trade' });
  if (await button.isVisible()) await button.click();
}

describe('hostile route answers: blocked in the review with the rule named', () => {
  const cases: [TradeFault, string, string][] = [
    ['attacker-recipient', 'recipient', '11'],
    ['unlimited-approval', 'approval-amount', '12'],
    ['approval-spender', 'approval-spender', '13'],
    ['slippage-50', 'slippage', '14'],
    ['value-loss-25', 'value-loss', '15'],
  ];
  it.each(cases)('%s -> rule %s, signing disabled, nothing sent', async (fault, rule, amount) => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults(fault);
    const before = sentTransactions(wallet);
    await chooseTrade(page, { ...USDC_TO_WETH, amount });
    await waitForReview(page);
    await page.locator(`[data-testid="policy-blocked"] li[data-rule="${rule}"]`).waitFor();
    expect(await page.getByTestId('sign-button').isDisabled()).toBe(true);
    expect(sentTransactions(wallet)).toBe(before);
  });

  it('a 12 % value loss needs CONFIRM typed before signing, then goes through', async () => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults('value-loss-12');
    await chooseTrade(page, { ...USDC_TO_WETH, amount: '160' });
    await waitForReview(page);
    await page.getByTestId('typed-confirmation').waitFor();
    expect(await page.getByTestId('review-value-loss').textContent()).toMatch(/^1[2-4]\.\d %/);
    expect(await page.getByTestId('sign-button').isDisabled()).toBe(true);
    await page.locator('#trade-confirm').fill('confirm please');
    expect(await page.getByTestId('sign-button').isDisabled()).toBe(true);
    await page.locator('#trade-confirm').fill('CONFIRM');
    await page.locator('[data-testid="sign-button"]:not([disabled])').waitFor();
    const before = sentTransactions(wallet);
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'done');
    expect(sentTransactions(wallet) - before).toBe(2);
    await newTrade();
  });
});

describe('hostile transaction requests: stopped just before the wallet', () => {
  const cases: [TradeFault, string, string][] = [
    ['unknown-to', 'to-is-lifi-contract', '0.011'],
    ['chain-id-mismatch', 'chain-id', '0.012'],
    ['revert-on-simulation', 'simulation', '0.013'],
    // The step names the user; only the decoded calldata shows who is paid.
    ['receiver-in-nested-swap', 'recipient', '0.014'],
    ['unknown-facet', 'unreadable-call', '0.015'],
  ];
  it.each(cases)('%s -> rule %s after the click, no wallet prompt', async (fault, rule, amount) => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults(fault);
    await chooseTrade(page, { ...ETH_TO_USDC, amount });
    await waitForReview(page);
    const before = wallet.requestsFor('eth_sendTransaction').length;
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'cancelled');
    await page.locator(`[data-testid="trade-progress"] [data-testid="policy-blocked"] li[data-rule="${rule}"]`).waitFor();
    expect(wallet.requestsFor('eth_sendTransaction').length).toBe(before);
    if (rule === 'simulation') expect(await page.getByTestId('trade-progress').textContent()).toMatch(/fails in simulation.*new quote/);
    await newTrade();
  });

  it('the user rejecting in the wallet: "nothing was sent", no retry until a new click', async () => {
    const { page, wallet } = tp;
    stage.world.trade.setFaults();
    await chooseTrade(page, { ...ETH_TO_USDC, amount: '0.02' });
    await waitForReview(page);
    const before = wallet.requestsFor('eth_sendTransaction').length;
    wallet.rejectNext('eth_sendTransaction');
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'cancelled');
    expect(await page.locator('[data-testid="trade-error"][data-kind="rejected"]').textContent()).toContain('Nothing was sent');
    expect(await page.locator('[data-testid="trade-progress"] [data-tx]').count()).toBe(0);
    const after = wallet.requestsFor('eth_sendTransaction').slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]?.error?.code).toBe(4001);
    // The inputs are kept; only a new click asks the wallet again.
    expect(await page.locator('#trade-amount').inputValue()).toBe('0.02');
    await newTrade();
    await waitForReview(page);
    expect(wallet.requestsFor('eth_sendTransaction').length).toBe(before + 1);
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'done');
    expect(wallet.requestsFor('eth_sendTransaction').slice(before + 1).filter((r) => r.result)).toHaveLength(1);
    await newTrade();
  });
});

describe('LI.FI answering 429 or 500', () => {
  it('429 then 200: "rate limited", waits for Retry-After, asks once more by itself', async () => {
    const { page } = tp;
    stage.world.trade.setFaults();
    stage.world.fake.failNext('POST /v1/advanced/routes', { status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too many requests', code: 1023 } });
    expectBrowserErrors(page, [/^console error: Failed to load resource: the server responded with a status of 429 \(Too Many Requests\) \(at http:\/\/127\.0\.0\.1:\d+\/api\/lifi\/v1\/advanced\/routes:0\)$/]);
    const before = stage.world.fake.requestsTo('POST /v1/advanced/routes').length;
    await chooseTrade(page, { ...USDC_TO_WETH, amount: '21' });
    const error = page.getByTestId('routes-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('rate limiting');
    await waitForReview(page);
    expect(stage.world.fake.requestsTo('POST /v1/advanced/routes').length - before).toBe(2);
    expect(await page.locator('#trade-amount').inputValue()).toBe('21');
  });

  it('500 twice: the SDK retries once, then a clear error; the inputs stay and "Try again" works', async () => {
    const { page } = tp;
    stage.world.fake.failNext('POST /v1/advanced/routes', { status: 500, body: { message: 'internal', code: 1000 } }, 2);
    expectBrowserErrors(page, [/^console error: Failed to load resource: the server responded with a status of 500 \(Internal Server Error\) \(at http:\/\/127\.0\.0\.1:\d+\/api\/lifi\/v1\/advanced\/routes:0\)$/]);
    const before = stage.world.fake.requestsTo('POST /v1/advanced/routes').length;
    await chooseTrade(page, { ...USDC_TO_WETH, amount: '22' });
    const error = page.getByTestId('routes-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('unavailable');
    expect(stage.world.fake.requestsTo('POST /v1/advanced/routes').length - before).toBe(2);
    expect(await page.locator('#trade-amount').inputValue()).toBe('22');
    await error.getByRole('button', { name: 'Try again' }).click();
    await waitForReview(page);
  });
});
