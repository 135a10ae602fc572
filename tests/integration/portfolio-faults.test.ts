import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioSchema, type Portfolio } from '@/domain/portfolio';
import type { RunningServer } from '@/server/main';
import type { LoopbackServer } from '../support/loopback-http';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startFaultyRpc, type RpcFault } from '../support/faulty-rpc';
import { startTestServer } from '../support/server';
import { getJson, seedPortfolioWorld, type PortfolioWorld } from './portfolio-fixture';

const E18 = 10n ** 18n;
const TIMEOUT_MS = 1500;
// chain id -> how its only RPC misbehaves
const FAULTY: Record<number, RpcFault> = { 42161: 'hang', 10: 'garbage', 56: 'http-429', 137: 'garbage-json', 100: 'http-500' };

let world: PortfolioWorld;
let lifi: FakeLifi;
let faulty: Map<number, LoopbackServer>;
let server: RunningServer;
let portfolio: Portfolio;

beforeAll(async () => {
  world = await seedPortfolioWorld([
    { chainId: 1, nativeBalance: E18, nativePriceUSD: '2000', tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 7_000_000n, priceUSD: '1' }] },
    { chainId: 8453, nativeBalance: 2n * E18, nativePriceUSD: '2000', tokens: [] },
  ]);
  lifi = await startFakeLifi({ tokens: world.lifiTokens });
  faulty = new Map(await Promise.all(Object.entries(FAULTY).map(async ([id, fault]) => [Number(id), await startFaultyRpc(fault)] as const)));
  const [ethereum, base] = world.chains;
  server = await startTestServer({
    jobs: false,
    env: {
      LIFI_API_URL: lifi.apiUrl,
      RPC_TIMEOUT_MS: String(TIMEOUT_MS),
      RPC_URL_1: ethereum!.chain.rpcUrl,
      // The first Base RPC is down: the fallback transport moves on to the second.
      RPC_URL_8453: `http://127.0.0.1:9,${base!.chain.rpcUrl}`,
      ...Object.fromEntries([...faulty].map(([id, rpc]) => [`RPC_URL_${id}`, rpc.url])),
    },
  });
  const response = await getJson<Portfolio>(server.url, `/api/portfolio/${world.holder}`);
  expect(response.status).toBe(200);
  portfolio = portfolioSchema.parse(response.body);
});

afterAll(async () => {
  await server?.close();
  await Promise.all([...(faulty?.values() ?? [])].map((rpc) => rpc.close()));
  await lifi?.close();
  await world?.stop();
});

const chain = (id: number) => portfolio.chains.find((c) => c.chainId === id)!;

describe('portfolio with faulty RPCs', () => {
  it('renders the healthy chains in full', () => {
    expect(chain(1)).toMatchObject({ status: 'ok' });
    expect(chain(1).tokens.map((t) => [t.symbol, t.balance, t.valueUSD])).toEqual([['ETH', E18.toString(), 2000], ['USDC', '7000000', 7]]);
    expect(portfolio.totalUSD).toBe(2000 + 7 + 4000);
  });

  it('falls back to the next RPC URL of a chain when the first is down', () => {
    expect(chain(8453)).toMatchObject({ status: 'ok', tokens: [{ symbol: 'ETH', balance: (2n * E18).toString(), valueUSD: 4000 }] });
  });

  it('marks a hanging RPC unavailable after the timeout while the others render', () => {
    expect(chain(42161)).toEqual({ chainId: 42161, name: 'Arbitrum', status: 'unavailable', error: `the RPC did not answer within ${TIMEOUT_MS} ms`, tokens: [] });
    expect(faulty.get(42161)!.requests).toHaveLength(1);
  });

  it('explains garbage, HTTP 429 and HTTP 500 in plain words, without retrying in a loop', () => {
    expect(chain(10)).toMatchObject({ status: 'unavailable', error: 'the RPC returned an invalid response (not JSON)', tokens: [] });
    expect(chain(137)).toMatchObject({ status: 'unavailable', error: 'the RPC returned an invalid response', tokens: [] });
    expect(chain(56)).toMatchObject({ status: 'unavailable', error: 'the RPC is rate limiting requests (HTTP 429)', tokens: [] });
    expect(chain(100)).toMatchObject({ status: 'unavailable', error: 'the RPC answered HTTP 500', tokens: [] });
    for (const id of [10, 56, 137, 100]) expect(faulty.get(id)!.requests, `chain ${id}`).toHaveLength(1);
  });

  it('never leaks RPC URLs in errors', () => {
    for (const c of portfolio.chains) expect(c.error ?? '').not.toMatch(/127\.0\.0\.1|http/);
  });
});
