import { randomUUID } from 'node:crypto';
import { chainName, isSupportedChainId } from '@/domain/chains';
import { proposalSchema, type Proposal } from '@/domain/proposal';
import type { TurnContext } from '../turn-context';
import type { ListedToken } from '../../tokens/token-types';
import { resolveAmount } from './amount-resolution';
import { gasReserve } from '@/domain/gas-reserve';
import type { ProposalCandidate, ProposalOutcome } from './proposal-candidate';
import { safeLine } from './safe-text';

const SHOWABLE_SYMBOL = /^[A-Za-z0-9.$₮_+-]{1,20}$/;

/** How a token the caller named is shown in a reason, without echoing an address or arbitrary text. */
function named(ref: string): string {
  if (/^0x/i.test(ref.trim())) return 'that token address';
  return SHOWABLE_SYMBOL.test(ref.trim()) ? ref.trim().toUpperCase() : 'that token';
}

async function resolveToken(turn: TurnContext, chainId: number, ref: string): Promise<ProposalOutcome<ListedToken>> {
  const found = await turn.tokens.findToken(chainId, ref.trim());
  if (found.ok) return { ok: true, value: found.token };
  return found.reason === 'ambiguous'
    ? { ok: false, reason: `${named(ref)} matches ${found.candidates.length} different tokens on ${chainName(chainId)}, so I will not guess which one` }
    : { ok: false, reason: `${named(ref)} is not in the verified token list for ${chainName(chainId)}` };
}

const asProposalToken = (t: ListedToken) => ({
  chainId: t.chainId, address: t.address, symbol: t.symbol.slice(0, 20), name: t.name.slice(0, 80), decimals: t.decimals, priceUSD: t.priceUSD, logoURI: t.logoURI,
});

/**
 * Checks a candidate against the verified token list and the user's real balance and returns a
 * Proposal without a route (the desk adds it). Every failure is a plain-words reason.
 */
export async function buildProposal(turn: TurnContext, candidate: ProposalCandidate): Promise<ProposalOutcome<Proposal>> {
  const address = turn.address;
  if (!address) return { ok: false, reason: 'no wallet is connected; connect one and I can propose trades from your balances' };
  for (const chainId of [candidate.fromChainId, candidate.toChainId]) {
    if (!isSupportedChainId(chainId)) return { ok: false, reason: `chain ${chainId} is not one of the supported chains` };
  }
  const from = await resolveToken(turn, candidate.fromChainId, candidate.fromToken);
  if (!from.ok) return from;
  const to = await resolveToken(turn, candidate.toChainId, candidate.toToken);
  if (!to.ok) return to;
  if (candidate.fromChainId === candidate.toChainId && from.value.address === to.value.address) {
    return { ok: false, reason: `swapping ${from.value.symbol} for itself on ${chainName(candidate.fromChainId)} does nothing` };
  }
  const balance = await turn.balance(candidate.fromChainId, from.value);
  if (!balance.known) return { ok: false, reason: `balances on ${chainName(candidate.fromChainId)} are unknown right now, so I cannot check the amount` };
  const amount = resolveAmount(candidate.amount, from.value, balance.balance, candidate.fromChainId, gasReserve(candidate.fromChainId));
  if (!amount.ok) return amount;

  const article = candidate.articleId ? await turn.article(candidate.articleId) : null;
  const proposal = {
    id: randomUUID(),
    kind: candidate.fromChainId === candidate.toChainId ? 'swap' : 'bridge',
    fromChainId: candidate.fromChainId,
    toChainId: candidate.toChainId,
    fromToken: asProposalToken(from.value),
    toToken: asProposalToken(to.value),
    requestedAmount: candidate.amount,
    fromAmount: amount.amount.toString(),
    route: null,
    reason: safeLine(candidate.reason, { userAddress: address, maxLength: 600 }) || 'Requested in the chat.',
    article: article ? { id: article.id, title: safeLine(article.title, { userAddress: address, maxLength: 300 }) } : null,
  };
  const checked = proposalSchema.safeParse(proposal);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, reason: 'the proposal did not pass validation' };
}
