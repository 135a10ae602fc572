import { randomUUID } from 'node:crypto';

import type { Address } from 'viem';
import { MULTICALL3_ADDRESS } from '@/domain/chains';
import type { RunningServer } from '@/server/main';
import { createAnalysers } from '@/server/news/analysers';
import { ingestRawItems } from '@/server/news/ingest-feed';
import type { RawFeedItem } from '@/server/news/parse-feed';
import { AnalysisCache } from '@/server/store/analysis-cache';
import { newsRepositoryFor } from '@/server/store/news-repository';
import { startFakeLifi, type FakeChain, type FakeLifi, type FakeToken } from '../support/fake-lifi/fake-lifi';
import { priceRate } from '../support/fake-lifi/trade-amounts';
import { buildRoute, buildStep } from '../support/fake-lifi/trade-steps';
import { startTestServer } from '../support/server';
import { seedPortfolioWorld, type PortfolioWorld } from './portfolio-fixture';

export const E18 = 10n ** 18n;
/** What the holder has: Base 0.5 ETH + 1000 USDC; Arbitrum 0.1 ETH + 250 USDC + 100 ARB + 0.5 WBTC (8 decimals). */
export const HOLDINGS = {
  base: { eth: E18 / 2n, usdc: 1_000_000_000n },
  arbitrum: { eth: E18 / 10n, usdc: 250_000_000n, arb: 100n * E18, wbtc: 50_000_000n },
};

export interface AgentWorld {
  world: PortfolioWorld;
  lifi: FakeLifi;
  holder: Address;
  token(chainId: number, symbol: string): FakeToken;
  /** Env for startTestServer: RPCs of the two anvil chains, the fake LI.FI, a roomy rate limit. */
  env: Record<string, string>;
  /** Milliseconds the fake waits before answering /advanced/routes. */
  setRouteDelay(ms: number): void;
  close(): Promise<void>;
}

function fakeChain(id: number, name: string, eth: FakeToken): FakeChain {
  return { id, key: `c${id}`, name, chainType: 'EVM', coin: 'ETH', nativeToken: eth, multicallAddress: MULTICALL3_ADDRESS, diamondAddress: '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE' };
}

/** Two anvil chains (Base, Arbitrum) with real ERC-20 balances, a fake LI.FI listing them (plus an ambiguous USDT on Base) and serving routes. */
export async function startAgentWorld(): Promise<AgentWorld> {
  const world = await seedPortfolioWorld([
    { chainId: 8453, nativeBalance: HOLDINGS.base.eth, nativePriceUSD: '2000', tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: HOLDINGS.base.usdc, priceUSD: '1' }] },
    {
      chainId: 42161, nativeBalance: HOLDINGS.arbitrum.eth, nativePriceUSD: '2000',
      tokens: [
        { name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: HOLDINGS.arbitrum.usdc, priceUSD: '1' },
        { name: 'Arbitrum', symbol: 'ARB', decimals: 18, balance: HOLDINGS.arbitrum.arb, priceUSD: '0.5' },
        { name: 'Wrapped BTC', symbol: 'WBTC', decimals: 8, balance: HOLDINGS.arbitrum.wbtc, priceUSD: '60000' },
      ],
    },
  ]);
  const ambiguous: FakeToken[] = ['0x00000000000000000000000000000000000000a1', '0x00000000000000000000000000000000000000a2'].map((address) => ({ address, symbol: 'USDT', name: 'Tether', decimals: 6, chainId: 8453, priceUSD: '1' }));
  const lifi = await startFakeLifi({ tokens: [...world.lifiTokens, ...ambiguous] });
  const token = (chainId: number, symbol: string) => {
    const found = lifi.tokens.find((t) => t.chainId === chainId && t.symbol === symbol);
    if (!found) throw new Error(`no ${symbol} on ${chainId}`);
    return found;
  };
  lifi.chains = [fakeChain(8453, 'Base', token(8453, 'ETH')), fakeChain(42161, 'Arbitrum', token(42161, 'ETH'))];
  let delayMs = 0;
  lifi.on('POST /v1/advanced/routes', (request) => {
    const body = JSON.parse(request.body) as { fromChainId: number; toChainId: number; fromTokenAddress: string; toTokenAddress: string; fromAmount: string; fromAddress: string; toAddress: string };
    const fromChain = lifi.chains.find((c) => c.id === body.fromChainId);
    const toChain = lifi.chains.find((c) => c.id === body.toChainId);
    const find = (chainId: number, address: string) => lifi.tokens.find((t) => t.chainId === chainId && t.address.toLowerCase() === address.toLowerCase());
    const fromToken = find(body.fromChainId, body.fromTokenAddress);
    const toToken = find(body.toChainId, body.toTokenAddress);
    if (!fromChain || !toChain || !fromToken || !toToken) return { delayMs, body: { routes: [] } };
    const id = randomUUID();
    const fromAmount = BigInt(body.fromAmount);
    const step = buildStep({ id: `${id}:0`, fromChain, toChain, fromToken, toToken, fromAmount, fromAddress: body.fromAddress, toAddress: body.toAddress, slippage: 0.005, rate: priceRate(fromToken, toToken) ?? 1, variant: 0, integrator: 'fake', logoBase: lifi.url, faults: new Set() }, false);
    return { delayMs, body: { routes: [buildRoute(id, step, fromAmount, ['RECOMMENDED'])] } };
  });
  const rpcEnv = Object.fromEntries(world.chains.map(({ chain }) => [`RPC_URL_${chain.chainId}`, chain.rpcUrl]));
  return {
    world, lifi, holder: world.holder, token,
    env: { ...rpcEnv, LIFI_API_URL: lifi.apiUrl, AGENT_RATE_LIMIT_PER_MINUTE: '1000', RPC_TIMEOUT_MS: '2000' },
    setRouteDelay: (ms) => void (delayMs = ms),
    close: async () => {
      await lifi.close();
      await world.stop();
    },
  };
}

export async function startAgentServer(world: AgentWorld, env: Record<string, string> = {}): Promise<RunningServer> {
  return startTestServer({ jobs: false, env: { ...world.env, ...env } });
}

/** Stores raw items through the real ingest path (sanitise, dedupe, offline analysis) and returns their stored ids. */
export async function ingestArticles(server: RunningServer, items: RawFeedItem[]): Promise<string[]> {
  const { db } = server.ctx;
  const repository = newsRepositoryFor(db);
  const deps = { repository, cache: new AnalysisCache(db), analysers: createAnalysers({}), log: () => {} };
  const report = await ingestRawItems(items, { feed: 'agent-test', source: 'Agent Test Desk' }, deps, { now: new Date('2025-06-01T12:00:00Z') });
  if (report.skipped > 0) throw new Error(`ingest skipped items: ${report.skippedReasons.join('; ')}`);
  const page = await repository.list({ limit: 500 });
  return page.docs.map((doc) => (JSON.parse(doc) as { id: string }).id);
}

export async function postJson<T = unknown>(url: string, body: unknown): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Posts to the stream endpoint and collects every server-sent event in arrival order. */
export async function postStream(url: string, body: unknown): Promise<{ status: number; contentType: string | null; events: SseEvent[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  const events = text.split(/\n\n+/).filter((block) => block.trim()).map((block) => {
    const lines = block.split('\n');
    const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim() ?? 'message';
    const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\n');
    return { event, data: JSON.parse(data) as unknown };
  });
  return { status: response.status, contentType: response.headers.get('content-type'), events };
}

