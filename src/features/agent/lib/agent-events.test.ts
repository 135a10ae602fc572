import { describe, expect, it } from 'vitest';
import { AgentStreamError, parseAgentEvent } from './agent-events';
import { sampleResponse, sampleSwap } from './proposal-fixtures';

const event = (name: string, data: unknown) => ({ event: name, data: typeof data === 'string' ? data : JSON.stringify(data) });

describe('parseAgentEvent', () => {
  it('accepts every event of the contract', () => {
    expect(parseAgentEvent(event('meta', { conversationId: 'c-1', brain: 'offline' }))).toEqual({ type: 'meta', conversationId: 'c-1', brain: 'offline' });
    expect(parseAgentEvent(event('delta', { text: 'Hel' }))).toEqual({ type: 'delta', text: 'Hel' });
    expect(parseAgentEvent(event('proposal', sampleSwap()))).toEqual({ type: 'proposal', proposal: sampleSwap() });
    expect(parseAgentEvent(event('done', sampleResponse()))).toEqual({ type: 'done', response: sampleResponse() });
    expect(parseAgentEvent(event('error', { error: 'model down' }))).toEqual({ type: 'error', error: 'model down' });
  });

  it('refuses data that is not JSON, naming the event', () => {
    expect(() => parseAgentEvent(event('delta', '{"text":'))).toThrow(/malformed "delta" event \(not JSON\)/);
  });

  it('refuses a proposal with a recipient, naming the problem', () => {
    const hostile = { ...sampleSwap(), toAddress: '0x000000000000000000000000000000000000dEaD' };
    expect(() => parseAgentEvent(event('proposal', hostile))).toThrow(AgentStreamError);
    expect(() => parseAgentEvent(event('proposal', hostile))).toThrow(/malformed "proposal" event/);
  });

  it('refuses a proposal whose amount is not base units, naming the field', () => {
    expect(() => parseAgentEvent(event('proposal', sampleSwap({ fromAmount: '1.5' })))).toThrow(/fromAmount/);
    expect(() => parseAgentEvent(event('proposal', { ...sampleSwap(), fromToken: { ...sampleSwap().fromToken, decimals: 99 } }))).toThrow(/fromToken\.decimals/);
  });

  it('refuses a done event carrying an invalid proposal', () => {
    const bad = { ...sampleResponse(), proposals: [{ ...sampleSwap(), kind: 'send' }] };
    expect(() => parseAgentEvent(event('done', bad))).toThrow(/proposals\.0\.kind/);
  });

  it('refuses unknown events and wrong shapes', () => {
    expect(() => parseAgentEvent(event('message', { text: 'x' }))).toThrow(/unknown event "message"/);
    expect(() => parseAgentEvent(event('meta', { conversationId: '', brain: 'offline' }))).toThrow(/conversationId/);
    expect(() => parseAgentEvent(event('delta', { text: 5 }))).toThrow(/text/);
    expect(() => parseAgentEvent(event('error', {}))).toThrow(/malformed "error" event/);
  });
});
