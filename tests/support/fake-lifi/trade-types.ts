import type { Address } from 'viem';
import type { FakeChain, FakeToken } from './fake-lifi';

/**
 * Hostile or broken answers the fake can give (HTTP faults such as 429 or 500 use `fake.failNext`).
 * Faults stay on until cleared; status faults stick to the transactions quoted while they were on.
 */
export type TradeFault =
  | 'unknown-to' // transactionRequest.to is not the diamond
  | 'unlimited-approval' // the step spends (and so approves) MaxUint256
  | 'approval-spender' // estimate.approvalAddress is the attacker
  | 'attacker-recipient' // toAddress and the calldata receiver are the attacker
  | 'refund-address-only' // the step names the user; the calldata pays the attacker and names the user only as refund address
  | 'receiver-in-nested-swap' // the step names the user; the swap pays the attacker, the user appears only inside the nested DEX call
  | 'unknown-facet' // the calldata calls a function no LI.FI facet has (naming the user somewhere in it)
  | 'chain-id-mismatch' // transactionRequest.chainId is another chain
  | 'slippage-50' // slippage 0.5 and toAmountMin half the estimate
  | 'value-loss-12' // 12 % less comes back
  | 'value-loss-25' // 25 % less comes back
  | 'revert-on-simulation' // calldata demands more than the router pays, so it reverts
  | 'worse-rate-at-signing' // advanced/stepTransaction re-quotes 5 % worse than the route (SDK asks acceptExchangeRateUpdateHook)
  | 'status-stuck-pending' // bridge status never leaves PENDING, nothing is paid
  | 'status-partial' // DONE / PARTIAL: paid in another token on the destination chain
  | 'status-refunded' // DONE / REFUNDED: the from-token goes back on the source chain
  | 'status-failed'; // FAILED, nothing is paid

/** An anvil chain the fake trades on: its router is the chain's LI.FI diamond. */
export interface TradeChain {
  chainId: number;
  rpcUrl: string;
  router: Address;
}

export interface FakeTradeOptions {
  chains: TradeChain[];
  /** Key of the relayer allowed to call `release` on every router. */
  relayerKey: `0x${string}`;
  /** Status polls answered NOT_FOUND, then PENDING, before a bridge is DONE (default 1 and 1). */
  notFoundPolls?: number;
  pendingPolls?: number;
}

export interface StatusRecord {
  txHash: string;
  status: string;
  substatus?: string;
}

export interface FakeTrade {
  /** Sets the faults that are on (replacing the previous set); no argument clears them. */
  setFaults(...faults: TradeFault[]): void;
  /** Fixed rate: whole to-tokens per whole from-token; otherwise prices from the token list decide. */
  setRate(from: Pick<FakeToken, 'chainId' | 'address'>, to: Pick<FakeToken, 'chainId' | 'address'>, toPerFrom: number): void;
  /** Every status answer given, in order. */
  statusLog: StatusRecord[];
  /** Resolves once every destination payment started so far is mined. */
  settled(): Promise<void>;
}

export const ATTACKER: Address = '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f';
export const NATIVE: Address = '0x0000000000000000000000000000000000000000';

export type { FakeChain, FakeToken };
