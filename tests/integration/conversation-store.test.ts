// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import {
  claimArticleRequest, retryAgentMessage, sendAgentMessage, startNewConversation, syncConversationAddress, useConversation,
} from '@/features/agent/hooks/conversation-store';
import type { AgentTurn, ConversationState } from '@/features/agent/lib/conversation';
import type { RunningServer } from '@/server/main';
import { startTestServer } from '../support/server';

/**
 * The page's agent conversation (a store outside React) through useConversation, against the real
 * server on loopback with the offline brain. The store fetches '/api/agent/chat/stream' as the page
 * does; `origin` plays the page's origin, which a browser resolves that relative URL against.
 */
const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const OTHER = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const SETTLE = { timeout: 20_000, interval: 10 };

let server: RunningServer;
let origin: string;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  server = await startTestServer({ jobs: false });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => realFetch(new URL(String(input), origin), init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});

beforeEach(() => {
  origin = server.url;
  act(() => startNewConversation());
});

afterEach(cleanup);

const agentTurns = (state: ConversationState) => state.turns.filter((t): t is AgentTurn => t.kind === 'agent');
const settled = (result: { current: ConversationState }) => waitFor(() => expect(result.current.streamingTurnId).toBeNull(), SETTLE);

describe('the agent conversation store', () => {
  it('streams an answer into a new turn, then continues the same server conversation', async () => {
    const { result } = renderHook(() => useConversation());
    act(() => sendAgentMessage({ message: 'what do I hold?', articleId: null }, ACCOUNT));
    expect(result.current.turns.map((t) => t.kind)).toEqual(['user', 'agent']);
    expect(agentTurns(result.current)[0]?.status).toBe('streaming');
    await settled(result);
    const first = agentTurns(result.current)[0]!;
    expect(first).toMatchObject({ status: 'done', brain: 'offline', failure: null });
    expect(first.text.length).toBeGreaterThan(0);
    const conversationId = result.current.conversationId;
    expect(conversationId).toMatch(/\S/);

    act(() => sendAgentMessage({ message: 'and on Base?', articleId: null }, ACCOUNT));
    await settled(result);
    expect(result.current.conversationId).toBe(conversationId);
    expect(agentTurns(result.current).map((t) => t.status)).toEqual(['done', 'done']);
  });

  it('a second message while one is answered is ignored, unless it interrupts (an article question)', async () => {
    const { result } = renderHook(() => useConversation());
    act(() => {
      sendAgentMessage({ message: 'first', articleId: null }, ACCOUNT);
      sendAgentMessage({ message: 'ignored', articleId: null }, ACCOUNT);
    });
    expect(result.current.turns.filter((t) => t.kind === 'user').map((t) => t.text)).toEqual(['first']);

    act(() => sendAgentMessage({ message: 'what does this article mean for me?', articleId: null }, ACCOUNT, { interrupt: true }));
    const [stopped] = agentTurns(result.current);
    expect(stopped).toMatchObject({ status: 'failed', failure: { message: 'Stopped for your next question.', retryable: true } });
    await settled(result);
    expect(agentTurns(result.current).map((t) => t.status)).toEqual(['failed', 'done']);
    expect(agentTurns(result.current)[0]?.text).toBe(stopped!.text); // nothing of the stopped answer arrives late
  });

  it('a network failure is retryable; Retry asks again and the question shows once', async () => {
    const { result } = renderHook(() => useConversation());
    origin = 'http://127.0.0.1:9'; // nothing listens
    act(() => sendAgentMessage({ message: 'what do I hold?', articleId: null }, ACCOUNT));
    await settled(result);
    expect(agentTurns(result.current)[0]).toMatchObject({ status: 'failed', failure: { retryable: true } });

    origin = server.url;
    act(() => retryAgentMessage(ACCOUNT));
    await settled(result);
    expect(result.current.turns.map((t) => t.kind)).toEqual(['user', 'agent']);
    expect(agentTurns(result.current)[0]?.status).toBe('done');
  });

  it('a message the server refuses (400) fails with the server\'s reason and is not offered again', async () => {
    const { result } = renderHook(() => useConversation());
    act(() => sendAgentMessage({ message: 'x'.repeat(2001), articleId: null }, ACCOUNT));
    await settled(result);
    expect(agentTurns(result.current)[0]).toMatchObject({ status: 'failed', failure: { retryable: false } });
    expect(agentTurns(result.current)[0]?.failure?.message).toMatch(/2000 characters/);
  });

  it('another account starts afresh (its proposals are never offered to this one); the same account in other case does not', async () => {
    const { result } = renderHook(() => useConversation());
    act(() => syncConversationAddress(ACCOUNT));
    act(() => sendAgentMessage({ message: 'what do I hold?', articleId: null }, ACCOUNT));
    await settled(result);
    expect(result.current.conversationId).not.toBeNull();

    act(() => syncConversationAddress(ACCOUNT.toLowerCase()));
    expect(result.current.turns).toHaveLength(2);
    act(() => syncConversationAddress(OTHER));
    expect(result.current).toMatchObject({ conversationId: null, turns: [], streamingTurnId: null });
  });

  it('a new conversation stops the answer in flight; nothing of it arrives afterwards', async () => {
    const { result } = renderHook(() => useConversation());
    act(() => sendAgentMessage({ message: 'what do I hold?', articleId: null }, ACCOUNT));
    act(() => startNewConversation());
    expect(result.current.turns).toEqual([]);
    // A later exchange settles normally and carries no trace of the stopped one.
    act(() => sendAgentMessage({ message: 'hello', articleId: null }, ACCOUNT));
    await settled(result);
    expect(result.current.turns.filter((t) => t.kind === 'user').map((t) => t.text)).toEqual(['hello']);
    expect(agentTurns(result.current)).toHaveLength(1);
  });

  it('an article request is claimed once per page', () => {
    expect(claimArticleRequest(41)).toBe(true);
    expect(claimArticleRequest(41)).toBe(false);
    expect(claimArticleRequest(42)).toBe(true);
  });
});
