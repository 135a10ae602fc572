import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentChatResponseSchema, type AgentChatResponse } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { startFakeOpenAi, FAKE_OPENAI_MODEL, type FakeChatReply, type FakeOpenAi } from '../support/fake-openai';
import { postJson, startAgentServer, startAgentWorld, type AgentWorld } from './agent-fixture';
import { storeStory } from './market-fixture';

let world: AgentWorld;
let model: FakeOpenAi;
let offline: RunningServer;
let llm: RunningServer;

beforeAll(async () => {
  world = await startAgentWorld();
  model = await startFakeOpenAi();
  offline = await startAgentServer(world);
  llm = await startAgentServer(world, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: FAKE_OPENAI_MODEL });
  for (const server of [offline, llm]) {
    await storeStory(server, { title: 'FakeSwap pools drained in an exploit', sentiment: 'bearish', importance: 9, hoursAgo: 3 });
    await storeStory(server, { title: 'ARB slides ahead of a token unlock', tokens: ['ARB'], sentiment: 'bearish', importance: 6, hoursAgo: 5 });
    await storeStory(server, { title: 'ARB was hacked last month', tokens: ['ARB'], sentiment: 'bearish', importance: 9, hoursAgo: 24 * 10 });
  }
});

afterAll(async () => {
  await Promise.all([offline?.close(), llm?.close()]);
  await model?.close();
  await world?.close();
});

async function chat(server: RunningServer, message: string): Promise<AgentChatResponse> {
  const response = await postJson(`${server.url}/api/agent/chat`, { message, address: world.holder });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return agentChatResponseSchema.parse(response.body);
}

describe('the agent runs the news check on its proposals', () => {
  it('offline brain: names the flagged stories on the tokens and the route\'s exchange, and the confirmation the incident needs', async () => {
    const res = await chat(offline, 'swap half my ARB on Arbitrum to USDC');
    expect(res.proposals).toHaveLength(1);
    expect(res.proposals[0]!.route?.tools).toEqual(['FakeSwap']);
    expect(res.reply).toContain('News check for ARB on Arbitrum → USDC on Arbitrum: recent news to read first: "FakeSwap pools drained in an exploit" (security incident, bearish, 9/10, about FakeSwap); "ARB slides ahead of a token unlock" (bearish, 6/10, about ARB).');
    expect(res.reply).toMatch(/ask you to confirm you have read it before signing/);
    expect(res.reply).not.toContain('last month');
  });

  it('says nothing when the trade\'s news is quiet', async () => {
    const res = await chat(offline, 'bridge 0.1 ETH from Base to Arbitrum');
    expect(res.proposals).toHaveLength(1);
    expect(res.reply).not.toContain('News check');
  });

  it('LLM brain: the same check after the model proposed', async () => {
    const script: FakeChatReply[] = [
      { toolCalls: [{ name: 'propose_trade', arguments: { fromChainId: 42161, fromToken: 'ARB', toChainId: 42161, toToken: 'USDC', amount: { type: 'percent', value: '50' }, reason: 'Trim ARB.', articleId: null } }] },
      { content: 'I propose swapping half your ARB for USDC.' },
    ];
    model.setScript(script);
    const res = await chat(llm, 'swap half my ARB to USDC');
    expect(res.brain).toBe('openai');
    expect(res.proposals).toHaveLength(1);
    expect(res.reply).toMatch(/I propose swapping half your ARB for USDC\.\n\nNews check for ARB on Arbitrum → USDC on Arbitrum: .*"FakeSwap pools drained in an exploit" \(security incident/);
  });
});
