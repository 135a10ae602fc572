import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NATIVE_TOKEN_ADDRESS, SUPPORTED_CHAIN_IDS } from '@/domain/chains';
import { chainsResponseSchema, portfolioSchema, type Portfolio } from '@/domain/portfolio';
import type { RunningServer } from '@/server/main';
import { mintTestToken } from '../support/contracts/deploy';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startLatencyProxy, type LatencyProxy } from '../support/faulty-rpc';
import { startTestServer } from '../support/server';
import { getJson, seedPortfolioWorld, type PortfolioWorld } from './portfolio-fixture';

const E18 = 10n ** 18n;
let world: PortfolioWorld;
let lifi: FakeLifi;
let proxies: LatencyProxy[];
let server: RunningServer;

beforeAll(async () => {
  world = await seedPortfolioWorld([
    {
      chainId: 1, nativeBalance: 3n * E18 / 2n, nativePriceUSD: '2000',
      tokens: [
        { name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 1_234_500_000n, priceUSD: '1' },
        { name: 'Wrapped Ether', symbol: 'WETH', decimals: 18, balance: 5n * E18 / 2n, priceUSD: '2000' },
        { name: 'Dusty', symbol: 'DUST', decimals: 7, balance: 78_125n, priceUSD: '1' }, // $0.0078125
        { name: 'Mystery', symbol: 'MYST', decimals: 18, balance: 42n * E18 }, // no price
        { name: 'Nothing', symbol: 'ZERO', decimals: 18, balance: 0n, priceUSD: '5' },
        { name: 'Broken', symbol: 'BRKN', decimals: 18, balance: 0n, priceUSD: '1', kind: 'reverting' },
        { name: 'Weird', symbol: 'WEIRD', decimals: 77, balance: 10n ** 70n, priceUSD: '1' },
        { name: 'Visit eth-gift.com to claim', symbol: 'GIFT', decimals: 18, balance: 1000n * E18, priceUSD: '1' },
      ],
    },
    { chainId: 8453, nativeBalance: E18 / 4n, nativePriceUSD: '2000', tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 100_000_000n, priceUSD: '1' }] },
    { chainId: 42161, nativeBalance: 0n, nativePriceUSD: '2000', tokens: [{ name: 'Arbitrum', symbol: 'ARB', decimals: 18, balance: 10n * E18, priceUSD: '0.5' }] },
  ]);
  lifi = await startFakeLifi({ tokens: world.lifiTokens });
  proxies = await Promise.all(world.chains.map(({ chain }) => startLatencyProxy(chain.rpcUrl, { delayMs: 0 })));
  const rpcEnv = Object.fromEntries(world.chains.map(({ chain }, i) => [`RPC_URL_${chain.chainId}`, proxies[i]!.url]));
  server = await startTestServer({ jobs: false, env: { LIFI_API_URL: lifi.apiUrl, LIFI_API_KEY: 'test-lifi-key', ...rpcEnv } });
});

afterAll(async () => {
  await server?.close();
  await Promise.all((proxies ?? []).map((p) => p.close()));
  await lifi?.close();
  await world?.stop();
});

const getPortfolio = async (address: string) => {
  const response = await getJson<Portfolio>(server.url, `/api/portfolio/${address}`);
  expect(response.status).toBe(200);
  return { ...response, body: portfolioSchema.parse(response.body) };
};
const rows = (portfolio: Portfolio, chainId: number) =>
  portfolio.chains.find((c) => c.chainId === chainId)!.tokens.map((t) => [t.symbol, t.balance, t.decimals, t.priceUSD, t.valueUSD]);

describe('GET /api/portfolio/:address', () => {
  it('returns exact balances and USD values on the three live chains', async () => {
    const { body, headers } = await getPortfolio(world.holder);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.address).toBe(world.holder);
    expect(rows(body, 1)).toEqual([
      ['WETH', (5n * E18 / 2n).toString(), 18, 2000, 5000],
      ['ETH', (3n * E18 / 2n).toString(), 18, 2000, 3000],
      ['USDC', '1234500000', 6, 1, 1234.5],
      ['DUST', '78125', 7, 1, 0.0078125],
      ['MYST', (42n * E18).toString(), 18, null, null],
    ]);
    expect(rows(body, 8453)).toEqual([['ETH', (E18 / 4n).toString(), 18, 2000, 500], ['USDC', '100000000', 6, 1, 100]]);
    expect(rows(body, 42161)).toEqual([['ARB', (10n * E18).toString(), 18, 0.5, 5]]);
    const eth = body.chains[0]!.tokens.find((t) => t.symbol === 'ETH');
    expect(eth?.address).toBe(NATIVE_TOKEN_ADDRESS);
    expect(body.totalUSD).toBe(5000 + 3000 + 1234.5 + 0.0078125 + 500 + 100 + 5);
  });

  it('lists every configured chain; the 12 without an RPC are unavailable with a reason, never zero', async () => {
    const { body } = await getPortfolio(world.holder);
    expect(body.chains.map((c) => c.chainId)).toEqual([...SUPPORTED_CHAIN_IDS]);
    const unavailable = body.chains.filter((c) => c.status === 'unavailable');
    expect(unavailable).toHaveLength(12);
    for (const chain of unavailable) {
      expect(chain.tokens).toEqual([]);
      expect(chain.error).toBe('the RPC is unreachable');
    }
    expect(body.chains.filter((c) => c.status === 'ok').map((c) => c.chainId)).toEqual([1, 8453, 42161]);
  });

  it('leaves out a token that reverts on balanceOf, one with absurd decimals, spam and zero balances, keeping the chain ok', async () => {
    const { body } = await getPortfolio(world.holder);
    const ethereum = body.chains.find((c) => c.chainId === 1)!;
    expect(ethereum.status).toBe('ok');
    const symbols = ethereum.tokens.map((t) => t.symbol);
    for (const hidden of ['BRKN', 'WEIRD', 'GIFT', 'ZERO']) expect(symbols).not.toContain(hidden);
  });

  it('costs exactly one RPC HTTP request per chain per refresh, and sees new balances at once', async () => {
    for (const proxy of proxies) proxy.resetCount();
    const seeded = world.chains.find((c) => c.chain.chainId === 8453)!;
    await mintTestToken(seeded.chain, seeded.addresses.USDC!, world.holder, 50_000_000n);
    for (const proxy of proxies) proxy.resetCount();
    const { body } = await getPortfolio(world.holder.toLowerCase());
    expect(proxies.map((p) => p.requestCount())).toEqual([1, 1, 1]);
    expect(rows(body, 8453)).toContainEqual(['USDC', '150000000', 6, 1, 150]);
    expect(body.address).toBe(world.holder);
  });

  it('reports an empty wallet as ok chains with no tokens', async () => {
    const { body } = await getPortfolio('0x000000000000000000000000000000000000dEaD');
    expect(body.chains.filter((c) => c.status === 'ok').map((c) => c.tokens)).toEqual([[], [], []]);
    expect(body.totalUSD).toBe(0);
  });

  it('answers 400 naming "address" for malformed addresses and wrong checksums', async () => {
    const bad = ['0x1234', 'not-an-address', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226Z', `${world.holder}00`, '0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266'];
    for (const address of bad) {
      const response = await getJson<{ error: string }>(server.url, `/api/portfolio/${encodeURIComponent(address)}`);
      expect(response.status, address).toBe(400);
      expect(response.body.error).toMatch(/"address"/);
    }
    const checksum = await getJson<{ error: string }>(server.url, '/api/portfolio/0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
    expect(checksum.body.error).toMatch(/checksum/);
  });

  it('fetched the token list from LI.FI server-side with the API key, once for all requests', () => {
    const requests = lifi.requestsTo('GET /v1/tokens');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-lifi-api-key']).toBe('test-lifi-key');
    expect(requests[0]!.query.get('chains')?.split(',').map(Number)).toEqual([...SUPPORTED_CHAIN_IDS]);
  });
});

describe('GET /api/chains', () => {
  it('lists the 15 chains with the configured RPC URLs and no WalletConnect id', async () => {
    const { status, body } = await getJson(server.url, '/api/chains');
    expect(status).toBe(200);
    const parsed = chainsResponseSchema.parse(body);
    expect(parsed.chains.map((c) => c.id)).toEqual([...SUPPORTED_CHAIN_IDS]);
    expect(parsed.chains.find((c) => c.id === 8453)?.rpcUrls).toEqual([proxies[1]!.url]);
    expect(parsed.chains.find((c) => c.id === 10)?.rpcUrls).toEqual(['http://127.0.0.1:9']);
    expect(parsed.walletConnectProjectId).toBeNull();
  });
});

