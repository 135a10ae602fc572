import { describe, expect, it } from 'vitest';
import { BrokenStreamError, MAX_ARGUMENT_CHARS, readRound } from './read-round';

const chunk = (delta: Record<string, unknown>, finish_reason: string | null = null) => ({ object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason }] });

async function* from(items: unknown[], fail?: Error): AsyncGenerator<unknown> {
  for (const item of items) yield item;
  if (fail) throw fail;
}

describe('readRound', () => {
  it('passes content deltas on as they come and returns the whole text', async () => {
    const seen: string[] = [];
    const round = await readRound(from([chunk({ role: 'assistant', content: '' }), chunk({ content: 'Hel' }), chunk({ content: 'lo.' }), chunk({}, 'stop')]), (t) => seen.push(t));
    expect(seen).toEqual(['Hel', 'lo.']);
    expect(round).toEqual({ content: 'Hello.', refusal: '', toolCalls: [], finishReason: 'stop' });
  });

  it('accumulates tool calls split across chunks, by index, in index order', async () => {
    const round = await readRound(from([
      chunk({ tool_calls: [{ index: 1, id: 'b', type: 'function', function: { name: 'find_token', arguments: '' } }] }),
      chunk({ tool_calls: [{ index: 0, id: 'a', type: 'function', function: { name: 'get_portfolio', arguments: '{"addr' } }] }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: '{"symbol":"U' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: 'ess":null}' } }, { index: 1, function: { arguments: 'SDC","chainId":8453}' } }] }),
      { choices: [] },
      chunk({}, 'tool_calls'),
    ]), () => {});
    expect(round.toolCalls).toEqual([
      { id: 'a', type: 'function', name: 'get_portfolio', arguments: '{"address":null}' },
      { id: 'b', type: 'function', name: 'find_token', arguments: '{"symbol":"USDC","chainId":8453}' },
    ]);
  });

  it('a stream that ends without a finish_reason or throws is broken: no tool call comes out', async () => {
    const call = chunk({ tool_calls: [{ index: 0, id: 'a', function: { name: 'propose_trade', arguments: '{}' } }] });
    await expect(readRound(from([call]), () => {})).rejects.toBeInstanceOf(BrokenStreamError);
    await expect(readRound(from([call], new TypeError('terminated')), () => {})).rejects.toThrow(/stream failed/);
  });

  it('rejects malformed chunks and too many calls; drops over-long arguments whole', async () => {
    await expect(readRound(from([{ choices: [{ index: 0, delta: { content: 5 } }] }]), () => {})).rejects.toThrow(/malformed chunk: choices\.0\.delta\.content/);
    const many = Array.from({ length: 33 }, (_, index) => chunk({ tool_calls: [{ index, function: { name: 'x' } }] }));
    await expect(readRound(from(many), () => {})).rejects.toThrow(/more than 32 tool calls/);
    const long = 'x'.repeat(MAX_ARGUMENT_CHARS);
    const round = await readRound(from([
      chunk({ tool_calls: [{ index: 0, function: { name: 'get_news', arguments: `{"token":"${long}` } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"}' } }] }),
      chunk({}, 'tool_calls'),
    ]), () => {});
    expect(round.toolCalls[0]).toMatchObject({ id: 'call_0', name: 'get_news', arguments: '' });
  });
});
