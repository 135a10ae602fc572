import type { Portfolio } from '@/domain/portfolio';
import type { PolicyContext, TradeRequest, VerifiedToken } from '@/domain/policy/policy-types';
import { gasReserve } from '@/domain/gas-reserve';

interface PolicyContextInput {
  account: string;
  diamonds: Readonly<Record<number, string | undefined>>;
  tokens: readonly VerifiedToken[];
  holdings: Portfolio | undefined;
  slippage: number;
  valueLossConfirmed?: boolean;
  request?: TradeRequest;
}

/**
 * A balance from the portfolio: undefined when the chain could not be read (never guessed as zero);
 * 0 when the chain was read and the token is not among the holdings (the server lists non-zero ones).
 */
export function balanceFromHoldings(holdings: Portfolio | undefined, account: string, chainId: number, tokenAddress: string): bigint | undefined {
  if (!holdings || holdings.address.toLowerCase() !== account.toLowerCase()) return undefined;
  const chain = holdings.chains.find((c) => c.chainId === chainId);
  if (!chain || chain.status !== 'ok') return undefined;
  const token = chain.tokens.find((t) => t.address.toLowerCase() === tokenAddress.toLowerCase());
  return token ? BigInt(token.balance) : 0n;
}

/** The pre-sign policy's view of this moment: who signs, which contracts, which tokens, what is held. */
export function buildPolicyContext(input: PolicyContextInput): PolicyContext {
  return {
    account: input.account,
    diamonds: input.diamonds,
    tokens: input.tokens,
    balanceOf: (chainId, address) => balanceFromHoldings(input.holdings, input.account, chainId, address),
    slippage: input.slippage,
    gasReserve,
    valueLossConfirmed: input.valueLossConfirmed ?? false,
    ...(input.request ? { request: input.request } : {}),
  };
}
