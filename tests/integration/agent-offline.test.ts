import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentChatResponseSchema, proposalSchema, type AgentChatResponse } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { E18, HOLDINGS, ingestArticles, postJson, startAgentServer, startAgentWorld, type AgentWorld } from './agent-fixture';

let world: AgentWorld;
let server: RunningServer;
let chatUrl: string;

beforeAll(async () => {
  world = await startAgentWorld();
  server = await startAgentServer(world);
  chatUrl = `${server.url}/api/agent/chat`;
});

afterAll(async () => {
  await server?.close();
  await world?.close();
});

async function chat(body: Record<string, unknown>): Promise<AgentChatResponse> {
  const response = await postJson(chatUrl, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const parsed = agentChatResponseSchema.parse(response.body);
  for (const proposal of parsed.proposals) proposalSchema.parse(proposal);
  expect(parsed.brain).toBe('offline');
  return parsed;
}

describe('offline brain over HTTP', () => {
  it('swap: half the USDC on Arbitrum to ETH, in base units from the real balance, with a route that pays the user', async () => {
    const before = world.lifi.requestsTo('POST /v1/advanced/routes').length;
    const res = await chat({ message: 'swap half my USDC on Arbitrum to ETH', address: world.holder });
    expect(res.proposals).toHaveLength(1);
    const [p] = res.proposals;
    expect(p).toMatchObject({
      kind: 'swap', fromChainId: 42161, toChainId: 42161, requestedAmount: { type: 'percent', value: '50' },
      fromAmount: (HOLDINGS.arbitrum.usdc / 2n).toString(), article: null,
    });
    expect(p!.fromToken).toMatchObject({ symbol: 'USDC', decimals: 6 });
    expect(p!.fromToken.address.toLowerCase()).toBe(world.token(42161, 'USDC').address.toLowerCase());
    expect(p!.toToken).toMatchObject({ symbol: 'ETH', decimals: 18, address: '0x0000000000000000000000000000000000000000' });
    // 125 USDC at $2000/ETH, less the fake's 0.25 % fee.
    expect(p!.route).toMatchObject({ toAmount: (((125n * E18) / 2000n) * 9975n / 10000n).toString(), tools: ['FakeSwap'] });
    expect(res.reply).toMatch(/I read that as: swap half of your USDC on Arbitrum for ETH/);
    const routeRequests = world.lifi.requestsTo('POST /v1/advanced/routes').slice(before);
    expect(routeRequests).toHaveLength(1);
    const sent = JSON.parse(routeRequests[0]!.body) as Record<string, unknown>;
    expect(sent).toMatchObject({ fromAddress: world.holder, toAddress: world.holder, fromAmount: '125000000' });
    expect(JSON.stringify(sent)).not.toMatch(/slippage/);
  });

  it('bridge: 0.2 ETH from Base to Arbitrum', async () => {
    const res = await chat({ message: 'bridge 0.2 ETH from Base to Arbitrum', address: world.holder });
    expect(res.proposals).toHaveLength(1);
    expect(res.proposals[0]).toMatchObject({ kind: 'bridge', fromChainId: 8453, toChainId: 42161, fromAmount: (2n * E18 / 10n).toString() });
    expect(res.proposals[0]!.toToken).toMatchObject({ chainId: 42161, symbol: 'ETH' });
    expect(res.proposals[0]!.route?.tools).toEqual(['FakeBridge']);
  });

  it('all the native coin keeps a gas reserve; more than the balance is dropped with the real balance', async () => {
    const all = await chat({ message: 'swap all my ETH on Base to USDC', address: world.holder });
    expect(all.proposals[0]?.fromAmount).toBe((HOLDINGS.base.eth - 5n * 10n ** 14n).toString());
    const tooMuch = await chat({ message: 'swap 5000 USDC on Base to ETH', address: world.holder });
    expect(tooMuch.proposals).toEqual([]);
    expect(tooMuch.dropped).toEqual([{ reason: 'you hold only 1,000 USDC on Base' }]);
    expect(tooMuch.reply).toMatch(/I did not propose a trade: you hold only 1,000 USDC on Base\./);
  });

  it('portfolio question: answered from the real balances', async () => {
    const res = await chat({ message: 'what do I hold on Arbitrum?', address: world.holder });
    expect(res.reply).toMatch(/^On Arbitrum you hold /);
    expect(res.reply).toContain('0.5 WBTC ($30,000.00)');
    expect(res.reply).toContain('250 USDC ($250.00)');
    expect(res.reply).toContain('100 ARB ($50.00)');
    expect(res.proposals).toEqual([]);
    const total = await chat({ message: 'what is in my wallet', address: world.holder });
    expect(total.reply).toMatch(/Balances on .*Optimism.* are unknown right now/);
  });

  it('missing chain: picks the one chain holding the token and says so, or asks', async () => {
    const one = await chat({ message: 'swap 10 ARB to USDC', address: world.holder });
    expect(one.reply).toMatch(/You hold ARB only on Arbitrum .*so I used Arbitrum/);
    expect(one.proposals[0]).toMatchObject({ fromChainId: 42161, toChainId: 42161, fromAmount: (10n * E18).toString() });
    const two = await chat({ message: 'swap 10 USDC to ETH', address: world.holder });
    expect(two.proposals).toEqual([]);
    expect(two.reply).toBe('You hold USDC on Base and Arbitrum. Which chain should I swap 10 USDC from?');
  });

  it('missing amount: asks; unavailable chain: says balances are unknown; ambiguous symbol: not guessed', async () => {
    expect((await chat({ message: 'swap my USDC on Base to ETH please', address: world.holder })).reply).toMatch(/^How much USDC/);
    const down = await chat({ message: 'swap 10 USDC on Optimism to ETH', address: world.holder });
    expect(down.dropped).toEqual([{ reason: 'balances on Optimism are unknown right now, so I cannot check the amount' }]);
    const ambiguous = await chat({ message: 'swap 10 USDC on Base to USDT', address: world.holder });
    expect(ambiguous.proposals).toEqual([]);
    expect(ambiguous.dropped[0]?.reason).toBe('USDT matches 2 different tokens on Base, so I will not guess which one');
  });

  it('no wallet: explains and proposes nothing', async () => {
    const res = await chat({ message: 'swap half my USDC on Arbitrum to ETH' });
    expect(res.proposals).toEqual([]);
    expect(res.reply).toMatch(/Connect a wallet/);
    expect((await chat({ message: 'what do I hold?' })).reply).toMatch(/Connect a wallet/);
  });

  it('unknown: says what it can do', async () => {
    const res = await chat({ message: 'tell me a joke about frogs', address: world.holder });
    expect(res.reply).toMatch(/^I can read your balances .* propose swaps .* bridges/);
    expect(res.proposals).toEqual([]);
  });

  it('a LI.FI failure keeps the proposal with route null', async () => {
    world.lifi.failNext('POST /v1/advanced/routes', { status: 500, body: { message: 'boom' } });
    const res = await chat({ message: 'swap 1 USDC on Base to ETH', address: world.holder });
    expect(res.proposals).toHaveLength(1);
    expect(res.proposals[0]!.route).toBeNull();
  });

  it('conversations: continued by id for the same account, a new one otherwise', async () => {
    const first = await chat({ message: 'hello', address: world.holder });
    const again = await chat({ message: 'what do I hold on Base?', address: world.holder, conversationId: first.conversationId });
    expect(again.conversationId).toBe(first.conversationId);
    const unknown = await chat({ message: 'hello', address: world.holder, conversationId: 'no-such-conversation' });
    expect(unknown.conversationId).not.toBe('no-such-conversation');
    const otherAccount = await chat({ message: 'hello', conversationId: first.conversationId });
    expect(otherAccount.conversationId).not.toBe(first.conversationId);
    const { rows } = await server.ctx.db.query<{ role: string; content: string }>('SELECT role, content FROM agent_messages WHERE conversation_id = $1 ORDER BY id', [first.conversationId]);
    expect(rows.map((r) => r.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(rows[2]!.content).toBe('what do I hold on Base?');
  });

  it('"Act on this with AI": relates a bearish, important story to the holdings and hedges part of it, citing the article', async () => {
    const ids = await ingestArticles(server, [{
      title: 'Ethereum plunges as major exploit drains $600 million from a bridge',
      link: 'https://news.example.com/eth-exploit',
      html: '<p>Ethereum (ETH) crashed 18% on Tuesday after a major exploit drained $600 million from a widely used cross-chain bridge. Hackers stole funds and regulators warned of contagion; liquidations hit record levels and analysts fear further losses.</p>',
      date: '2025-06-01T10:00:00Z',
    }]);
    const res = await chat({ message: 'Act on this', address: world.holder, articleId: ids[0] });
    expect(res.reply).toMatch(/reads as bearish with importance/);
    expect(res.reply).toMatch(/You hold .*ETH on Base/);
    expect(res.proposals.length).toBeGreaterThan(0);
    for (const p of res.proposals) {
      expect(p.article).toEqual({ id: ids[0], title: 'Ethereum plunges as major exploit drains $600 million from a bridge' });
      expect(p.fromToken.symbol).toBe('ETH');
      expect(p.toToken.symbol).toBe('USDC');
      expect(p.requestedAmount).toEqual({ type: 'percent', value: '25' });
    }
    const missing = await chat({ message: 'Act on this', address: world.holder, articleId: 'does-not-exist' });
    expect(missing.reply).toMatch(/^I could not find that article/);
  });
});
