import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentChatResponseSchema, proposalSchema } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { recordedBody, startOpenAiReplay, substituteToolCalls, type OpenAiReplay, type ReplayAnswer } from '../support/openai-replay';
import { postStream, startAgentServer, startAgentWorld, type AgentWorld } from './agent-fixture';

let world: AgentWorld;
let replay: OpenAiReplay;
let server: RunningServer;

beforeAll(async () => {
  world = await startAgentWorld();
  replay = await startOpenAiReplay();
  server = await startAgentServer(world, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: replay.baseURL, OPENAI_MODEL: 'gpt-4o-2024-08-06' });
});

afterAll(async () => {
  await server?.close();
  await replay?.close();
  await world?.close();
});

const RECORDED_TEXT = "I'm unable to provide real-time updates, including current weather information. For the latest weather in San Francisco, I recommend checking a reliable weather website or app such as the Weather Channel, BBC Weather, or a local San Francisco news station.";
const TRADE = JSON.stringify({ fromChainId: 8453, fromToken: 'USDC', toChainId: 8453, toToken: 'ETH', amount: { type: 'exact', value: '12.5' }, reason: 'Diversify a little.', articleId: null });
const sse = (file: string): ReplayAnswer => ({ sse: recordedBody(file) });
/** The recorded parallel round (index 0 and 1) calling our read tools instead of GetWeatherArgs and get_stock_price. */
const readRound = (): ReplayAnswer => ({ sse: substituteToolCalls(recordedBody('stream-tool-calls-parallel.sse'), [
  { name: 'get_portfolio', arguments: '{"address": null}' },
  { name: 'find_token', arguments: '{"symbol": "USDC", "chainId": 8453}' },
]) });
const proposeRound = (): ReplayAnswer => ({ sse: substituteToolCalls(recordedBody('stream-tool-call-single.sse'), [{ name: 'propose_trade', arguments: TRADE }]) });

async function streamChat(answers: ReplayAnswer[], message = 'swap 12.5 USDC on Base for ETH') {
  replay.setAnswers(answers);
  const { status, events } = await postStream(`${server.url}/api/agent/chat/stream`, { message, address: world.holder });
  expect(status).toBe(200);
  expect(events[0]?.event).toBe('meta');
  expect(events.at(-1)?.event).toBe('done');
  const done = agentChatResponseSchema.parse(events.at(-1)!.data);
  const deltas = events.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text);
  const proposals = events.filter((e) => e.event === 'proposal').map((e) => proposalSchema.parse(e.data));
  expect(deltas.join('')).toBe(done.reply);
  expect(proposals).toEqual(done.proposals);
  expect(replay.chatRequests.every((r) => r.stream === true)).toBe(true);
  return { done, deltas };
}

type AssistantMessage = { role: string; content: unknown; tool_calls?: Array<{ id: string; type: string; function: { name: string; arguments: string } }> };
const assistantAt = (call: number) => replay.chatRequests[call]!.messages.find((m) => m.role === 'assistant') as AssistantMessage;
const toolMessages = (call: number) => replay.chatRequests[call]!.messages.filter((m) => m.role === 'tool') as Array<{ tool_call_id: string; content: string }>;

describe('the agent on recorded OpenAI streams (real openai client, stream: true)', () => {
  it('recorded parallel tool calls, a recorded single call, then a recorded text answer: the reply and the proposal', async () => {
    const { done, deltas } = await streamChat([readRound(), proposeRound(), sse('stream-text-answer.sse')]);
    expect(replay.chatRequests).toHaveLength(3);
    // The recorded ids and the arguments put together from their split deltas go back to the model.
    expect(assistantAt(1).content).toBeNull();
    expect(assistantAt(1).tool_calls?.map((c) => [c.id, c.type, c.function.name, c.function.arguments])).toEqual([
      ['call_lQnnsesjFMWMQ5IeWPHzR4th', 'function', 'get_portfolio', '{"address": null}'],
      ['call_2xjOUgaCdiwAcl9ZBL9LyMUU', 'function', 'find_token', '{"symbol": "USDC", "chainId": 8453}'],
    ]);
    const reads = toolMessages(1);
    expect(reads.map((m) => m.tool_call_id)).toEqual(['call_lQnnsesjFMWMQ5IeWPHzR4th', 'call_2xjOUgaCdiwAcl9ZBL9LyMUU']);
    expect(reads.map((m) => JSON.parse(m.content) as { ok: boolean })).toMatchObject([
      { ok: true, data: { account: 'the connected user' } },
      { ok: true, data: { chainId: 8453, symbol: 'USDC', decimals: 6 } },
    ]);
    expect(reads[0]!.content).toContain('"symbol":"USDC","amount":"1000"');
    expect(toolMessages(2).at(-1)).toMatchObject({ tool_call_id: 'call_7PhhveOvvpPK53s1fV8TWhoV' });
    expect(JSON.parse(toolMessages(2).at(-1)!.content)).toMatchObject({ ok: true, data: { proposed: true, spends: '12.5 USDC', receives: 'ETH' } });
    expect(done.proposals).toHaveLength(1);
    expect(done.proposals[0]).toMatchObject({ kind: 'swap', fromChainId: 8453, fromAmount: '12500000', reason: 'Diversify a little.' });
    expect(done.proposals[0]!.fromToken).toMatchObject({ symbol: 'USDC', decimals: 6 });
    expect(done.reply).toBe(`${RECORDED_TEXT}\n\nReview the proposal below; nothing is sent until you sign in your wallet.`);
    expect(deltas.length).toBeGreaterThan(5); // streamed as it came, not in one piece
    expect(done.reply).not.toMatch(/null|undefined/); // the recorded `content: null` deltas add no words
  });

  it('a recorded answer with logprobs and a usage-only final chunk (choices: [])', async () => {
    const { done } = await streamChat([sse('stream-text-logprobs.sse')], 'say foo');
    expect(done.reply).toBe('Foo.');
    expect(done.proposals).toEqual([]);
    expect(replay.chatRequests).toHaveLength(1);
  });

  it('recorded Ollama streams: whole calls in one chunk each (index 0 and 1), no usage chunk and no [DONE]', async () => {
    const ollamaReads = { sse: substituteToolCalls(recordedBody('ollama-stream-tool-calls-parallel.sse'), [
      { name: 'get_portfolio', arguments: '{"address":null}' },
      { name: 'find_token', arguments: '{"symbol":"ARB","chainId":42161}' },
    ]) };
    const { done } = await streamChat([ollamaReads, sse('ollama-stream-text.sse')], 'what do I hold?');
    expect(replay.chatRequests).toHaveLength(2);
    expect(assistantAt(1).tool_calls?.map((c) => [c.id, c.function.name, c.function.arguments])).toEqual([
      ['call_wteop8bt', 'get_portfolio', '{"address":null}'],
      ['call_rk2xye1l', 'find_token', '{"symbol":"ARB","chainId":42161}'],
    ]);
    expect(toolMessages(1).map((m) => JSON.parse(m.content) as { ok: boolean })).toMatchObject([{ ok: true }, { ok: true, data: { symbol: 'ARB', chainId: 42161 } }]);
    expect(done.reply).toBe('My name is Neo Vim.');
  });

  it('a recorded answer cut at finish_reason "length": the words shown, a plain explanation, the proposal withdrawn', async () => {
    const { done } = await streamChat([proposeRound(), sse('stream-length-max-tokens.sse')]);
    expect(replay.chatRequests).toHaveLength(2);
    expect(done.proposals).toEqual([]);
    expect(done.dropped).toEqual([{ reason: "the AI model's answer was cut off at its length limit, so its suggestions were withdrawn" }]);
    expect(done.reply).toBe('{"\n\nThe AI model\'s answer was cut off at its length limit, so I made no proposals. Try asking something shorter.\n\nI did not propose a trade: the AI model\'s answer was cut off at its length limit, so its suggestions were withdrawn.');
  });
});
