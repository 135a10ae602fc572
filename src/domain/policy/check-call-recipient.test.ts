import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import { checkTransactionRequest } from './check-transaction-request';
import type { PolicyResult, RuleId } from './policy-types';
import { ACCOUNT, ARB, ATTACKER, USDC, bridgeCalldata, makeContext, makeStep, swapCalldata, swapRequest } from './test-fixtures';

const simulated = { simulation: { ok: true } };

function rules(result: PolicyResult): RuleId[] {
  return result.ok ? [] : result.violations.map((v) => v.rule);
}

function messages(result: PolicyResult): string {
  return result.ok ? '' : result.violations.map((v) => v.message).join(' | ');
}

/** A bridge step: 100 USDC on Base to 99.9 USDC on Arbitrum. */
function bridgeStep() {
  const step = makeStep({ toToken: { ...USDC, chainId: ARB, address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831' } });
  step.estimate.toAmount = '99900000';
  step.estimate.toAmountMin = '99400500';
  return step;
}

const bridgeRequest = (data: `0x${string}`) => swapRequest({ data });

describe('recipient, decoded exactly from the LI.FI facet arguments', () => {
  it('passes a swap whose _receiver is the account, and a bridge whose BridgeData.receiver is the account', () => {
    expect(checkTransactionRequest(swapRequest(), makeStep(), makeContext(), simulated).ok).toBe(true);
    expect(checkTransactionRequest(bridgeRequest(bridgeCalldata()), bridgeStep(), makeContext(), simulated).ok).toBe(true);
  });

  it('blocks a bridge paying an attacker that names the user only as the refund address', () => {
    const result = checkTransactionRequest(bridgeRequest(bridgeCalldata({ receiver: ATTACKER, refund: ACCOUNT })), bridgeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['recipient']);
    expect(messages(result)).toMatch(/would pay 0x0000…dEaD, not your connected account/);
  });

  it('blocks a swap paying an attacker whose nested DEX call data names the user', () => {
    const result = checkTransactionRequest(swapRequest({ data: swapCalldata(ATTACKER, ACCOUNT) }), makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['recipient']);
  });

  it('blocks a function no LI.FI facet has, even when it names the user, with the selector in plain words', () => {
    const shadow = toFunctionSelector('function startBridgeTokensViaShadow(bytes32,address)');
    const data = `${shadow}${encodeAbiParameters([{ type: 'bytes32' }, { type: 'address' }], [`0x${'11'.repeat(32)}`, ACCOUNT]).slice(2)}` as const;
    const result = checkTransactionRequest(swapRequest({ data }), makeStep(), makeContext(), simulated);
    expect(rules(result)).toEqual(['unreadable-call']);
    expect(messages(result)).toContain(`cannot read (function ${shadow})`);
  });

  it('blocks calldata that is missing, not hex, or truncated for the function it names', () => {
    for (const data of [undefined, '0x', 'not hex', '0x4630a0d8', swapCalldata().slice(0, 200)]) {
      expect(rules(checkTransactionRequest(swapRequest({ data }), makeStep(), makeContext(), simulated)), String(data)).toEqual(['unreadable-call']);
    }
  });

  it('blocks a bridge to another destination chain than the step, and a destination contract call', () => {
    expect(rules(checkTransactionRequest(bridgeRequest(bridgeCalldata({ destinationChainId: 10 })), bridgeStep(), makeContext(), simulated))).toEqual(['chain-id']);
    const call = checkTransactionRequest(bridgeRequest(bridgeCalldata({ hasDestinationCall: true })), bridgeStep(), makeContext(), simulated);
    expect(rules(call)).toEqual(['recipient']);
    expect(messages(call)).toMatch(/destination chain/);
  });

  it('blocks a swap call for a bridge step and a bridge call for a swap step', () => {
    expect(rules(checkTransactionRequest(swapRequest(), bridgeStep(), makeContext(), simulated))).toEqual(['matches-request']);
    expect(rules(checkTransactionRequest(bridgeRequest(bridgeCalldata()), makeStep(), makeContext(), simulated))).toEqual(['matches-request']);
  });

  it('compares addresses without regard to checksum case', () => {
    expect(checkTransactionRequest(swapRequest({ data: swapCalldata(ACCOUNT.toLowerCase()) }), makeStep(), makeContext({ account: ACCOUNT.toUpperCase().replace('0X', '0x') }), simulated).ok).toBe(true);
  });

  it('says each block in plain words', () => {
    const say = (data: string | undefined, step = makeStep()) => messages(checkTransactionRequest(swapRequest({ data }), step, makeContext(), simulated));
    expect(say(undefined)).toBe('The transaction carries no readable call data, so who gets paid cannot be checked.');
    expect(say('0x4630a0d8')).toBe('The transaction data does not match the LI.FI function it names (function 0x4630a0d8), so who gets paid cannot be checked.');
    expect(say(swapCalldata(), bridgeStep())).toBe('The transaction only swaps on chain 8453, but this step should bridge to chain 42161.');
    expect(say(bridgeCalldata())).toBe('The transaction bridges to chain 42161, but this step is a swap on chain 8453.');
    expect(say(bridgeCalldata({ destinationChainId: 10 }), bridgeStep())).toBe('The transaction bridges to chain 10, but this step should arrive on chain 42161.');
    expect(say(bridgeCalldata({ hasDestinationCall: true }), bridgeStep())).toBe('The transaction runs another contract call on the destination chain, so who finally gets paid there cannot be checked.');
    expect(say(swapCalldata(ATTACKER))).toBe('The transaction would pay 0x0000…dEaD, not your connected account 0x7099…79C8.');
  });
});
