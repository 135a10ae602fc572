import { describe, expect, it } from 'vitest';
import { announcement } from './announcement';
import { conversationReducer, INITIAL_CONVERSATION, type ConversationAction } from './conversation';
import { sampleBridge, sampleResponse, sampleSwap } from './proposal-fixtures';

const run = (actions: ConversationAction[]) => actions.reduce(conversationReducer, INITIAL_CONVERSATION);
const send: ConversationAction = { type: 'send', request: { message: 'hi', articleId: null } };

describe('announcement', () => {
  it('is silent before anything is asked', () => {
    expect(announcement(INITIAL_CONVERSATION)).toBe('');
  });

  it('says the agent is answering while it streams, whatever text has arrived', () => {
    expect(announcement(run([send, { type: 'event', turnId: 't2', event: { type: 'delta', text: 'Par' } }]))).toBe('The agent is answering…');
  });

  it('reads the whole reply with the number of cards and left-out proposals', () => {
    const done = run([send, { type: 'event', turnId: 't2', event: { type: 'done', response: sampleResponse({ reply: 'Two ideas.', proposals: [sampleSwap(), sampleBridge()], dropped: [{ reason: 'x' }] }) } }]);
    expect(announcement(done)).toBe('Agent: Two ideas. 2 proposals below. 1 left out.');
    expect(announcement(conversationReducer(done, { type: 'dismiss', proposalId: 'p-swap-1' }))).toBe('Agent: Two ideas. 1 proposal below. 1 left out.');
  });

  it('leaves failures to the alert', () => {
    expect(announcement(run([send, { type: 'fail', turnId: 't2', failure: { message: 'x', retryable: true } }]))).toBe('');
  });
});
