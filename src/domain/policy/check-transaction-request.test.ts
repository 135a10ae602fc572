import { describe, expect, it } from 'vitest';
import { checkTransactionRequest } from './check-transaction-request';
import type { PolicyResult, RuleId } from './policy-types';
import { ARB, ATTACKER, DIAMOND, ETH, UNLIMITED, USDC, approveRequest, makeContext, makeStep, swapRequest } from './test-fixtures';

const simulated = { simulation: { ok: true } };

function rules(result: PolicyResult): RuleId[] {
  return result.ok ? [] : result.violations.map((v) => v.rule);
}

describe('checkTransactionRequest: approvals', () => {
  it('accepts an exact approval of the step amount to the diamond', () => {
    expect(checkTransactionRequest(approveRequest(DIAMOND, 100_000_000n), makeStep(), makeContext(), simulated)).toMatchObject({ ok: true });
  });

  it('accepts approve(0) first for tokens that need a reset', () => {
    const step = makeStep();
    step.estimate.approvalReset = true;
    expect(checkTransactionRequest(approveRequest(DIAMOND, 0n), step, makeContext(), simulated).ok).toBe(true);
  });

  it('approval-amount: blocks an unlimited approval', () => {
    const result = checkTransactionRequest(approveRequest(DIAMOND, UNLIMITED), makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['approval-amount']);
    expect(result.ok ? '' : result.violations[0]!.message).toMatch(/unlimited/);
  });

  it('approval-amount: blocks more than the step spends, and more than the user chose', () => {
    expect(rules(checkTransactionRequest(approveRequest(DIAMOND, 100_000_001n), makeStep(), makeContext(), simulated))).toContain('approval-amount');
    const request = { fromChainId: USDC.chainId, fromTokenAddress: USDC.address, fromAmount: 50_000_000n, toChainId: ARB, toTokenAddress: USDC.address };
    expect(rules(checkTransactionRequest(approveRequest(DIAMOND, 100_000_000n), makeStep(), makeContext({ request }), simulated))).toContain('approval-amount');
  });

  it('approval-spender: blocks a spender that is not the step approval address', () => {
    const result = checkTransactionRequest(approveRequest(ATTACKER, 100_000_000n), makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['approval-spender']);
  });

  it('approval-spender: blocks when the approval address itself was swapped for an attacker', () => {
    const step = makeStep();
    step.estimate.approvalAddress = ATTACKER;
    expect(rules(checkTransactionRequest(approveRequest(ATTACKER, 100_000_000n), step, makeContext(), simulated))).toContain('approval-spender');
  });

  it('approval-token: blocks an approval sent to another contract or with other calldata', () => {
    expect(rules(checkTransactionRequest(approveRequest(DIAMOND, 100_000_000n, ATTACKER), makeStep(), makeContext(), simulated))).toEqual(['approval-token']);
    expect(rules(checkTransactionRequest({ requestType: 'approve', to: USDC.address, data: '0xdeadbeef' }, makeStep(), makeContext(), simulated))).toEqual(['approval-token']);
  });
});

describe('checkTransactionRequest: the swap or bridge call', () => {
  it('accepts a call to the diamond naming the account', () => {
    expect(checkTransactionRequest(swapRequest(), makeStep(), makeContext(), simulated)).toMatchObject({ ok: true });
  });

  it('to-is-lifi-contract: blocks an unknown `to`', () => {
    const result = checkTransactionRequest(swapRequest({ to: ATTACKER }), makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['to-is-lifi-contract']);
  });

  it('recipient: blocks calldata paying an attacker and a step whose toAddress is the attacker', () => {
    expect(rules(checkTransactionRequest(swapRequest({}, ATTACKER), makeStep(), makeContext(), simulated))).toEqual(['recipient']);
    const step = makeStep();
    step.action.toAddress = ATTACKER;
    expect(rules(checkTransactionRequest(swapRequest(), step, makeContext(), simulated))).toEqual(['recipient']);
  });

  it('sender: blocks a request from another address', () => {
    expect(rules(checkTransactionRequest(swapRequest({ from: ATTACKER }), makeStep(), makeContext(), simulated))).toEqual(['sender']);
  });

  it('chain-id: blocks a chain id mismatch and a missing chain id', () => {
    expect(rules(checkTransactionRequest(swapRequest({ chainId: ARB }), makeStep(), makeContext(), simulated))).toEqual(['chain-id']);
    expect(rules(checkTransactionRequest(swapRequest({ chainId: undefined }), makeStep(), makeContext(), simulated))).toEqual(['chain-id']);
  });

  it('slippage: blocks a step updated to 50 % slippage', () => {
    const step = makeStep();
    step.action.slippage = 0.5;
    expect(rules(checkTransactionRequest(swapRequest(), step, makeContext(), simulated))).toContain('slippage');
  });

  it('simulation: blocks a revert, and a request nobody simulated', () => {
    const reverted = checkTransactionRequest(swapRequest(), makeStep(), makeContext(), { simulation: { ok: false, reason: 'execution reverted: amount out below minimum' } });
    expect(rules(reverted)).toEqual(['simulation']);
    expect(reverted.ok ? '' : reverted.violations[0]!.message).toMatch(/amount out below minimum.*new quote/);
    expect(rules(checkTransactionRequest(swapRequest(), makeStep(), makeContext()))).toEqual(['simulation']);
  });

  it('native-value: blocks native coin sent with an ERC-20 swap; allows exactly the amount for a native swap', () => {
    expect(rules(checkTransactionRequest(swapRequest({ value: 1n }), makeStep(), makeContext(), simulated))).toEqual(['native-value']);
    const native = makeStep({ fromToken: ETH, toToken: USDC });
    expect(checkTransactionRequest(swapRequest({ value: BigInt(native.action.fromAmount) }), native, makeContext(), simulated).ok).toBe(true);
    expect(rules(checkTransactionRequest(swapRequest({ value: BigInt(native.action.fromAmount) + 1n }), native, makeContext(), simulated))).toContain('native-value');
  });

  it('gas-reserve: blocks a native spend that leaves no gas', () => {
    const native = makeStep({ fromToken: ETH, toToken: USDC });
    const ctx = makeContext({ balanceOf: () => BigInt(native.action.fromAmount) + 1n });
    expect(rules(checkTransactionRequest(swapRequest({ value: BigInt(native.action.fromAmount) }), native, ctx, simulated))).toEqual(['gas-reserve']);
  });

  it('value-loss: the step re-quoted at signing time is checked again (12 % asks confirmation, 25 % blocked)', () => {
    expect(rules(checkTransactionRequest(swapRequest(), makeStep({ lossFraction: 0.12 }), makeContext(), simulated))).toEqual(['value-loss-confirmation']);
    expect(checkTransactionRequest(swapRequest(), makeStep({ lossFraction: 0.12 }), makeContext({ valueLossConfirmed: true }), simulated).ok).toBe(true);
    expect(rules(checkTransactionRequest(swapRequest(), makeStep({ lossFraction: 0.25 }), makeContext({ valueLossConfirmed: true }), simulated))).toEqual(['value-loss']);
  });

  it('reports several failures at once, each naming its rule', () => {
    const result = checkTransactionRequest(swapRequest({ to: ATTACKER, chainId: ARB }, ATTACKER), makeStep(), makeContext(), { simulation: { ok: false } });
    expect(new Set(rules(result))).toEqual(new Set(['to-is-lifi-contract', 'chain-id', 'recipient', 'simulation']));
  });
});
