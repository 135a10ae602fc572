import { findPolicyViolation } from './policy/policy-error';
import type { PolicyFinding } from './policy/policy-types';
import { parseRetryAfter } from './retry-after';

type TradeErrorKind =
  | 'policy'
  | 'rejected'
  | 'rate-limited'
  | 'unavailable'
  | 'timeout'
  | 'no-route'
  | 'invalid-request'
  | 'balance'
  | 'gas'
  | 'chain-switch'
  | 'wallet-changed'
  | 'rate-changed'
  | 'slippage'
  | 'reverted'
  | 'unknown';

export interface TradeErrorDescription {
  kind: TradeErrorKind;
  message: string;
  /** A new click may help (re-quote, retry later). */
  retryable: boolean;
  /** Nothing reached the chain because of this error. */
  nothingSent: boolean;
  /** Seconds to wait before retrying, from Retry-After. */
  retryAfterSeconds?: number;
  violations?: PolicyFinding[];
}

/** LI.FI SDK error codes (LiFiErrorCode in @lifi/sdk 4.3.0), mirrored so this module stays import-free. */
const CODE = { Internal: 1000, Validation: 1001, Underpriced: 1002, TxFailed: 1003, Timeout: 1004, ProviderUnavailable: 1005, NotFound: 1006, ChainSwitch: 1007, Unprepared: 1008, GasLimit: 1009, Canceled: 1010, Slippage: 1011, SignatureRejected: 1012, Balance: 1013, Allowance: 1014, InsufficientFunds: 1015, RateUpdateCanceled: 1016, WalletChanged: 1017, Expired: 1018, SimulationFailed: 1019, Conflict: 1020, TxNotFound: 1021, TxRejected: 1022, RateLimit: 1023, ThirdParty: 1024, InsufficientGas: 1025, Config: 1026 } as const;

interface ErrorLike {
  name?: string;
  code?: number | string;
  status?: number;
  message?: string;
  shortMessage?: string;
  details?: string;
  cause?: unknown;
  response?: { headers?: { get?: (name: string) => string | null } };
}

function chain(error: unknown): ErrorLike[] {
  const list: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && list.length < 8) {
    list.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return list;
}

const d = (kind: TradeErrorKind, message: string, retryable: boolean, nothingSent: boolean): TradeErrorDescription => ({ kind, message, retryable, nothingSent });

/** Maps LI.FI SDK errors, HTTP statuses, viem and wallet errors to plain words. Pure but for the clock (`nowMs`, for a Retry-After date). */
export function describeTradeError(error: unknown, nowMs = Date.now()): TradeErrorDescription {
  const policy = findPolicyViolation(error);
  if (policy) return { ...d('policy', `Signing was blocked for your safety: ${policy.violations.map((v) => v.message).join(' ')}`, false, true), violations: policy.violations };

  const errors = chain(error);
  const names = errors.map((e) => e.name ?? '');
  const codes = errors.map((e) => e.code);
  const status = errors.find((e) => typeof e.status === 'number')?.status;
  const text = errors.map((e) => `${e.shortMessage ?? ''} ${e.message ?? ''} ${e.details ?? ''}`).join(' ').toLowerCase();

  if (names.includes('UserRejectedRequestError') || codes.includes(4001) || codes.includes(CODE.SignatureRejected) || codes.includes(CODE.TxRejected) || /user (rejected|denied)|rejected the request/.test(text)) {
    return d('rejected', 'You declined in your wallet. Nothing was sent.', true, true);
  }
  if (status === 429 || codes.includes(CODE.RateLimit)) {
    const header = errors.map((e) => e.response?.headers?.get?.('retry-after')).find(Boolean);
    const seconds = parseRetryAfter(header, nowMs);
    const wait = seconds ? ` Try again in ${seconds} s.` : ' Try again in a minute.';
    return { ...d('rate-limited', `LI.FI is rate limiting requests right now.${wait}`, true, true), ...(seconds ? { retryAfterSeconds: seconds } : {}) };
  }
  if (status === 504 || codes.includes(CODE.Timeout) || names.includes('TimeoutError')) return d('timeout', 'LI.FI took too long to answer. Your inputs are kept; try again.', true, true);
  if (codes.includes(CODE.RateUpdateCanceled)) return d('rate-changed', 'The rate changed and you did not accept the new one. Nothing was sent.', true, true);
  if (codes.includes(CODE.WalletChanged)) return d('wallet-changed', 'The wallet account changed during the trade. Reconnect the account that asked for the quote.', false, true);
  if (codes.includes(CODE.ChainSwitch) || codes.includes(4902) || names.includes('ChainMismatchError') || names.includes('SwitchChainError')) {
    return d('chain-switch', 'Your wallet did not switch to the needed network. Switch it and try again; nothing was sent.', true, true);
  }
  if (codes.includes(CODE.Balance) || codes.includes(CODE.InsufficientFunds) || names.includes('InsufficientFundsError') || /insufficient funds/.test(text)) {
    return d('balance', 'Your balance is too low for this amount plus gas.', false, true);
  }
  if (codes.includes(CODE.InsufficientGas) || codes.includes(CODE.GasLimit) || codes.includes(CODE.Underpriced)) return d('gas', 'The gas settings were too low for this transaction. Ask for a new quote.', true, false);
  if (codes.includes(CODE.Slippage) || status === 409) return d('slippage', 'The price moved beyond your slippage setting. Ask for a new quote.', true, true);
  if (codes.includes(CODE.SimulationFailed) || names.includes('ContractFunctionRevertedError') || names.includes('CallExecutionError') || names.includes('EstimateGasExecutionError')) {
    return d('reverted', 'The transaction would fail on-chain, so it was not sent. Ask for a new quote.', true, true);
  }
  if (codes.includes(CODE.TxFailed) || codes.includes(CODE.Expired)) return d('reverted', 'The transaction failed on-chain. Check it in the explorer and ask for a new quote.', true, false);
  if (status === 404 || codes.includes(CODE.NotFound)) return d('no-route', 'LI.FI found no route for this trade. Try another amount, token or chain.', true, true);
  if (status === 400 || codes.includes(CODE.Validation)) return d('invalid-request', 'LI.FI could not use this request; check the amount and tokens.', false, true);
  if ((status !== undefined && status >= 500) || codes.includes(CODE.Internal) || codes.includes(CODE.ThirdParty) || names.includes('HttpRequestError') || names.includes('TypeError')) {
    return d('unavailable', 'LI.FI or the network is unavailable right now. Your inputs are kept; try again.', true, true);
  }
  return d('unknown', 'Something went wrong with this trade. Check your wallet activity before trying again.', true, false);
}
