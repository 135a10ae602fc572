import { formatUnitsExact } from '@/domain/amounts';
import type { TradeRequest } from '@/domain/policy/policy-types';
import type { AmountChoice } from './amount-input';
import type { TradeSelection } from './default-selection';
import type { TradeThesis } from './trade-slots';

/** A trade handed in from outside the form (the agent's "Review & sign"); a new key applies it again. */
export interface TradeHandoff extends TradeRequest {
  key: number;
  /** The agent's reason and source article, kept in the history when this exact trade starts. */
  thesis?: TradeThesis;
}

interface ListedToken {
  chainId: number;
  address: string;
  symbol: string;
  decimals: number;
}

type RequestSelection = { ok: true; selection: TradeSelection; amount: AmountChoice } | { ok: false; message: string };

const find = (tokens: readonly ListedToken[], chainId: number, address: string) =>
  tokens.find((t) => t.chainId === chainId && t.address.toLowerCase() === address.toLowerCase());

/**
 * The form values for a request, with both tokens taken from the verified list (decimals from the list,
 * never from the request). A token that is not listed fills in nothing and says why.
 */
export function selectionForRequest(request: TradeRequest, tokens: readonly ListedToken[]): RequestSelection {
  const from = find(tokens, request.fromChainId, request.fromTokenAddress);
  const to = find(tokens, request.toChainId, request.toTokenAddress);
  if (!from || !to) return { ok: false, message: 'The proposed token is not in the verified token list, so nothing was filled in.' };
  if (request.fromAmount <= 0n) return { ok: false, message: 'The proposed amount is not valid, so nothing was filled in.' };
  return {
    ok: true,
    selection: { fromChainId: from.chainId, fromToken: from.address, toChainId: to.chainId, toToken: to.address },
    amount: { kind: 'exact', text: formatUnitsExact(request.fromAmount, from.decimals) },
  };
}
