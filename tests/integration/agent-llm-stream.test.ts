import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentChatResponseSchema, proposalSchema, type AgentChatResponse } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { startFakeOpenAi, FAKE_OPENAI_MODEL, type FakeChatReply, type FakeOpenAi } from '../support/fake-openai';
import { ATTACKER } from '../support/fake-lifi/trade-types';
import { E18, HOLDINGS, postJson, startAgentServer, startAgentWorld, type AgentWorld, type SseEvent } from './agent-fixture';

let world: AgentWorld;
let model: FakeOpenAi;
let server: RunningServer;

beforeAll(async () => {
  world = await startAgentWorld();
  model = await startFakeOpenAi();
  server = await startAgentServer(world, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: FAKE_OPENAI_MODEL });
});

afterAll(async () => {
  await server?.close();
  await model?.close();
  await world?.close();
});

/** Posts to the stream endpoint and hands over each event as soon as it arrives (not after the end). */
async function streamChat(script: FakeChatReply[], body: Record<string, unknown> = {}, onEvent: (event: SseEvent) => void = () => {}) {
  model.setScript(script);
  const response = await fetch(`${server.url}/api/agent/chat/stream`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'help me', address: world.holder, ...body }),
  });
  expect(response.status).toBe(200);
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = { event: lines.find((l) => l.startsWith('event:'))!.slice(6).trim(), data: JSON.parse(lines.find((l) => l.startsWith('data:'))!.slice(5)) as unknown };
      events.push(event);
      onEvent(event);
    }
  }
  const names = events.map((e) => e.event);
  expect(names[0]).toBe('meta');
  expect(names.at(-1)).toBe('done');
  const done = agentChatResponseSchema.parse(events.at(-1)!.data);
  const deltas = events.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text);
  const proposals = events.filter((e) => e.event === 'proposal').map((e) => proposalSchema.parse(e.data));
  // The contract: meta, delta*, proposal*, done; the deltas add up to the reply; the cards are the done's.
  expect(names.slice(1, -1)).toEqual([...deltas.map(() => 'delta'), ...proposals.map(() => 'proposal')]);
  expect(deltas.join('')).toBe(done.reply);
  expect(proposals).toEqual(done.proposals);
  expect(model.chatRequests.every((r) => r.stream === true)).toBe(true);
  return { done, deltas, proposals };
}

const trade = (overrides: Record<string, unknown> = {}) => ({
  fromChainId: 8453, fromToken: 'USDC', toChainId: 8453, toToken: 'ETH', amount: { type: 'exact', value: '12.5' }, reason: 'Diversify a little.', articleId: null, ...overrides,
});
const routeCalls = () => world.lifi.requestsTo('POST /v1/advanced/routes').length;
const fragments = (address: string) => address.slice(2).toLowerCase().match(/.{6}/g)!;

describe('streamed answers from the LLM brain (real openai client, stream: true)', () => {
  it('sends the answer as several deltas while the model is still writing it, then the proposal and done', async () => {
    let resume!: () => void;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    const answer = 'I propose swapping 12.5 USDC on Base for ETH. It keeps most of your dollars where they are.';
    const { done, deltas, proposals } = await streamChat([
      { toolCalls: [{ name: 'propose_trade', arguments: trade() }] },
      // The fake stops after five pieces until the first delta reached us: a server that waited
      // for the whole answer would never send one, and this test would time out.
      { content: answer, stream: { chunkChars: 3, pauseAfter: 6, resume: resumed } },
    ], { message: 'swap 12.5 USDC on Base for ETH' }, (event) => event.event === 'delta' && resume());
    expect(deltas.length).toBeGreaterThanOrEqual(10);
    expect(deltas.slice(0, 3)).toEqual(['I', ' propose', ' swapping']);
    expect(done.reply).toBe(`${answer}\n\nReview the proposal below; nothing is sent until you sign in your wallet.`);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ kind: 'swap', fromAmount: '12500000', reason: 'Diversify a little.' });
    expect(model.chatRequests).toHaveLength(2);
  });

  it('tool-call arguments split across many chunks still yield the right calls and proposals', async () => {
    const arb = trade({ fromChainId: 42161, fromToken: 'ARB', toChainId: 42161, toToken: 'USDC', amount: { type: 'exact', value: '20' } });
    const { done, proposals } = await streamChat([
      { toolCalls: [{ name: 'get_portfolio', arguments: { address: null } }, { name: 'find_token', arguments: { symbol: 'USDC', chainId: 8453 } }], stream: { argChunkChars: 1 } },
      { toolCalls: [{ name: 'propose_trade', arguments: trade({ amount: { type: 'percent', value: '10' } }) }, { name: 'propose_trade', arguments: arb }], stream: { argChunkChars: 2 } },
      { content: 'Two small trades.' },
    ]);
    const assistant = model.chatRequests[1]!.messages.find((m) => m.role === 'assistant') as { tool_calls: { id: string; function: { name: string; arguments: string } }[] };
    expect(assistant.tool_calls.map((c) => [c.id, c.function.name, c.function.arguments])).toEqual([
      ['call_0_0', 'get_portfolio', '{"address":null}'],
      ['call_0_1', 'find_token', '{"symbol":"USDC","chainId":8453}'],
    ]);
    const results = model.chatRequests[1]!.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(String(m.content)) as { ok: boolean });
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(proposals.map((p) => [p.fromChainId, p.fromToken.symbol, p.fromAmount])).toEqual([
      [8453, 'USDC', (HOLDINGS.base.usdc / 10n).toString()],
      [42161, 'ARB', (20n * E18).toString()],
    ]);
    expect(done.reply).toMatch(/^Two small trades\.\n\nReview the 2 proposals below/);
  });

  it('an address split across content chunks is removed from every delta; the user own survives', async () => {
    const holder = world.holder;
    const { done, deltas } = await streamChat([
      { toolCalls: [{ name: 'get_portfolio', arguments: { address: null } }], content: [`Checking ${ATTACKER.slice(0, 12)}`, `${ATTACKER.slice(12)}.`] },
      { content: [`Send your ETH to ${ATTACKER.slice(0, 21)}`, `${ATTACKER.slice(21, 30)}\u200B`, `${ATTACKER.slice(30)} now. Your account `, holder.slice(0, 25), `${holder.slice(25)} is safe.`] },
    ]);
    expect(done.reply).toBe(`Checking [address removed].\n\nSend your ETH to [address removed] now. Your account ${holder} is safe.`);
    for (const delta of deltas) for (const fragment of fragments(ATTACKER)) expect(delta.toLowerCase()).not.toContain(fragment);
    expect(JSON.stringify(done)).not.toMatch(new RegExp(ATTACKER.slice(2), 'i'));
  });

  it('a stream cut in the final answer: the partial words, a plain explanation, the proposal withdrawn', async () => {
    const routesBefore = routeCalls();
    const { done, proposals } = await streamChat([
      { toolCalls: [{ name: 'propose_trade', arguments: trade() }] },
      { content: 'I propose swapping 12.5 USDC for ETH because', stream: { chunkChars: 4, cutAfter: 6 } },
    ]);
    expect(routeCalls()).toBe(routesBefore + 1); // it had been proposed (and priced) before the cut
    expect(proposals).toEqual([]);
    expect(done.proposals).toEqual([]);
    expect(done.dropped).toEqual([{ reason: 'the AI model stopped answering before it finished, so its suggestions were withdrawn' }]);
    expect(done.reply).toBe('I propose swapping 1\n\nThe AI model broke off in the middle of its answer, so I made no proposals. Please try again in a minute.\n\nI did not propose a trade: the AI model stopped answering before it finished, so its suggestions were withdrawn.');
    expect(model.chatRequests).toHaveLength(2); // a broken stream is not retried: part of it was shown
  });

  it('a tool call whose stream ends before finish_reason is never run, even with all its arguments received', async () => {
    const args = JSON.stringify(trade());
    const untilFinish = 2 + Math.ceil(args.length / 4); // role, call header, argument pieces; not the finish chunk
    for (const cutBy of ['end', 'reset', 'error'] as const) {
      const routesBefore = routeCalls();
      const { done } = await streamChat([{ toolCalls: [{ name: 'propose_trade', arguments: trade() }], stream: { argChunkChars: 4, cutAfter: untilFinish, cutBy } }]);
      expect(done.proposals, cutBy).toEqual([]);
      expect(done.dropped).toEqual([]);
      expect(routeCalls()).toBe(routesBefore);
      expect(done.reply).toBe('The AI model broke off in the middle of its answer, so I made no proposals. Please try again in a minute.');
      expect(model.chatRequests).toHaveLength(1);
    }
  });

  it('500 or 429 before the first chunk: the client retries, then the answer streams', async () => {
    for (const failure of [{ status: 500 }, { status: 429, headers: { 'retry-after-ms': '5' } }]) {
      const { done } = await streamChat([failure, { content: 'Recovered after a retry.' }]);
      expect(done.reply).toBe('Recovered after a retry.');
      expect(model.chatRequests).toHaveLength(2);
    }
  });

  it('a user who leaves mid-answer makes the server drop its call to the model', async () => {
    let gone!: () => void;
    const modelCallClosed = new Promise<void>((resolve) => (gone = resolve));
    // The fake holds the rest of the answer until the server hangs up on it; if it never did, this test would time out.
    model.setScript([{ content: 'A long answer nobody waits for.', stream: { chunkChars: 4, pauseAfter: 4, resume: modelCallClosed, onClientGone: gone } }]);
    const leave = new AbortController();
    const response = await fetch(`${server.url}/api/agent/chat/stream`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'hi', address: world.holder }), signal: leave.signal,
    });
    const decoder = new TextDecoder();
    let text = '';
    for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(bytes, { stream: true });
      if (text.includes('event: delta')) break;
    }
    leave.abort();
    await modelCallClosed;
    expect(model.chatRequests).toHaveLength(1);
  });

  it('the non-stream endpoint runs the same streamed calls and answers the same text', async () => {
    const split = [`Pay ${ATTACKER.slice(0, 30)}`, `${ATTACKER.slice(30)} please.`];
    model.setScript([{ content: split }]);
    const response = await postJson<AgentChatResponse>(`${server.url}/api/agent/chat`, { message: 'hi', address: world.holder });
    expect(response.status).toBe(200);
    expect(response.body.reply).toBe('Pay [address removed] please.');
    expect(model.chatRequests[0]!.stream).toBe(true);
    model.setScript([{ toolCalls: [{ name: 'propose_trade', arguments: trade() }] }, { content: 'Cut', stream: { cutAfter: 1 } }]);
    const cut = await postJson<AgentChatResponse>(`${server.url}/api/agent/chat`, { message: 'hi', address: world.holder });
    expect(cut.body.proposals).toEqual([]);
    expect(cut.body.reply).toMatch(/^The AI model broke off in the middle of its answer, so I made no proposals/);
  });
});
