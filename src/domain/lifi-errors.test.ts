import { describe, expect, it } from 'vitest';
import { SDKError, HTTPError, TransactionError, ProviderError, LiFiErrorCode, UnknownError } from '@lifi/sdk';
import { UserRejectedRequestError, InsufficientFundsError, BaseError as ViemBaseError } from 'viem';
import { describeTradeError } from './lifi-errors';
import { PolicyViolationError } from './policy/policy-error';

function httpError(status: number, headers: Record<string, string> = {}) {
  return new SDKError(new HTTPError(new Response('{}', { status, headers }), 'http://lifi.test/v1/quote', {}));
}

describe('describeTradeError', () => {
  it('names the policy rule when the hook blocked signing, through the SDK wrappers', () => {
    const policy = new PolicyViolationError([{ rule: 'recipient', message: 'The route would deliver the tokens to 0xdead…beef.' }]);
    const wrapped = new SDKError(new UnknownError(policy.message, policy));
    const described = describeTradeError(wrapped);
    expect(described).toMatchObject({ kind: 'policy', nothingSent: true, retryable: false });
    expect(described.message).toMatch(/blocked.*0xdead/);
    expect(described.violations?.[0]?.rule).toBe('recipient');
  });

  it('the wallet rejecting: nothing was sent', () => {
    const viemRejection = new UserRejectedRequestError(new Error('User rejected the request.'));
    expect(describeTradeError(viemRejection)).toMatchObject({ kind: 'rejected', nothingSent: true, message: expect.stringMatching(/Nothing was sent/) });
    expect(describeTradeError(new SDKError(new TransactionError(LiFiErrorCode.SignatureRejected, 'rejected')))).toMatchObject({ kind: 'rejected' });
    expect(describeTradeError({ code: 4001, message: 'User denied' })).toMatchObject({ kind: 'rejected' });
  });

  it('429 says rate limited and keeps the Retry-After', () => {
    const described = describeTradeError(httpError(429, { 'retry-after': '12' }));
    expect(described).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 12, retryable: true });
    expect(described.message).toContain('Try again in 12 s.');
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(describeTradeError(httpError(429, { 'retry-after': 'Wed, 01 Jan 2025 00:00:45 GMT' }), now).retryAfterSeconds).toBe(45);
    expect(describeTradeError(httpError(429)).retryAfterSeconds).toBeUndefined();
    expect(described.message).toMatch(/12 s/);
  });

  it('maps HTTP statuses: 500 unavailable, 504 timeout, 404 no route, 400 invalid', () => {
    expect(describeTradeError(httpError(500)).kind).toBe('unavailable');
    expect(describeTradeError(httpError(504)).kind).toBe('timeout');
    expect(describeTradeError(httpError(404)).kind).toBe('no-route');
    expect(describeTradeError(httpError(400)).kind).toBe('invalid-request');
  });

  it('maps SDK execution codes', () => {
    const sdk = (code: LiFiErrorCode) => describeTradeError(new SDKError(new TransactionError(code, 'x'))).kind;
    expect(sdk(LiFiErrorCode.ExchangeRateUpdateCanceled)).toBe('rate-changed');
    expect(sdk(LiFiErrorCode.WalletChangedDuringExecution)).toBe('wallet-changed');
    expect(sdk(LiFiErrorCode.TransactionSimulationFailed)).toBe('reverted');
    expect(sdk(LiFiErrorCode.BalanceError)).toBe('balance');
    expect(sdk(LiFiErrorCode.SlippageError)).toBe('slippage');
    expect(describeTradeError(new SDKError(new ProviderError(LiFiErrorCode.ChainSwitchError, 'Chain switch required.'))).kind).toBe('chain-switch');
  });

  it('maps viem errors', () => {
    expect(describeTradeError(new InsufficientFundsError({ cause: new ViemBaseError('x') })).kind).toBe('balance');
    const reverted = Object.assign(new Error('execution reverted'), { name: 'ContractFunctionRevertedError' });
    expect(describeTradeError(reverted).kind).toBe('reverted');
  });

  it('falls back to a careful unknown', () => {
    expect(describeTradeError('weird')).toMatchObject({ kind: 'unknown', nothingSent: false });
    expect(describeTradeError(undefined).kind).toBe('unknown');
  });
});
