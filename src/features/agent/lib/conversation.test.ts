import { describe, expect, it } from 'vitest';
import { conversationReducer, INITIAL_CONVERSATION, visibleProposals, type AgentTurn, type ConversationAction, type ConversationState } from './conversation';
import { sampleBridge, sampleResponse, sampleSwap } from './proposal-fixtures';

const run = (actions: ConversationAction[], from: ConversationState = INITIAL_CONVERSATION) => actions.reduce(conversationReducer, from);
const send = (message: string, articleId: string | null = null): ConversationAction => ({ type: 'send', request: { message, articleId } });
const ev = (turnId: string, event: Extract<ConversationAction, { type: 'event' }>['event']): ConversationAction => ({ type: 'event', turnId, event });
const agentTurn = (state: ConversationState, index = -1) => state.turns.at(index) as AgentTurn;

describe('conversationReducer', () => {
  it('appends the user turn and a streaming agent turn', () => {
    const state = run([send('swap 100 USDC to WETH on base', 'a-1')]);
    expect(state.turns).toEqual([
      { kind: 'user', id: 't1', text: 'swap 100 USDC to WETH on base', articleId: 'a-1' },
      expect.objectContaining({ kind: 'agent', id: 't2', status: 'streaming', text: '' }),
    ]);
    expect(state.streamingTurnId).toBe('t2');
  });

  it('streams text and proposals, then takes the final answer as authoritative', () => {
    const streamed = run([
      send('swap'),
      ev('t2', { type: 'meta', conversationId: 'c-9', brain: 'offline' }),
      ev('t2', { type: 'delta', text: 'Here ' }),
      ev('t2', { type: 'delta', text: 'is' }),
      ev('t2', { type: 'proposal', proposal: sampleSwap() }),
      ev('t2', { type: 'proposal', proposal: sampleSwap() }),
    ]);
    expect(streamed.conversationId).toBe('c-9');
    expect(agentTurn(streamed)).toMatchObject({ text: 'Here is', brain: 'offline', status: 'streaming' });
    expect(agentTurn(streamed).proposals).toHaveLength(1);

    const done = conversationReducer(streamed, ev('t2', { type: 'done', response: sampleResponse({ reply: 'Here is a bridge.', proposals: [sampleBridge()], dropped: [{ reason: 'unlisted token' }] }) }));
    expect(agentTurn(done)).toMatchObject({ status: 'done', text: 'Here is a bridge.', dropped: [{ reason: 'unlisted token' }] });
    expect(agentTurn(done).proposals.map((p) => p.id)).toEqual(['p-bridge-1']);
    expect(done.streamingTurnId).toBeNull();
    expect(done.conversationId).toBe('c-1');
  });

  it('refuses a second message while one is streaming', () => {
    const state = run([send('one')]);
    expect(conversationReducer(state, send('two'))).toBe(state);
  });

  it('ignores events for a turn that is no longer streaming (a stale stream after "new conversation")', () => {
    const state = run([send('one'), { type: 'reset' }, send('two')]);
    expect(state.streamingTurnId).toBe('t4');
    const after = run([ev('t2', { type: 'delta', text: 'stale' }), ev('t2', { type: 'proposal', proposal: sampleSwap() })], state);
    expect(after).toBe(state);
    expect(run([ev('t4', { type: 'done', response: sampleResponse() }), ev('t4', { type: 'delta', text: 'late' })], state).turns.at(-1)).toMatchObject({ text: 'Here is a swap.' });
  });

  it('a failure drops streamed proposals, keeps the text and offers retry of the same message', () => {
    const failed = run([
      send('swap', 'a-7'),
      ev('t2', { type: 'delta', text: 'Partial' }),
      ev('t2', { type: 'proposal', proposal: sampleSwap() }),
      { type: 'fail', turnId: 't2', failure: { message: 'Could not reach the agent.', retryable: true } },
    ]);
    expect(agentTurn(failed)).toMatchObject({ status: 'failed', text: 'Partial', proposals: [], failure: { message: 'Could not reach the agent.' } });
    expect(failed.streamingTurnId).toBeNull();

    const retried = conversationReducer(failed, { type: 'retry' });
    expect(retried.turns).toHaveLength(2);
    expect(retried.turns[0]).toMatchObject({ kind: 'user', text: 'swap', articleId: 'a-7' });
    expect(agentTurn(retried)).toMatchObject({ status: 'streaming', text: '' });
    expect(retried.streamingTurnId).toBe(agentTurn(retried).id);
  });

  it('an error event fails the turn with the server\'s words', () => {
    const state = run([send('x'), ev('t2', { type: 'error', error: 'The model is unavailable.' })]);
    expect(agentTurn(state)).toMatchObject({ status: 'failed', failure: { message: 'The model is unavailable.', retryable: true } });
  });

  it('retry does nothing unless the last answer failed', () => {
    const ok = run([send('x'), ev('t2', { type: 'done', response: sampleResponse() })]);
    expect(conversationReducer(ok, { type: 'retry' })).toBe(ok);
    expect(conversationReducer(INITIAL_CONVERSATION, { type: 'retry' })).toBe(INITIAL_CONVERSATION);
  });

  it('dismisses one proposal without touching the others', () => {
    const state = run([
      send('x'),
      ev('t2', { type: 'done', response: sampleResponse({ proposals: [sampleSwap(), sampleBridge()] }) }),
      { type: 'dismiss', proposalId: 'p-swap-1' },
      { type: 'dismiss', proposalId: 'p-swap-1' },
    ]);
    expect(agentTurn(state).dismissed).toEqual(['p-swap-1']);
    expect(visibleProposals(agentTurn(state)).map((p) => p.id)).toEqual(['p-bridge-1']);
  });

  it('reset forgets the conversation but keeps ids unique', () => {
    const state = run([send('x'), ev('t2', { type: 'meta', conversationId: 'c-1', brain: 'offline' }), { type: 'reset' }]);
    expect(state).toMatchObject({ conversationId: null, turns: [], streamingTurnId: null, lastRequest: null });
    expect(run([send('y')], state).turns[0]?.id).toBe('t3');
  });
});
