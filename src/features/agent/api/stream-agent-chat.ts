import type { AgentChatRequest } from '@/domain/proposal';
import { parseRetryAfter } from '@/domain/retry-after';
import { AgentStreamError, type AgentEvent } from '../lib/agent-events';
import { chatHttpError } from '../lib/chat-error';
import { readAgentStream } from '../lib/read-agent-stream';

/**
 * Sends one message to POST /api/agent/chat/stream and hands every validated event to `onEvent`, in
 * order, until `done` or `error`. Throws ChatHttpError for a non-2xx answer, AgentStreamError for a
 * stream that breaks the contract, TypeError for network failures.
 */
export async function streamAgentChat(request: AgentChatRequest, onEvent: (event: AgentEvent) => void, signal?: AbortSignal): Promise<void> {
  const response = await fetch('/api/agent/chat/stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(request),
    signal,
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw chatHttpError(response.status, body, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream') || !response.body) {
    throw new AgentStreamError('The agent answered with something other than an event stream.');
  }
  await readAgentStream(response.body, onEvent);
}
