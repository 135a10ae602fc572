import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEther } from 'viem';
import { testPublicClient } from '../support/contracts/deploy';
import { TRADER } from '../support/fake-lifi/trade-world';
import { BASE, chooseTrade, erc20, openTradePage, sentTransactions, startTradeStage, waitForPhase, waitForReview, type TradePage, type TradeStage } from './trade-fixture';

let stage: TradeStage;
let tp: TradePage;

beforeAll(async () => {
  stage = await startTradeStage();
  tp = await openTradePage(stage);
});

afterAll(async () => {
  await stage?.close();
});

// Spending the native coin needs no approval, so the swap is the only transaction the wallet could see.
const ETH_TO_USDC = { from: { chainId: BASE, symbol: 'ETH' }, to: { chainId: BASE, symbol: 'USDC' } };
const STEP_TRANSACTION = 'POST /v1/advanced/stepTransaction';

const usdcOf = () => erc20(stage.world, BASE, stage.world.chains[BASE]!.usdc.address, 'balanceOf');
const ethOf = () => testPublicClient(stage.world.chains[BASE]!.anvil).getBalance({ address: TRADER.address });

async function startWorseQuotedSwap(amount: string) {
  const { page } = tp;
  stage.world.trade.setFaults('worse-rate-at-signing');
  await chooseTrade(page, { ...ETH_TO_USDC, amount });
  await waitForReview(page);
  await page.getByTestId('sign-button').click();
  const prompt = page.getByRole('alertdialog', { name: 'The rate changed' });
  await prompt.waitFor({ timeout: 30_000 });
  return prompt;
}

describe('LI.FI re-quotes 5 % worse at signing time: the user is asked (acceptExchangeRateUpdateHook)', () => {
  it('declining: the new amounts said plainly, "Nothing was sent", no transaction, a new click needed to try again', async () => {
    const { page, wallet } = tp;
    const sentBefore = sentTransactions(wallet);
    const usdcBefore = await usdcOf();
    const ethBefore = await ethOf();

    // 0.05 ETH less the 0.25 % LI.FI fee at 2 000 USDC: 99.75 USDC quoted; at signing 1 900: 94.7625 USDC,
    // and with the 0.5 % slippage at least 94.288687 USDC (the review promised at least 99.25125).
    const prompt = await startWorseQuotedSwap('0.05');
    expect(await prompt.textContent()).toContain('about 94.7625 USDC instead of 99.75 USDC (5.00 % less)');
    expect(await prompt.getByTestId('rate-update-minimum').textContent()).toBe('With your 0.5 % slippage you would receive at least 94.2886 USDC, or nothing happens.');
    // The SDK waits on the question: the wallet has seen nothing.
    expect(sentTransactions(wallet)).toBe(sentBefore);

    await prompt.getByRole('button', { name: 'Decline' }).click();
    await waitForPhase(page, 'cancelled');
    expect(await prompt.count()).toBe(0);
    const error = page.locator('[data-testid="trade-error"][data-kind="rate-changed"]');
    expect(await error.textContent()).toContain('Nothing was sent');
    expect(await page.locator('[data-testid="trade-progress"] [data-tx]').count()).toBe(0);
    expect(sentTransactions(wallet)).toBe(sentBefore);
    expect(wallet.requests.filter((r) => r.method.startsWith('eth_sign') || r.method === 'personal_sign')).toHaveLength(0);
    expect(await usdcOf()).toBe(usdcBefore);
    expect(await ethOf()).toBe(ethBefore);
    expect(await page.locator('[data-testid="trade-history"] li[data-phase="cancelled"]').count()).toBe(1);

    // Clean state: the inputs stay, the review comes back, and nothing is asked again without a click.
    expect(await page.locator('#trade-amount').inputValue()).toBe('0.05');
    const stepRequests = stage.world.fake.requestsTo(STEP_TRANSACTION).length;
    await page.getByRole('button', { name: 'New trade' }).click();
    await waitForReview(page);
    expect(await page.getByTestId('sign-button').isDisabled()).toBe(false);
    expect(await page.getByRole('alertdialog', { name: 'The rate changed' }).count()).toBe(0);
    expect(stage.world.fake.requestsTo(STEP_TRANSACTION).length).toBe(stepRequests);
    expect(sentTransactions(wallet)).toBe(sentBefore);
    expect(tp.errors).toEqual([]);
  });

  it('accepting: the re-quoted swap is signed once and pays the new amount on anvil', async () => {
    const { page, wallet } = tp;
    const sentBefore = sentTransactions(wallet);
    const usdcBefore = await usdcOf();
    const ethBefore = await ethOf();

    // 0.04 ETH: 79.8 USDC quoted, 75.81 USDC at signing, at least 75.43095 with the 0.5 % slippage.
    const prompt = await startWorseQuotedSwap('0.04');
    expect(await prompt.textContent()).toContain('about 75.81 USDC instead of 79.8 USDC (5.00 % less)');
    expect(await prompt.getByTestId('rate-update-minimum').textContent()).toContain('at least 75.4309 USDC');
    expect(sentTransactions(wallet)).toBe(sentBefore);
    await prompt.getByRole('button', { name: 'Accept the new rate' }).click();
    await waitForPhase(page, 'done');

    const sent = wallet.requestsFor('eth_sendTransaction').slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.result).toMatch(/^0x[0-9a-f]{64}$/);
    // The router paid the re-quoted amount, not the one first shown.
    expect((await usdcOf()) - usdcBefore).toBe(75_810_000n);
    expect(ethBefore - (await ethOf())).toBeGreaterThan(parseEther('0.04'));
    expect(await page.locator('[data-testid="trade-progress"] a.trade-tx').count()).toBe(1);
    expect(await page.locator('[data-testid="trade-history"] li[data-phase="done"]').count()).toBe(1);
    expect(tp.errors).toEqual([]);
    stage.world.trade.setFaults();
  });
});
