/** Plain words for LI.FI execution actions, bridge substatuses and outcomes. Pure. */

type OutcomeTone = 'success' | 'warning' | 'error';

export interface Outcome {
  title: string;
  detail: string;
  tone: OutcomeTone;
}

/** What a finished (DONE) transfer means, by LI.FI substatus. */
export function explainDone(substatus: string | undefined): Outcome {
  switch (substatus) {
    case 'PARTIAL':
      return { title: 'Partly done', detail: 'The bridge could not deliver the token you chose, so you received another token on the destination chain instead. Check your balances there.', tone: 'warning' };
    case 'REFUNDED':
      return { title: 'Refunded', detail: 'The transfer could not be completed and your tokens were sent back to you on the source chain. Nothing arrived on the destination chain.', tone: 'warning' };
    case 'COMPLETED':
    case undefined:
      return { title: 'Done', detail: 'The tokens arrived in your wallet.', tone: 'success' };
    default:
      // A substatus LI.FI added after this app was written: never claim the tokens arrived.
      return { title: 'Finished', detail: 'LI.FI reports the transfer as finished, but in a way this app does not know. Check your balances on both chains and open the explorer link.', tone: 'warning' };
  }
}

/** Why a transfer failed, by LI.FI's FAILED substatus (@lifi/types `_SubstatusFailed`). */
const FAILED_WORDS: Record<string, string> = {
  INSUFFICIENT_ALLOWANCE: 'The LI.FI contract was not allowed to spend enough of your token.',
  INSUFFICIENT_BALANCE: 'Your wallet did not hold enough of the token when the transaction ran.',
  OUT_OF_GAS: 'The transaction ran out of gas.',
  EXPIRED: 'The quote expired before the transaction ran.',
  SLIPPAGE_EXCEEDED: 'The price moved more than your slippage allows.',
  UNKNOWN_FAILED_ERROR: 'The bridge or exchange reported an error it did not explain.',
};

export function explainFailed(substatusMessage?: string, substatus?: string): Outcome {
  const reason = substatus && FAILED_WORDS[substatus] ? ` ${FAILED_WORDS[substatus]}` : '';
  const extra = substatusMessage ? ` LI.FI says: "${substatusMessage}".` : '';
  return { title: 'Failed', detail: `The transfer failed.${reason}${extra} Open the explorer link to see whether a refund is on its way; nothing is re-signed automatically.`, tone: 'error' };
}

const PENDING_WORDS: Record<string, string> = {
  WAIT_SOURCE_CONFIRMATIONS: 'Waiting for confirmations on the source chain.',
  WAIT_DESTINATION_TRANSACTION: 'Waiting for the tokens to arrive on the destination chain.',
  BRIDGE_NOT_AVAILABLE: 'The bridge is temporarily unavailable; the transfer continues when it is back.',
  CHAIN_NOT_AVAILABLE: 'A chain of this transfer is temporarily unavailable; the transfer continues when it is back.',
  REFUND_IN_PROGRESS: 'The transfer could not complete; a refund is in progress.',
  UNKNOWN_ERROR: 'The bridge reports an unknown problem; it may still complete.',
  NOT_PROCESSABLE_REFUND_NEEDED: 'The bridge cannot process this transfer; a refund is needed. Check the LI.FI explorer.',
  INTENT_AWAITING_FUNDS: 'Waiting for your funds to reach the solver.',
  INTENT_READY: 'The order is ready and waiting for a solver to fill it.',
  INTENT_EXECUTING: 'A solver is filling the order.',
  INTENT_FAILED_RETRYABLE: 'A solver could not fill the order yet; it is being tried again.',
  INTENT_SIMULATION_FAILURE: 'The order failed a check before filling; it may be retried or refunded. Check the LI.FI explorer.',
};

/** What a PENDING substatus means while the bridge works. */
export function explainPending(substatus: string | undefined): string {
  return (substatus && PENDING_WORDS[substatus]) || 'Waiting for the bridge.';
}

export function actionLabel(type: string, names: { symbol: string; fromChain: string; toChain: string; amountText?: string }): string {
  switch (type) {
    case 'CHECK_ALLOWANCE': return `Check the ${names.symbol} allowance`;
    case 'RESET_ALLOWANCE': return `Reset the ${names.symbol} approval to 0`;
    case 'SET_ALLOWANCE': return `Approve ${names.amountText ? `exactly ${names.amountText} ` : ''}${names.symbol}`;
    case 'SWAP': return `Swap on ${names.fromChain}`;
    case 'CROSS_CHAIN': return `Bridge from ${names.fromChain} to ${names.toChain}`;
    case 'RECEIVING_CHAIN': return `Receive on ${names.toChain}`;
    case 'PERMIT':
    case 'NATIVE_PERMIT': return 'Sign a permit';
    default: return type.toLowerCase().replace(/_/g, ' ');
  }
}

export function actionStatusText(status: string, type: string): string {
  switch (status) {
    case 'STARTED': return 'Starting…';
    case 'ACTION_REQUIRED':
    case 'MESSAGE_REQUIRED':
    case 'RESET_REQUIRED': return 'Confirm in your wallet';
    case 'PENDING': return type === 'RECEIVING_CHAIN' ? 'Waiting on the destination chain…' : 'Waiting for the chain…';
    case 'DONE': return 'Done';
    case 'FAILED': return 'Failed';
    case 'CANCELLED': return 'Cancelled';
    default: return status.toLowerCase();
  }
}
