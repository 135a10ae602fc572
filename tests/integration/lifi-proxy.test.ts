import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import type { RunningServer } from '@/server/main';
import { getTokenService } from '@/server/tokens/token-service';

const KEY = 'server-side-secret-key-123';
const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';

let fake: FakeLifi;
let server: RunningServer;
const api = (path: string, init?: RequestInit) => fetch(`${server.url}/api/lifi/v1/${path}`, init);

beforeAll(async () => {
  fake = await startFakeLifi({
    chains: [{ id: 8453, key: 'bas', name: 'Base', chainType: 'EVM', coin: 'ETH', multicallAddress: '0xcA11bde05977b3631167028862bE2a173976CA11', diamondAddress: '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE', nativeToken: { address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', decimals: 18, chainId: 8453, name: 'Ether', priceUSD: '2000' } }],
    tokens: [{ address: USDC, symbol: 'USDC', decimals: 6, chainId: 8453, name: 'USD Coin', priceUSD: '1' }],
  });
  fake.on('GET /v1/quote', (request) => ({ body: { id: 'quote-1', echoedAmount: request.query.get('fromAmount') } }));
  fake.on('POST /v1/advanced/routes', (request) => ({ body: { routes: [], unavailableRoutes: { filteredOut: [], failed: [] }, echoed: JSON.parse(request.body) } }));
  server = await startTestServer({ env: { LIFI_API_URL: fake.apiUrl, LIFI_API_KEY: KEY, LIFI_INTEGRATOR: 'mc-test' } });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const quoteQuery = `fromChain=8453&toChain=8453&fromToken=${USDC}&toToken=0x0000000000000000000000000000000000000000&fromAddress=${ACCOUNT}&fromAmount=1000000`;

describe('/api/lifi/v1 proxy', () => {
  it('forwards with the key and integrator added server-side, never echoing the key', async () => {
    const response = await api(`quote?${quoteQuery}`, { headers: { 'x-lifi-api-key': 'client-forged', 'x-lifi-integrator': 'someone-else', cookie: 'session=1' } });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ id: 'quote-1', echoedAmount: '1000000' });
    const seen = fake.requestsTo('GET /v1/quote').at(-1)!;
    expect(seen.headers['x-lifi-api-key']).toBe(KEY);
    expect(seen.headers['x-lifi-integrator']).toBe('mc-test');
    expect(seen.headers.cookie).toBeUndefined();
    expect(text).not.toContain(KEY);
    expect([...response.headers.values()].join(' ')).not.toContain(KEY);
  });

  it('sets the integrator in advanced/routes options', async () => {
    const response = await api('advanced/routes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fromChainId: 8453, toChainId: 8453, fromTokenAddress: USDC, toTokenAddress: USDC, fromAmount: '5', options: { integrator: 'spoofed', slippage: 0.005 } }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { echoed: { options: { integrator: string; slippage: number } } };
    expect(body.echoed.options).toEqual({ integrator: 'mc-test', slippage: 0.005 });
  });

  it('caches /chains and /tokens: the second call does not reach LI.FI', async () => {
    // The server warms its own token list at start; let that finish so only the proxy's calls are counted.
    await getTokenService(server.ctx.config).getTokenList();
    const tokenRequestsBefore = fake.requestsTo('GET /v1/tokens').length;
    for (let i = 0; i < 2; i += 1) {
      const chains = (await (await api('chains?chainTypes=EVM')).json()) as { chains: { id: number }[] };
      expect(chains.chains.map((c) => c.id)).toEqual([8453]);
      const tokens = (await (await api('tokens?chains=8453')).json()) as { tokens: Record<string, unknown[]> };
      expect(tokens.tokens['8453']).toHaveLength(1);
    }
    expect(fake.requestsTo('GET /v1/chains')).toHaveLength(1);
    expect(fake.requestsTo('GET /v1/tokens')).toHaveLength(tokenRequestsBefore + 1);
  });

  it('passes 429 through with its retry headers', async () => {
    fake.failNext('GET /v1/quote', { status: 429, headers: { 'retry-after': '7', 'ratelimit-reset': '7', 'ratelimit-remaining': '0' }, body: { message: 'Rate limit exceeded', code: 1023 } });
    const response = await api(`quote?${quoteQuery}`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('ratelimit-reset')).toBe('7');
    expect(response.headers.get('ratelimit-remaining')).toBe('0');
    expect(await response.json()).toMatchObject({ message: 'Rate limit exceeded' });
    expect((await api(`quote?${quoteQuery}`)).status).toBe(200);
  });

  it('passes an upstream 500 through as 500 with its message (the SDK retries 500 once)', async () => {
    fake.failNext('GET /v1/quote', { status: 500, body: { message: 'Internal server error', code: 1000 } });
    const response = await api(`quote?${quoteQuery}`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ message: 'Internal server error' });
  });

  it('turns an upstream HTML error page into JSON', async () => {
    fake.failNext('GET /v1/quote', { status: 503, body: '<html>down</html>' });
    const response = await api(`quote?${quoteQuery}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining('503') });
  });

  it('maps an upstream timeout to 504 with a clear message', async () => {
    const lifi = server.ctx.config.lifi;
    const configured = lifi.timeoutMs;
    lifi.timeoutMs = 300;
    try {
      fake.failNext('GET /v1/quote', { delayMs: 'hang' });
      const response = await api(`quote?${quoteQuery}`);
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/did not answer/) });
    } finally {
      lifi.timeoutMs = configured;
    }
  });

  it('answers bad input with 400 naming the field, and unknown paths with 404', async () => {
    const missing = await api(quoteQuery.replace('&fromAmount=1000000', ''));
    expect(missing.status).toBe(404);
    const noAmount = await api(`quote?${quoteQuery.replace('&fromAmount=1000000', '')}`);
    expect(noAmount.status).toBe(400);
    expect(((await noAmount.json()) as { error: string }).error).toMatch(/fromAmount/);
    const badAmount = await api(`quote?${quoteQuery.replace('fromAmount=1000000', 'fromAmount=1e6')}`);
    expect(((await badAmount.json()) as { error: string }).error).toMatch(/fromAmount/);
    const badStatus = await api('status?txHash=0x12');
    expect(badStatus.status).toBe(400);
    expect(((await badStatus.json()) as { error: string }).error).toMatch(/txHash/);

    const notJson = await api('advanced/routes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
    const badField = await api('advanced/routes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fromChainId: 'base', toChainId: 8453, fromTokenAddress: USDC, toTokenAddress: USDC, fromAmount: '5' }) });
    expect(badField.status).toBe(400);
    expect(((await badField.json()) as { error: string }).error).toMatch(/fromChainId/);

    for (const [method, path] of [['GET', 'keys'], ['POST', 'quote'], ['DELETE', 'chains'], ['GET', 'chains%2F..%2Fkeys']] as const) {
      expect((await api(path, { method })).status).toBe(404);
    }
    const huge = await api('advanced/routes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
  });

  it('answers 502 when LI.FI cannot be reached', async () => {
    const lifi = server.ctx.config.lifi;
    const original = lifi.apiUrl;
    lifi.apiUrl = 'http://127.0.0.1:9/v1';
    try {
      const response = await api(`quote?${quoteQuery}`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/could not be reached/) });
    } finally {
      lifi.apiUrl = original;
    }
  });
});
