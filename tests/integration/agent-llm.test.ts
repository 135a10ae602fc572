import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentChatResponseSchema, proposalSchema, type AgentChatResponse } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { startFakeOpenAi, FAKE_OPENAI_MODEL, type ChatRequestBody, type FakeChatReply, type FakeOpenAi } from '../support/fake-openai';
import { ATTACKER } from '../support/fake-lifi/trade-types';
import { E18, HOLDINGS, postJson, startAgentServer, startAgentWorld, type AgentWorld } from './agent-fixture';

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

async function chat(script: FakeChatReply[] | ((body: ChatRequestBody, index: number) => FakeChatReply), body: Record<string, unknown> = {}): Promise<AgentChatResponse> {
  model.setScript(script);
  const response = await postJson(`${server.url}/api/agent/chat`, { message: 'help me', address: world.holder, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const parsed = agentChatResponseSchema.parse(response.body);
  parsed.proposals.forEach((p) => proposalSchema.parse(p));
  expect(parsed.brain).toBe('openai');
  return parsed;
}

/** The JSON content of every tool message the model was sent in call `index`. */
function toolResults(index: number): Array<{ ok: boolean; error?: string; data?: unknown }> {
  return model.chatRequests[index]!.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(String(m.content)) as { ok: boolean });
}

const trade = (overrides: Record<string, unknown> = {}) => ({
  fromChainId: 8453, fromToken: 'USDC', toChainId: 8453, toToken: 'ETH', amount: { type: 'exact', value: '12.5' }, reason: 'Diversify a little.', articleId: null, ...overrides,
});

describe('LLM brain against an OpenAI-compatible fake (real openai client)', () => {
  it('a normal tool loop yields a valid proposal in correct base units with a route', async () => {
    const res = await chat([
      { toolCalls: [{ name: 'get_portfolio', arguments: { address: world.holder } }] },
      { toolCalls: [{ name: 'find_token', arguments: { symbol: 'USDC', chainId: 8453 } }] },
      { toolCalls: [{ name: 'propose_trade', arguments: trade() }] },
      { content: 'I propose swapping 12.5 USDC on Base for ETH.' },
    ], { message: 'swap 12.5 USDC on Base for ETH' });
    expect(model.chatRequests).toHaveLength(4);
    const first = model.chatRequests[0]!;
    expect(first.tools?.map((t) => t.function.name)).toEqual(['get_portfolio', 'find_token', 'get_news', 'propose_trade']);
    expect(first.messages[0]!.role).toBe('system');
    expect(String(first.messages[0]!.content)).toMatch(/UNTRUSTED DATA/);
    const portfolio = toolResults(1)[0]!;
    expect(JSON.stringify(portfolio.data)).toContain('"symbol":"USDC","amount":"1000"');
    expect(toolResults(2)[1]).toMatchObject({ ok: true, data: { symbol: 'USDC', decimals: 6 } });
    expect(toolResults(3)[2]).toMatchObject({ ok: true, data: { proposed: true, spends: '12.5 USDC' } });

    expect(res.proposals).toHaveLength(1);
    expect(res.proposals[0]).toMatchObject({ kind: 'swap', fromChainId: 8453, fromAmount: '12500000', reason: 'Diversify a little.', requestedAmount: { type: 'exact', value: '12.5' } });
    expect(res.proposals[0]!.route?.toAmount).toBe((((125n * E18) / 10n / 2000n) * 9975n / 10000n).toString());
    expect(res.reply).toMatch(/^I propose swapping 12\.5 USDC on Base for ETH\.\n\nReview the proposal below/);
  });

  it('continues a conversation with the server-kept history, never the client', async () => {
    const first = await chat([{ content: 'Hello there.' }], { message: 'hi' });
    await chat([{ content: 'Again.' }], { message: 'and now?', conversationId: first.conversationId });
    const messages = model.chatRequests[0]!.messages.map((m) => [m.role, m.content]);
    expect(messages.slice(1)).toEqual([['user', 'hi'], ['assistant', 'Hello there.'], ['user', 'and now?']]);
  });

  it('malformed tool arguments and an unknown tool go back to the model as errors; no proposal', async () => {
    const res = await chat([
      { toolCalls: [{ name: 'propose_trade', arguments: '{"fromChainId": 8453, "fromToken": ' }, { name: 'send_funds', arguments: { to: ATTACKER } }] },
      { toolCalls: [{ name: 'propose_trade', arguments: trade({ fromChainId: 'base', amount: { type: 'exact', value: 12.5 } }) }] },
      { content: 'Sorry, I could not do that.' },
    ]);
    expect(toolResults(1)).toEqual([{ ok: false, error: 'the arguments are not valid JSON' }, { ok: false, error: expect.stringMatching(/^unknown tool/) }]);
    expect(toolResults(2)[2]!.error).toMatch(/^fromChainId: .*; amount\.value: /);
    expect(res.proposals).toEqual([]);
    expect(res.reply).toBe('Sorry, I could not do that.');
  });

  it('a hallucinated or ambiguous token is dropped with the reason, never guessed', async () => {
    const res = await chat([
      { toolCalls: [
        { name: 'propose_trade', arguments: trade({ toToken: 'MOONCOIN' }) },
        { name: 'propose_trade', arguments: trade({ toToken: 'USDT' }) },
        { name: 'propose_trade', arguments: trade({ toToken: '0x1111111111111111111111111111111111111111' }) },
      ] },
      { content: 'Here you go.' },
    ]);
    expect(res.proposals).toEqual([]);
    expect(res.dropped.map((d) => d.reason)).toEqual([
      'MOONCOIN is not in the verified token list for Base',
      'USDT matches 2 different tokens on Base, so I will not guess which one',
      'that token address is not in the verified token list for Base',
    ]);
    expect(toolResults(1).every((r) => r.ok === false && /^not proposed: /.test(r.error!))).toBe(true);
    expect(res.reply).toMatch(/I did not propose some trades:\n- MOONCOIN is not in the verified token list for Base\./);
  });

  it('a proposal above the balance (or on a chain whose balances are unknown) is dropped', async () => {
    const res = await chat([
      { toolCalls: [
        { name: 'propose_trade', arguments: trade({ amount: { type: 'exact', value: '1000000' } }) },
        { name: 'propose_trade', arguments: trade({ fromChainId: 10, toChainId: 10 }) },
        { name: 'propose_trade', arguments: trade({ fromChainId: 42161, fromToken: 'WBTC', toChainId: 42161, toToken: 'USDC', amount: { type: 'exact', value: '0.123456789' } }) },
      ] },
      { content: 'Done.' },
    ]);
    expect(res.proposals).toEqual([]);
    expect(res.dropped.map((d) => d.reason)).toEqual([
      'you hold only 1,000 USDC on Base',
      'balances on Optimism are unknown right now, so I cannot check the amount',
      'the amount 0.123456789 does not fit WBTC (8 decimals)',
    ]);
  });

  it('a call trying to pay another address is refused and the address never reaches the answer', async () => {
    const res = await chat([
      { toolCalls: [
        { name: 'get_portfolio', arguments: { address: ATTACKER } },
        { name: 'propose_trade', arguments: { ...trade(), recipient: ATTACKER } },
        { name: 'propose_trade', arguments: { ...trade(), toAddress: ATTACKER } },
        { name: 'propose_trade', arguments: trade({ reason: `Send the ETH to ${ATTACKER} afterwards.`, amount: { type: 'percent', value: '10' } }) },
      ] },
      { content: `Done. Now send 1 ETH to ${ATTACKER} to finish.` },
    ]);
    const results = toolResults(1);
    expect(results[0]).toMatchObject({ ok: true, data: { note: 'Only the connected account can be read; the address given was ignored.' } });
    expect(JSON.stringify(results[0])).toContain('"amount":"1000"'); // the user's own balances, not the attacker's
    expect(results[1]!.error).toBe('recipient: not a parameter of propose_trade; trades always pay the connected account and nobody else');
    expect(results[2]!.error).toBe('toAddress: not a parameter of propose_trade; trades always pay the connected account and nobody else');
    expect(JSON.stringify(results)).not.toMatch(new RegExp(ATTACKER.slice(2), 'i'));
    expect(res.proposals).toHaveLength(1);
    expect(res.proposals[0]!.fromAmount).toBe((HOLDINGS.base.usdc / 10n).toString());
    expect(JSON.stringify(res)).not.toMatch(new RegExp(ATTACKER.slice(2), 'i'));
    expect(res.reply).toMatch(/send 1 ETH to \[address removed\]/);
    const routeBodies = world.lifi.requestsTo('POST /v1/advanced/routes').map((r) => JSON.parse(r.body) as { toAddress: string; fromAddress: string });
    expect(routeBodies.every((b) => b.toAddress === world.holder && b.fromAddress === world.holder)).toBe(true);
  });

  it('more tool rounds than allowed: a plain answer, earlier proposals withdrawn', async () => {
    const res = await chat((_body, index) => (index === 0
      ? { toolCalls: [{ name: 'propose_trade', arguments: trade() }] }
      : { toolCalls: [{ name: 'get_portfolio', arguments: { address: null } }] }));
    expect(model.chatRequests).toHaveLength(5);
    expect(res.proposals).toEqual([]);
    expect(res.dropped).toEqual([{ reason: 'the AI model needed more than 4 tool steps, so its suggestions were withdrawn' }]);
    expect(res.reply).toMatch(/^The AI model did not reach an answer within 4 steps/);
  });

  it('429 from the model: bounded retries, then a plain answer without proposals', async () => {
    const limited = { status: 429, message: 'Rate limit reached', headers: { 'retry-after-ms': '5' } };
    const res = await chat([limited, limited, limited, { content: 'never reached' }]);
    expect(model.chatRequests).toHaveLength(3);
    expect(res.proposals).toEqual([]);
    expect(res.reply).toBe('The AI model is rate limited right now, so I made no proposals. Please try again in a minute.');
  });

  it('500 from the model mid-loop: retries, then withdraws what was proposed', async () => {
    const res = await chat([{ toolCalls: [{ name: 'propose_trade', arguments: trade() }] }, { status: 500 }, { status: 500 }, { status: 500 }]);
    expect(model.chatRequests).toHaveLength(4);
    expect(res.proposals).toEqual([]);
    expect(res.dropped[0]!.reason).toMatch(/stopped answering/);
    expect(res.reply).toMatch(/^The AI model answered with an error \(500\), so I made no proposals/);
  });

  it('no tool call (even text that looks like JSON or a tool call): the text is the reply, no proposals', async () => {
    const fakeCall = JSON.stringify({ tool: 'propose_trade', arguments: trade({ toAddress: ATTACKER }) });
    const res = await chat([{ content: fakeCall }]);
    expect(res.proposals).toEqual([]);
    expect(res.dropped).toEqual([]);
    expect(res.reply).toContain('"tool":"propose_trade"');
    expect(res.reply).not.toMatch(new RegExp(ATTACKER.slice(2), 'i'));
    expect((await chat([{ content: 'ETH looks fine; nothing to do.' }])).reply).toBe('ETH looks fine; nothing to do.');
  });

  it('without a wallet the model is told so and cannot propose', async () => {
    model.setScript([{ toolCalls: [{ name: 'propose_trade', arguments: trade() }] }, { content: 'Connect first.' }]);
    const response = await postJson<AgentChatResponse>(`${server.url}/api/agent/chat`, { message: 'swap' });
    expect(response.body.proposals).toEqual([]);
    expect(String(model.chatRequests[0]!.messages[0]!.content)).toMatch(/No wallet is connected/);
    expect(toolResults(1)[0]!.error).toMatch(/no wallet is connected/);
  });
});
