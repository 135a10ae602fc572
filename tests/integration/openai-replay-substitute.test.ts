import { describe, expect, it } from 'vitest';
import { cutInto, recordedBody, substituteContent, substituteToolCalls } from '../support/openai-replay';

type Chunk = { choices: Array<{ delta?: { tool_calls?: Array<{ index: number; id?: string; function?: { name?: string; arguments?: string } }> } }> };
const events = (sse: string) => sse.split('\n\n');
const chunkOf = (event: string) => JSON.parse(event.slice(6)) as Chunk;
const argumentsByIndex = (sse: string) => {
  const byIndex = new Map<number, string>();
  for (const event of events(sse).filter((e) => e.startsWith('data: {'))) {
    for (const part of chunkOf(event).choices.flatMap((c) => c.delta?.tool_calls ?? [])) byIndex.set(part.index, (byIndex.get(part.index) ?? '') + (part.function?.arguments ?? ''));
  }
  return [...byIndex.values()];
};

describe('substituting our tools into a recorded tool-call stream', () => {
  const recorded = recordedBody('stream-tool-calls-parallel.sse');
  const ours = [{ name: 'get_portfolio', arguments: '{"address": null}' }, { name: 'find_token', arguments: '{"symbol": "USDC", "chainId": 8453}' }];
  const replaced = substituteToolCalls(recorded, ours);

  it('joins to our arguments per call, and names our tools', () => {
    expect(argumentsByIndex(recorded)).toEqual(['{"city": "Edinburgh", "country": "UK", "units": "c"}', '{"ticker": "AAPL", "exchange": "NASDAQ"}']);
    expect(argumentsByIndex(replaced)).toEqual(ours.map((c) => c.arguments));
    expect(replaced).toContain('"function":{"name":"get_portfolio","arguments":""}');
    expect(replaced).toContain('"function":{"name":"find_token","arguments":""}');
  });

  it('keeps every chunk, and every byte outside the function names and argument pieces', () => {
    const before = events(recorded);
    const after = events(replaced);
    expect(after).toHaveLength(before.length);
    const blank = (event: string) => event.replace(/"name":"[^"]*"/g, '"name":_').replace(/"arguments":"(?:[^"\\]|\\.)*"/g, '"arguments":_');
    expect(after.map(blank)).toEqual(before.map(blank));
    // Unchanged chunks are the recorded text itself (not re-serialised): role, finish, usage, [DONE].
    for (const [i, event] of before.entries()) if (!event.includes('tool_calls')) expect(after[i]).toBe(event);
  });

  it('gives each recorded argument delta one piece, none empty', () => {
    const pieces = events(replaced).filter((e) => e.includes('"arguments":"') && !e.includes('"name"'));
    expect(pieces).toHaveLength(events(recorded).filter((e) => e.includes('"arguments":"') && !e.includes('"name"')).length);
    expect(pieces.every((e) => !e.includes('"arguments":""'))).toBe(true);
  });

  it('refuses a count of calls the recording does not have', () => {
    expect(() => substituteToolCalls(recorded, ours.slice(0, 1))).toThrow(/has 2 tool calls, 1 given/);
    expect(() => substituteToolCalls(recordedBody('stream-text-answer.sse'), ours)).toThrow(/has 0 tool calls/);
  });

  it('cutInto: consecutive pieces that join to the text', () => {
    expect(cutInto('abcdefghij', 3)).toEqual(['abc', 'def', 'ghij']);
    expect(cutInto('{"a":1}', 1)).toEqual(['{"a":1}']);
  });
});

describe('substituting our content into a recorded completion', () => {
  const recorded = recordedBody('completion-structured-output.json');

  it('changes the content string only', () => {
    const replaced = substituteContent(recorded, '{"summary":"ours"}');
    const parsed = JSON.parse(replaced) as { choices: Array<{ message: { content: string } }> };
    expect(parsed.choices[0]!.message.content).toBe('{"summary":"ours"}');
    parsed.choices[0]!.message.content = '{"city":"San Francisco","temperature":65,"units":"f"}';
    expect(parsed).toEqual(JSON.parse(recorded));
    expect(replaced.startsWith(recorded.slice(0, recorded.indexOf('"content": ') + 11))).toBe(true);
  });

  it('refuses a completion without string content (the recorded refusal)', () => {
    expect(() => substituteContent(recordedBody('completion-refusal.json'), '{}')).toThrow(/not one string literal/);
  });
});
