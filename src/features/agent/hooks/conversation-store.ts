import { createExternalStore, useExternalStore } from '@/ui/external-store';
import { streamAgentChat } from '../api/stream-agent-chat';
import { describeChatFailure, isAbortError } from '../lib/chat-error';
import { conversationReducer, INITIAL_CONVERSATION, type ChatRequest, type ConversationAction, type ConversationState } from '../lib/conversation';

// One conversation per page, outside React: it survives the panel remounting when the wallet code
// loads or the account reconnects, and a stream keeps running while the panel is re-rendered.
const conversation = createExternalStore<ConversationState>(INITIAL_CONVERSATION);
let controller: AbortController | null = null;
let lastAddress: string | undefined;

function dispatch(action: ConversationAction): ConversationState {
  conversation.set(conversationReducer(conversation.get(), action));
  return conversation.get();
}

export function useConversation(): ConversationState {
  return useExternalStore(conversation);
}

async function stream(turnId: string, request: ChatRequest, address: string | undefined): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  const { conversationId } = conversation.get();
  try {
    await streamAgentChat(
      {
        message: request.message,
        ...(address ? { address } : {}),
        ...(request.articleId ? { articleId: request.articleId } : {}),
        ...(conversationId ? { conversationId } : {}),
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
  const streaming = conversation.get().streamingTurnId;
  if (streaming) {
    if (!options.interrupt) return;
    controller?.abort();
    dispatch({ type: 'fail', turnId: streaming, failure: { message: 'Stopped for your next question.', retryable: true } });
  }
  const sent = dispatch({ type: 'send', request });
  if (sent.streamingTurnId) void stream(sent.streamingTurnId, request, address);
}

export function retryAgentMessage(address: string | undefined): void {
  const retried = dispatch({ type: 'retry' });
  if (retried.streamingTurnId && retried.lastRequest) void stream(retried.streamingTurnId, retried.lastRequest, address);
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
