import type { Proposal } from '@/domain/proposal';
import type { ArticleRequest } from '@/features/agent/components/agent-panel';
import type { TradeHandoff } from '@/features/trade/lib/trade-request';
import { createExternalStore, useExternalStore } from '@/ui/external-store';

/**
 * Where features meet without importing each other: the news' "Act on this with AI" publishes an
 * article for the agent panel, and the agent's "Review & sign" publishes a trade for the trade panel
 * (both mounted by wallet-area). Each press gets a new key.
 */
interface AgentBridgeState {
  article: ArticleRequest | null;
  trade: TradeHandoff | null;
}

const bridge = createExternalStore<AgentBridgeState>({ article: null, trade: null });
let nextKey = 1;

export function useAgentBridge(): AgentBridgeState {
  return useExternalStore(bridge);
}

/** Asks the agent panel to talk about an article (it scrolls into view and focuses itself). */
export function requestArticleAnswer(articleId: string): void {
  bridge.set({ ...bridge.get(), article: { articleId, key: nextKey++ } });
}

/**
 * Opens the trade review with exactly this proposal's tokens and amount. Only what to trade crosses
 * over: the trade panel fetches fresh routes and runs the pre-sign policy before any wallet prompt.
 */
export function reviewProposal(proposal: Proposal): void {
  const trade: TradeHandoff = {
    key: nextKey++,
    fromChainId: proposal.fromChainId,
    fromTokenAddress: proposal.fromToken.address,
    toChainId: proposal.toChainId,
    toTokenAddress: proposal.toToken.address,
    fromAmount: BigInt(proposal.fromAmount),
    thesis: { reason: proposal.reason, ...(proposal.article ? { articleId: proposal.article.id, articleTitle: proposal.article.title } : {}) },
  };
  bridge.set({ ...bridge.get(), trade });
}
