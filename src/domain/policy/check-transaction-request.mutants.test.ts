import { describe, expect, it } from 'vitest';
import { encodeFunctionData, erc20Abi } from 'viem';
import { checkTransactionRequest } from './check-transaction-request';
import { decodeApproval } from './decode-approval';
import { decodeLifiCall } from './decode-lifi-call';
import type { PolicyResult, RuleId } from './policy-types';
import { ACCOUNT, ARB, BASE, DIAMOND, ETH, USDC, approveRequest, makeContext, makeStep, swapCalldata, swapRequest } from './test-fixtures';

const simulated = { simulation: { ok: true } };
const rules = (r: PolicyResult): RuleId[] => (r.ok ? [] : r.violations.map((v) => v.rule));
const messages = (r: PolicyResult): string => (r.ok ? '' : r.violations.map((v) => v.message).join(' | '));
const SPEND = 100_000_000n;

describe('approvals at their edges', () => {
  it('an approval that also sends native coin is blocked', () => {
    const result = checkTransactionRequest({ ...approveRequest(DIAMOND, SPEND), value: 1n }, makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['native-value']);
    expect(messages(result)).toBe('An approval must not send any native coin.');
  });

  it('2^128 counts as unlimited; 2^128 - 1 is "not exact", not unlimited', () => {
    expect(messages(checkTransactionRequest(approveRequest(DIAMOND, 2n ** 128n), makeStep(), makeContext(), simulated))).toBe('The approval is unlimited; only the exact amount being spent may be approved.');
    const below = messages(checkTransactionRequest(approveRequest(DIAMOND, 2n ** 128n - 1n), makeStep(), makeContext(), simulated));
    expect(below).toContain(`The approval is for ${2n ** 128n - 1n} base units, but this step spends ${SPEND}; approvals must be exact.`);
    expect(below).not.toContain('unlimited');
  });

  it('approving exactly the balance passes; one base unit more than held is blocked', () => {
    expect(checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), makeContext({ balanceOf: () => SPEND }), simulated).ok).toBe(true);
    const short = checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), makeContext({ balanceOf: () => SPEND - 1n }), simulated);
    expect(rules(short)).toEqual(['approval-amount']);
    expect(messages(short)).toBe('The approval is for more USDC than you hold.');
  });

  it('the amount the user chose binds only on the same chain and token', () => {
    const chosen = (over: object) => makeContext({ request: { fromChainId: BASE, fromTokenAddress: USDC.address, fromAmount: SPEND - 1n, toChainId: BASE, toTokenAddress: ETH.address, ...over } });
    expect(messages(checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), chosen({}), simulated))).toContain(`not the ${SPEND - 1n} you chose to send`);
    expect(checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), chosen({ fromChainId: ARB }), simulated).ok).toBe(true);
    expect(checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), chosen({ fromTokenAddress: ETH.address }), simulated).ok).toBe(true);
  });

  it('without requestType, approve calldata to the token is an approval, to the diamond it is a call', () => {
    const asApproval = { ...approveRequest(DIAMOND, 2n ** 200n), requestType: undefined };
    expect(rules(checkTransactionRequest(asApproval, makeStep(), makeContext(), simulated))).toEqual(['approval-amount']);
    const toDiamond = { ...approveRequest(DIAMOND, SPEND, DIAMOND), requestType: undefined, chainId: BASE };
    expect(rules(checkTransactionRequest(toDiamond, makeStep(), makeContext(), simulated))).toEqual(['unreadable-call']);
    expect(rules(checkTransactionRequest({ requestType: undefined, to: USDC.address, chainId: BASE, data: swapCalldata() }, makeStep(), makeContext(), simulated))).toContain('to-is-lifi-contract');
  });
});

describe('native value on the call', () => {
  const nativeFee = (included: boolean | undefined, token = ETH, amount = '7') => ({ name: 'fee', percentage: '0', token, amount, amountUSD: '0', ...(included === undefined ? {} : { included }) });

  it('only a native fee marked included: false on the source chain may ride on top', () => {
    const withFee = (fee: object) => {
      const step = makeStep();
      step.estimate.feeCosts = [fee as never];
      return step;
    };
    expect(checkTransactionRequest(swapRequest({ value: 7n }), withFee(nativeFee(false)), makeContext(), simulated).ok).toBe(true);
    expect(rules(checkTransactionRequest(swapRequest({ value: 8n }), withFee(nativeFee(false)), makeContext(), simulated))).toEqual(['native-value']);
    for (const fee of [nativeFee(true), nativeFee(undefined), nativeFee(false, { ...ETH, chainId: ARB }), nativeFee(false, USDC)]) {
      const result = checkTransactionRequest(swapRequest({ value: 7n }), withFee(fee), makeContext(), simulated);
      expect(rules(result), JSON.stringify(fee)).toEqual(['native-value']);
      expect(messages(result)).toBe('The transaction would send 7 native base units; this step allows at most 0.');
    }
  });

  it('an unreadable value is blocked by name', () => {
    const result = checkTransactionRequest(swapRequest({ value: 'lots' }), makeStep(), makeContext(), simulated);
    expect(messages(result)).toContain('The transaction would send an unreadable amount of native base units');
  });

  it('gas reserve: spend plus reserve equal to the balance passes, one more base unit does not', () => {
    const native = makeStep({ fromToken: ETH, toToken: USDC });
    const spend = BigInt(native.action.fromAmount);
    const reserve = 5_000_000_000_000_000n;
    expect(checkTransactionRequest(swapRequest({ value: spend }), native, makeContext({ balanceOf: () => spend + reserve }), simulated).ok).toBe(true);
    const tight = checkTransactionRequest(swapRequest({ value: spend }), native, makeContext({ balanceOf: () => spend + reserve - 1n }), simulated);
    expect(messages(tight)).toBe('Sending this much ETH would leave too little to pay for gas.');
  });
});

describe('the words of each block', () => {
  it('names the target, the chain, the sender and the simulation', () => {
    const result = checkTransactionRequest(swapRequest({ to: USDC.address, chainId: ARB, from: USDC.address }), makeStep(), makeContext(), { simulation: { ok: false } });
    expect(messages(result)).toBe([
      'The transaction goes to 0x8335…2913, which is not the LI.FI contract of this chain.',
      'The transaction is for chain 42161, but this step starts on chain 8453.',
      'The transaction would be sent from 0x8335…2913, not from your connected account.',
      'The transaction fails in simulation; nothing was sent. Ask for a new quote.',
    ].join(' | '));
    expect(messages(checkTransactionRequest(swapRequest({ chainId: undefined }), makeStep(), makeContext(), simulated))).toBe('The transaction does not say which chain it is for.');
    expect(messages(checkTransactionRequest(swapRequest(), makeStep(), makeContext()))).toBe('The transaction was not simulated, so it cannot be shown to your wallet.');
  });

  it('names the approval token and spender', () => {
    const wrongToken = checkTransactionRequest(approveRequest(DIAMOND, SPEND, DIAMOND), makeStep(), makeContext(), simulated);
    expect(messages(wrongToken)).toBe('The approval goes to 0x1231…4EaE, not to the USDC token contract this step spends.');
    const notApprove = checkTransactionRequest({ requestType: 'approve', to: USDC.address, data: '0x' }, makeStep(), makeContext(), simulated);
    expect(messages(notApprove)).toBe('The approval request is not a plain ERC-20 approve call.');
    const spender = checkTransactionRequest(approveRequest(ACCOUNT, SPEND), makeStep(), makeContext(), simulated);
    expect(messages(spender)).toBe('The approval would let 0x7099…79C8 spend your USDC; only the step\'s LI.FI contract 0x1231…4EaE may.');
  });
});

describe('decoders reject near misses', () => {
  const approve = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [DIAMOND, SPEND] });
  const transfer = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [DIAMOND, SPEND] });

  it('decodeApproval: only a whole hex approve call', () => {
    expect(decodeApproval(approve)).toEqual({ spender: DIAMOND, amount: SPEND });
    expect(decodeApproval(transfer)).toBeUndefined();
    expect(decodeApproval(`zz${approve}`)).toBeUndefined();
    expect(decodeApproval(`${approve}zz`)).toBeUndefined();
    // viem would read an odd trailing nibble as a shifted spender and amount.
    expect(decodeApproval(`${approve}a`)).toBeUndefined();
    expect(decodeApproval(undefined)).toBeUndefined();
  });

  it('decodeLifiCall: the selector needs four whole bytes of hex', () => {
    expect(decodeLifiCall('0x4630a0')).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall('0x12345678')).toEqual({ ok: false, reason: 'unknown-function', selector: '0x12345678' });
    expect(decodeLifiCall(`zz${swapCalldata().slice(2)}`)).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall(`${swapCalldata()}z`)).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall(`zz${swapCalldata()}`)).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall(`${swapCalldata()}a`)).toEqual({ ok: false, reason: 'not-calldata' });
  });
});

describe('incomplete or odd steps never throw and never pass', () => {
  it('a step without an action or estimate is refused as incomplete', () => {
    const noAction = { ...makeStep(), action: undefined } as never;
    expect(rules(checkTransactionRequest(swapRequest(), noAction, makeContext(), simulated))).toEqual(['route-shape']);
    const noEstimate = { ...makeStep(), estimate: undefined } as never;
    expect(rules(checkTransactionRequest(approveRequest(DIAMOND, SPEND), noEstimate, makeContext(), simulated))).toEqual(['route-shape', 'approval-spender']);
    expect(rules(checkTransactionRequest(swapRequest(), noEstimate, makeContext(), simulated))).toEqual(['route-shape']);
  });

  it('a step without fee costs, or a fee without a token, allows no native value on top', () => {
    const step = makeStep();
    delete (step.estimate as { feeCosts?: unknown }).feeCosts;
    expect(rules(checkTransactionRequest(swapRequest({ value: 1n }), step, makeContext(), simulated))).toEqual(['native-value']);
    step.estimate.feeCosts = [{ name: 'fee', percentage: '0', amount: '7', amountUSD: '0', included: false } as never];
    expect(rules(checkTransactionRequest(swapRequest({ value: 7n }), step, makeContext(), simulated))).toEqual(['native-value']);
  });

  it('an unreadable native value is blocked without a gas-reserve sum', () => {
    const native = makeStep({ fromToken: ETH, toToken: USDC });
    expect(rules(checkTransactionRequest(swapRequest({ value: 'lots' }), native, makeContext(), simulated))).toEqual(['native-value']);
  });

  it('a "transaction" request carrying approve calldata is checked as a call, not as an approval', () => {
    const disguised = { ...approveRequest(DIAMOND, SPEND), requestType: 'transaction' as const, chainId: BASE };
    expect(rules(checkTransactionRequest(disguised, makeStep(), makeContext(), simulated))).toEqual(['to-is-lifi-contract', 'unreadable-call']);
  });

  it('the spender must be both the approval address and the diamond, even when the step skips the approval check', () => {
    const step = makeStep();
    step.estimate.skipApproval = true;
    step.estimate.approvalAddress = ACCOUNT;
    expect(rules(checkTransactionRequest(approveRequest(ACCOUNT, SPEND), step, makeContext(), simulated))).toEqual(['approval-spender']);
  });

  it('a malformed step amount makes any approval inexact', () => {
    const step = makeStep({ fromAmount: 'lots' });
    expect(rules(checkTransactionRequest(approveRequest(DIAMOND, SPEND), step, makeContext(), simulated))).toEqual(['route-shape', 'approval-amount']);
  });

  it('an approval of exactly what the user chose passes', () => {
    const ctx = makeContext({ request: { fromChainId: BASE, fromTokenAddress: USDC.address, fromAmount: SPEND, toChainId: BASE, toTokenAddress: ETH.address } });
    expect(checkTransactionRequest(approveRequest(DIAMOND, SPEND), makeStep(), ctx, simulated).ok).toBe(true);
  });
});

