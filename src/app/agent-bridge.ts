import { useSyncExternalStore } from 'react';
import type { ArticleRequest } from '@/features/agent/components/agent-panel';

/**
 * Where the news and the agent meet without importing each other: the news' "Act on this with AI"
 * publishes here and the agent panel (mounted by wallet-area) reads it. Each press gets a new key.
 */
export interface AgentBridgeState {
  article: ArticleRequest | null;
}

let state: AgentBridgeState = { article: null };
let nextKey = 1;
const listeners = new Set<() => void>();

function update(next: AgentBridgeState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAgentBridge(): AgentBridgeState {
  return useSyncExternalStore(subscribe, () => state, () => state);
}

/** Asks the agent panel to talk about an article (it scrolls into view and focuses itself). */
export function requestArticleAnswer(articleId: string): void {
  update({ ...state, article: { articleId, key: nextKey++ } });
}
