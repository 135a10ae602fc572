import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRADER } from '../support/fake-lifi/trade-world';
import { ARB, BASE, chooseTrade, erc20, openTradePage, sentTransactions, startTradeStage, waitForPhase, waitForReview, waitUntil, type TradePage, type TradeStage } from './trade-fixture';

let stage: TradeStage;
let tp: TradePage;

beforeAll(async () => {
  stage = await startTradeStage({ pendingPolls: 3 });
  // The wallet starts on Arbitrum: the first trade (on Base) must ask to switch. It also offers EIP-5792
  // atomic batching, which the app must decline: a batched approval would skip the pre-sign policy hook.
  const atomic = { atomic: { status: 'supported' } };
  tp = await openTradePage(stage, { chainId: ARB, walletCapabilities: { [`0x${BASE.toString(16)}`]: atomic, [`0x${ARB.toString(16)}`]: atomic } });
});

afterAll(async () => {
  await stage?.close();
});

describe('trade journeys in Chromium (anvil + fake LI.FI + injected wallet)', () => {
  it('swaps USDC to WETH on Base with an exact approval: switch prompt, plain review, two signatures, zero allowance left, balances refreshed', async () => {
    const { page, wallet } = tp;
    const base = stage.world.chains[BASE]!;
    const usdcBefore = await erc20(stage.world, BASE, base.usdc.address, 'balanceOf');
    const wethBefore = await erc20(stage.world, BASE, base.weth.address, 'balanceOf');

    await chooseTrade(page, { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: BASE, symbol: 'WETH' }, amount: '25' });
    await waitForReview(page);
    const review = page.getByTestId('route-review');
    expect(await review.getByTestId('review-send').textContent()).toContain('25 USDC on Base');
    expect(await review.getByTestId('review-approvals').textContent()).toContain('Approve exactly 25 USDC');
    expect(await page.locator('[data-testid="route-card"] .trade-badge').allTextContents()).toEqual(expect.arrayContaining(['Best return', 'Fastest']));

    // Wallet on the wrong chain: signing waits for the switch, and works after it.
    await expect(page.getByTestId('sign-button').isDisabled()).resolves.toBe(true);
    await page.getByTestId('switch-chain').getByRole('button', { name: 'Switch wallet to Base' }).click();
    await page.locator('[data-testid="sign-button"]:not([disabled])').waitFor();
    expect(wallet.chainId).toBe(BASE);

    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'done');
    // Every transaction went to the wallet one by one (through the policy hook), never as a batch.
    expect(wallet.requestsFor('wallet_sendCalls')).toHaveLength(0);
    const sent = wallet.requestsFor('eth_sendTransaction');
    expect(sent).toHaveLength(2); // the exact approval, then the swap
    expect(await erc20(stage.world, BASE, base.usdc.address, 'allowance', base.router)).toBe(0n);
    expect(await erc20(stage.world, BASE, base.usdc.address, 'balanceOf')).toBe(usdcBefore - 25_000_000n);
    expect(await erc20(stage.world, BASE, base.weth.address, 'balanceOf')).toBeGreaterThan(wethBefore);
    // Explorer links for both transactions, and the portfolio refreshed on its own.
    expect(await page.locator('[data-testid="trade-progress"] a.trade-tx').count()).toBe(2);
    await page.locator('.chain-group[data-chain-id="8453"] .token-row[data-symbol="USDC"] .token-amount', { hasText: '975 USDC' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="trade-history"] li[data-phase="done"]').count()).toBe(1);
  });

  it('bridges USDC from Base to Arbitrum and follows it to the destination chain', async () => {
    const { page, wallet } = tp;
    const arb = stage.world.chains[ARB]!;
    await page.getByRole('button', { name: 'New trade' }).click();
    const arbBefore = await erc20(stage.world, ARB, arb.usdc.address, 'balanceOf');
    const sentBefore = sentTransactions(wallet);

    await chooseTrade(page, { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: ARB, symbol: 'USDC' }, amount: '40' });
    await waitForReview(page);
    expect(await page.getByTestId('route-review').textContent()).toContain('Bridge USDC from Base to Arbitrum');
    await page.getByTestId('sign-button').click();
    await waitForPhase(page, 'done', 90_000);

    expect(sentTransactions(wallet) - sentBefore).toBe(2);
    const received = (await erc20(stage.world, ARB, arb.usdc.address, 'balanceOf')) - arbBefore;
    expect(received).toBeGreaterThan(39_000_000n);
    expect(await page.getByTestId('trade-outcome').textContent()).toContain('arrived');
    const receive = page.locator('[data-action="RECEIVING_CHAIN"] a.trade-tx');
    expect(await receive.getAttribute('href')).toMatch(/^https:\/\/arbiscan\.io\/tx\/0x[0-9a-f]{64}$/);
  });

  it('resumes a bridge after a reload mid-flight without asking for a new signature', async () => {
    const { page, wallet } = tp;
    const arb = stage.world.chains[ARB]!;
    await page.getByRole('button', { name: 'New trade' }).click();
    const arbBefore = await erc20(stage.world, ARB, arb.usdc.address, 'balanceOf');

    await chooseTrade(page, { from: { chainId: BASE, symbol: 'USDC' }, to: { chainId: ARB, symbol: 'USDC' }, amount: '10' });
    await waitForReview(page);
    await page.getByTestId('sign-button').click();
    const bridgeTx = page.locator('[data-action="CROSS_CHAIN"] [data-tx]');
    await bridgeTx.waitFor({ timeout: 30_000 });
    const hash = (await bridgeTx.getAttribute('data-tx'))!;
    await waitUntil(() => stage.world.trade.statusLog.some((s) => s.txHash === hash && s.status === 'PENDING'), 'the fake to answer PENDING');
    const signedBefore = sentTransactions(wallet);

    await page.reload();
    // Tracking comes back on its own: same route, same hash, no prompt.
    await page.locator(`[data-action="CROSS_CHAIN"] [data-tx="${hash}"]`).waitFor({ timeout: 60_000 });
    await waitForPhase(page, 'done', 90_000);

    expect(sentTransactions(wallet)).toBe(signedBefore);
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction' || r.method.startsWith('eth_sign') || r.method === 'personal_sign')).toHaveLength(signedBefore);
    expect(stage.world.trade.statusLog.filter((s) => s.txHash === hash).at(-1)?.status).toBe('DONE');
    expect((await erc20(stage.world, ARB, arb.usdc.address, 'balanceOf')) - arbBefore).toBeGreaterThan(9_000_000n);
    expect(await page.locator('[data-testid="trade-history"] li[data-phase="done"]').count()).toBe(3);
    expect(tp.errors).toEqual([]);
    expect(TRADER.address).toBe(wallet.address);
  });
});
