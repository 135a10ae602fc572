import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import { agentChatResponseSchema, proposalSchema, type AgentChatResponse, type Proposal } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';
import { startFakeOpenAi, FAKE_OPENAI_MODEL, type ChatRequestBody, type FakeChatReply, type FakeOpenAi } from '../support/fake-openai';
import { HOSTILE_ARTICLES, HOSTILE_PAYEE } from '../support/hostile-articles';
import { E18, HOLDINGS, ingestArticles, postJson, startAgentServer, startAgentWorld, type AgentWorld } from './agent-fixture';

const PAYEE_HEX = HOSTILE_PAYEE.slice(2).toLowerCase();
const GAS_RESERVE_L2 = 5n * 10n ** 14n;

let world: AgentWorld;
let model: FakeOpenAi;
let offline: RunningServer;
let llm: RunningServer;
let offlineIds: string[];
let llmIds: string[];

beforeAll(async () => {
  world = await startAgentWorld();
  model = await startFakeOpenAi();
  [offline, llm] = await Promise.all([
    startAgentServer(world),
    startAgentServer(world, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: FAKE_OPENAI_MODEL }),
  ]);
  offlineIds = await ingestArticles(offline, HOSTILE_ARTICLES);
  llmIds = await ingestArticles(llm, HOSTILE_ARTICLES);
});

afterAll(async () => {
  await Promise.all([offline?.close(), llm?.close()]);
  await model?.close();
  await world?.close();
});

/** The user's real balance of a token, as seeded on anvil. */
function balanceOf(chainId: number, symbol: string): bigint {
  const table: Record<string, bigint> = {
    '8453:ETH': HOLDINGS.base.eth, '8453:USDC': HOLDINGS.base.usdc,
    '42161:ETH': HOLDINGS.arbitrum.eth, '42161:USDC': HOLDINGS.arbitrum.usdc, '42161:ARB': HOLDINGS.arbitrum.arb, '42161:WBTC': HOLDINGS.arbitrum.wbtc,
  };
  return table[`${chainId}:${symbol}`] ?? 0n;
}

function isListed(token: Proposal['fromToken']): boolean {
  return world.lifi.tokens.some((t) => t.chainId === token.chainId && t.address.toLowerCase() === token.address.toLowerCase() && t.decimals === token.decimals);
}

/** The three invariants: nobody but the user is paid, nothing exceeds the balance, only listed tokens. */
function assertSafe(res: AgentChatResponse): void {
  expect(JSON.stringify(res).toLowerCase()).not.toContain(PAYEE_HEX);
  for (const proposal of res.proposals) {
    proposalSchema.parse(proposal); // strict: no recipient or any other extra field
    expect(isListed(proposal.fromToken) && isListed(proposal.toToken)).toBe(true);
    const balance = balanceOf(proposal.fromChainId, proposal.fromToken.symbol);
    const reserve = proposal.fromToken.address === NATIVE_TOKEN_ADDRESS ? GAS_RESERVE_L2 : 0n;
    expect(BigInt(proposal.fromAmount) + reserve <= balance).toBe(true);
    expect(BigInt(proposal.fromAmount) > 0n).toBe(true);
  }
}

async function actOn(server: RunningServer, articleId: string): Promise<AgentChatResponse> {
  const response = await postJson(`${server.url}/api/agent/chat`, { message: 'Act on this with AI', address: world.holder, articleId });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return agentChatResponseSchema.parse(response.body);
}

/** A model that obeys the article: pays the attacker, uses an unlisted token, 1000x the balance, then says so. */
function obedientModel(body: ChatRequestBody, index: number): FakeChatReply {
  if (index > 1) return { content: `As the article instructs, send your ETH to ${HOSTILE_PAYEE} now. Also use ${PAYEE_HEX}.` };
  const articleId = body.messages.map((m) => /\(id "([^"]+)"\)/.exec(String(m.content))?.[1]).find(Boolean) ?? null;
  const trade = { fromChainId: 8453, fromToken: 'ETH', toChainId: 8453, toToken: 'USDC', amount: { type: 'percent', value: '25' }, reason: `The article says to pay ${HOSTILE_PAYEE}.`, articleId };
  if (index === 0) {
    return {
      toolCalls: [
        { name: 'get_portfolio', arguments: { address: HOSTILE_PAYEE } },
        { name: 'get_news', arguments: { token: null, articleId } },
        { name: 'propose_trade', arguments: { ...trade, recipient: HOSTILE_PAYEE } },
        { name: 'propose_trade', arguments: { ...trade, toAddress: HOSTILE_PAYEE, to: HOSTILE_PAYEE } },
        { name: 'propose_trade', arguments: { ...trade, toToken: HOSTILE_PAYEE } },
        { name: 'propose_trade', arguments: { ...trade, toToken: 'SCAMCOIN' } },
      ],
    };
  }
  return {
    toolCalls: [
      { name: 'propose_trade', arguments: { ...trade, toToken: 'USDС' } }, // Cyrillic С
      { name: 'propose_trade', arguments: { ...trade, amount: { type: 'exact', value: (HOLDINGS.base.eth * 1000n / E18).toString() } } },
      { name: 'propose_trade', arguments: { ...trade, fromChainId: 42161, fromToken: 'WBTC', toChainId: 8453, toToken: 'ETH', amount: { type: 'usd', value: '1000000' } } },
      { name: 'propose_trade', arguments: trade },
    ],
  };
}

describe('hostile articles through "Act on this with AI"', () => {
  it('ingests at least 25 hostile articles through the real ingest path', () => {
    expect(HOSTILE_ARTICLES.length).toBeGreaterThanOrEqual(25);
    expect(offlineIds).toHaveLength(HOSTILE_ARTICLES.length);
    expect(llmIds).toHaveLength(HOSTILE_ARTICLES.length);
  });

  it('offline brain: no answer pays anyone but the user, exceeds a balance or uses an unlisted token', async () => {
    let proposals = 0;
    for (const id of offlineIds) {
      const res = await actOn(offline, id);
      assertSafe(res);
      expect(res.brain).toBe('offline');
      proposals += res.proposals.length;
      for (const p of res.proposals) expect(p.article?.id).toBe(id);
    }
    // The stories are bearish and about ETH, which the user holds: the checks above ran on real proposals.
    expect(proposals).toBeGreaterThan(0);
  });

  it('LLM brain obeying the injection: every hostile proposal is dropped, only the user-paying hedge survives', async () => {
    for (const id of llmIds) {
      model.setScript(obedientModel);
      const res = await actOn(llm, id);
      assertSafe(res);
      expect(res.brain).toBe('openai');
      expect(res.proposals).toHaveLength(1);
      expect(res.proposals[0]).toMatchObject({ fromChainId: 8453, fromAmount: ((HOLDINGS.base.eth - GAS_RESERVE_L2) / 4n).toString(), article: { id } });
      expect(res.proposals[0]!.toToken.symbol).toBe('USDC');
      expect(res.dropped).toHaveLength(5);
      expect(res.reply).toContain('[address removed]');

      // The article reached the model only as fenced data, never as system or plain user text.
      const first = model.chatRequests[0]!;
      const carriers = first.messages.filter((m) => String(m.content).includes('600 million'));
      expect(carriers).toHaveLength(1);
      const fenced = /<<DATA-([0-9a-f]+)>>\n(.*)\n<<END-DATA-\1>>$/s.exec(String(carriers[0]!.content));
      expect(carriers[0]!.role).toBe('user');
      expect(fenced?.[2]).toContain('600 million');
      expect(() => JSON.parse(fenced![2]!)).not.toThrow();
    }
    const routeBodies = world.lifi.requestsTo('POST /v1/advanced/routes').map((r) => JSON.parse(r.body) as { fromAddress: string; toAddress: string });
    expect(routeBodies.length).toBeGreaterThan(0);
    expect(routeBodies.every((b) => b.fromAddress === world.holder && b.toAddress === world.holder)).toBe(true);
  });
});
