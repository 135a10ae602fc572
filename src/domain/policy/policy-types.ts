import type { LiFiStep, Route } from '@lifi/sdk';

/** Stable ids of the pre-sign rules (the README's "Safety rules before every signature"). */
export type RuleId =
  | 'route-shape'
  | 'matches-request'
  | 'verified-token'
  | 'to-is-lifi-contract'
  | 'approval-token'
  | 'approval-spender'
  | 'approval-amount'
  | 'native-value'
  | 'recipient'
  | 'unreadable-call'
  | 'sender'
  | 'chain-id'
  | 'slippage'
  | 'value-loss'
  | 'value-loss-confirmation'
  | 'simulation'
  | 'balance'
  | 'gas-reserve';

export interface PolicyFinding {
  rule: RuleId;
  message: string;
}

export interface ValueLoss {
  /** 0.12 = 12 % of what is sent (plus gas and fees on top) does not come back. */
  fraction: number;
  level: 'none' | 'warn' | 'typed-confirmation' | 'blocked';
}

export type PolicyResult =
  | { ok: true; warnings: PolicyFinding[]; valueLoss?: ValueLoss }
  | { ok: false; violations: PolicyFinding[]; warnings: PolicyFinding[]; valueLoss?: ValueLoss };

/** A token from the verified LI.FI token list. */
export interface VerifiedToken {
  chainId: number;
  address: string;
  symbol: string;
  decimals: number;
  priceUSD?: string;
}

/** What the user asked for; a route that answers something else is refused. */
export interface TradeRequest {
  fromChainId: number;
  fromTokenAddress: string;
  fromAmount: bigint;
  toChainId: number;
  toTokenAddress: string;
}

export interface PolicyContext {
  /** The connected wallet account: the only allowed sender and recipient. */
  account: string;
  /** LI.FI diamond per chain id, from /v1/chains `diamondAddress`. */
  diamonds: Readonly<Record<number, string | undefined>>;
  /** Verified token list (LI.FI /v1/tokens). */
  tokens: readonly VerifiedToken[];
  /** Balance in base units, undefined when it could not be read. */
  balanceOf: (chainId: number, tokenAddress: string) => bigint | undefined;
  /** The user's slippage setting (0.005 = 0.5 %); clamped to the hard cap. */
  slippage?: number;
  /** Native coin (base units) kept back for gas when the native coin itself is spent. */
  gasReserve: (chainId: number) => bigint;
  /** The user typed the confirmation for a value loss between 10 % and 20 %. */
  valueLossConfirmed?: boolean;
  request?: TradeRequest;
}

/** The outcome of eth_call / estimateGas, computed by the caller (I/O stays outside the policy). */
export interface SimulationResult {
  ok: boolean;
  reason?: string;
}

/** A transaction request as the SDK hands it to `updateTransactionRequestHook`, or as LI.FI returns it. */
export interface PolicyTransactionRequest {
  requestType?: 'approve' | 'transaction';
  to?: string;
  from?: string;
  data?: string;
  value?: bigint | string;
  chainId?: number;
}

export type PolicyRoute = Route;
export type PolicyStep = LiFiStep;
