import { useSyncExternalStore } from 'react';
import { streamAgentChat } from '../api/stream-agent-chat';
import { describeChatFailure, isAbortError } from '../lib/chat-error';
import { conversationReducer, INITIAL_CONVERSATION, type ChatRequest, type ConversationAction, type ConversationState } from '../lib/conversation';

// One conversation per page, outside React: it survives the panel remounting when the wallet code
// loads or the account reconnects, and a stream keeps running while the panel is re-rendered.
let state: ConversationState = INITIAL_CONVERSATION;
let controller: AbortController | null = null;
let lastAddress: string | undefined;
const listeners = new Set<() => void>();

function dispatch(action: ConversationAction): void {
  const next = conversationReducer(state, action);
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConversation(): ConversationState {
  return useSyncExternalStore(subscribe, () => state, () => INITIAL_CONVERSATION);
}

async function stream(turnId: string, request: ChatRequest, address: string | undefined): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  try {
    await streamAgentChat(
      {
        message: request.message,
        ...(address ? { address } : {}),
        ...(request.articleId ? { articleId: request.articleId } : {}),
        ...(state.conversationId ? { conversationId: state.conversationId } : {}),
      },
      (event) => dispatch({ type: 'event', turnId, event }),
      own.signal,
    );
  } catch (error) {
    if (!isAbortError(error)) dispatch({ type: 'fail', turnId, failure: describeChatFailure(error) });
  } finally {
    if (controller === own) controller = null;
  }
}

/** Sends a message; an `interrupt` (a new article question) stops an answer that is still streaming. */
export function sendAgentMessage(request: ChatRequest, address: string | undefined, options: { interrupt?: boolean } = {}): void {
  if (state.streamingTurnId) {
    if (!options.interrupt) return;
    controller?.abort();
    dispatch({ type: 'fail', turnId: state.streamingTurnId, failure: { message: 'Stopped for your next question.', retryable: true } });
  }
  dispatch({ type: 'send', request });
  if (state.streamingTurnId) void stream(state.streamingTurnId, request, address);
}

export function retryAgentMessage(address: string | undefined): void {
  dispatch({ type: 'retry' });
  if (state.streamingTurnId && state.lastRequest) void stream(state.streamingTurnId, state.lastRequest, address);
}

export function dismissProposal(proposalId: string): void {
  dispatch({ type: 'dismiss', proposalId });
}

export function startNewConversation(): void {
  controller?.abort();
  controller = null;
  dispatch({ type: 'reset' });
}

/** Another account's proposals must not be offered to this one: switching accounts starts afresh. */
export function syncConversationAddress(address: string | undefined): void {
  if (address && lastAddress && address.toLowerCase() !== lastAddress.toLowerCase()) startNewConversation();
  if (address) lastAddress = address;
}

const claimedArticleRequests = new Set<number>();

/** True the first time a request key is seen on this page, so a remounted panel never asks twice. */
export function claimArticleRequest(key: number): boolean {
  if (claimedArticleRequests.has(key)) return false;
  claimedArticleRequests.add(key);
  return true;
}
