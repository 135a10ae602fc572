import { describe, expect, it } from 'vitest';
import { AgentStreamError } from './agent-events';
import { chatHttpError, describeChatFailure, isAbortError } from './chat-error';

describe('chatHttpError and describeChatFailure', () => {
  it('429 says how long to wait and may be retried', () => {
    expect(describeChatFailure(chatHttpError(429, { error: 'rate limited' }, 17))).toEqual({ message: 'Too many requests, try again in 17 s.', retryable: true });
    expect(chatHttpError(429, null, 0).message).toBe('Too many requests, try again in 1 s.');
    expect(chatHttpError(429, null, null).message).toBe('Too many requests, try again in a moment.');
  });
  it('400 passes the server\'s words on and is not retryable', () => {
    expect(describeChatFailure(chatHttpError(400, { error: 'message: must not be empty' }, null))).toEqual({
      message: 'The agent could not take that message: message: must not be empty',
      retryable: false,
    });
    expect(describeChatFailure(chatHttpError(413, 'nope', null))).toEqual({ message: 'The agent refused the request (HTTP 413).', retryable: false });
  });
  it('5xx never shows the server\'s internals and is retryable', () => {
    expect(describeChatFailure(chatHttpError(500, { error: 'stack trace at x.ts:1' }, null))).toEqual({ message: 'The agent failed (HTTP 500). Try again in a moment.', retryable: true });
  });
  it('network failures and broken streams are retryable', () => {
    expect(describeChatFailure(new TypeError('Failed to fetch'))).toEqual({ message: 'Could not reach the agent. Check your connection and retry.', retryable: true });
    expect(describeChatFailure(new AgentStreamError('The agent sent a malformed "delta" event (not JSON).'))).toEqual({
      message: 'The agent sent a malformed "delta" event (not JSON).',
      retryable: true,
    });
  });
  it('recognises aborts', () => {
    expect(isAbortError(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('x'))).toBe(false);
  });
});
