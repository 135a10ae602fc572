import { readFileSync } from 'node:fs';
import { createClient, type Route, type Token } from '@lifi/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';
import type { RunningServer } from '@/server/main';
import { createTokenService } from '@/server/tokens/token-service';
import { lifiChainsQueryOptions } from '@/features/trade/api/lifi-chains';
import { readBridgeStatus } from '@/features/trade/api/bridge-status';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';
import { closedRpcEnv, startTestServer } from '../support/server';

/**
 * Real LI.FI answers (tests/fixtures/lifi-real/README.md) served byte-for-byte by a loopback "LI.FI",
 * through the real server's proxy, the server's token service and the browser's SDK readers.
 */
const fixture = (file: string) => readFileSync(new URL(`../fixtures/lifi-real/${file}`, import.meta.url), 'utf8');
const QUOTE = fixture('quote-eth-to-arb-celercircle.answer.json');
const CHAINS = fixture('openapi-example-chains.answer.json');
const TRANSFERS = JSON.parse(fixture('analytics-transfers-done.answer.json')) as { data: Record<string, unknown>[] };
const route = JSON.parse(fixture('route-polygon-matic-to-gnosis-connext.route.json')) as Route;
const quote = JSON.parse(QUOTE) as { action: { fromToken: Token; toToken: Token }; estimate: { feeCosts: { token: Token }[] } };

// The tokens exactly as real answers carry them (extra tags and verification fields, lowercase addresses).
const REAL_TOKENS: Token[] = [quote.action.fromToken, quote.action.toToken, quote.estimate.feeCosts[1]!.token, route.toToken, route.steps[0]!.includedSteps[0]!.action.toToken];
// No whole /v1/tokens answer was found (README); this envelope around real token objects is ours.
const byChain: Record<string, Token[]> = {};
for (const token of REAL_TOKENS) (byChain[token.chainId] ??= []).push(token);
const TOKENS_BODY = JSON.stringify({ tokens: byChain });

let lifi: LoopbackServer;
let server: RunningServer;
const headers = { 'content-type': 'application/json' };

beforeAll(async () => {
  lifi = await startLoopbackServer((request) => {
    if (request.path === '/v1/quote') return { headers, body: QUOTE };
    if (request.path === '/v1/chains') return { headers, body: CHAINS };
    if (request.path === '/v1/tokens') return { headers, body: TOKENS_BODY };
    if (request.path === '/v1/status') return { headers, body: JSON.stringify(TRANSFERS.data.find((t) => (t.sending as { txHash: string }).txHash === request.query.get('txHash')) ?? { status: 'NOT_FOUND' }) };
    return { status: 404, body: { message: 'not served' } };
  });
  server = await startTestServer({ env: { LIFI_API_URL: `${lifi.url}/v1` } });
});

afterAll(async () => {
  await server?.close();
  await lifi?.close();
});

const hits = (path: string) => lifi.requests.filter((r) => r.path === path).length;

describe('real LI.FI answers through the proxy', () => {
  it('passes the real quote through unchanged', async () => {
    const response = await fetch(`${server.url}/api/lifi/v1/quote?fromChain=1&toChain=42161&fromToken=ETH&toToken=USDC&fromAmount=1000000000000000000&fromAddress=0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(QUOTE);
  });

  it('passes the chains answer through unchanged, and caches it', async () => {
    const before = hits('/v1/chains');
    for (let i = 0; i < 2; i += 1) expect(await (await fetch(`${server.url}/api/lifi/v1/chains?chainTypes=EVM`)).text()).toBe(CHAINS);
    expect(hits('/v1/chains') - before).toBe(1);
  });
});

describe('real LI.FI answers in the browser readers (real SDK client through the proxy)', () => {
  const client = () => createClient({ integrator: 'mc-test', apiUrl: `${server.url}/api/lifi/v1`, disableVersionCheck: true });

  it('keeps the diamond of each chain LI.FI names, and none for a chain without one', async () => {
    const options = lifiChainsQueryOptions(client());
    const loaded = await options.queryFn!({ signal: new AbortController().signal } as never);
    // The example's Polygon, BSC and Gnosis entries carry no nativeToken and no diamondAddress: unusable, so dropped.
    expect(loaded.chains.map((c) => c.id)).toEqual([1]);
    expect(loaded.diamonds).toEqual({ 1: '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE' });
  });

  it('reads a real DONE status answer', async () => {
    const base = TRANSFERS.data[1]!;
    const txHash = (base.sending as { txHash: string }).txHash;
    const status = await readBridgeStatus(client(), { txHash, fromChainId: 8453, toChainId: 8453, tool: 'sushiswap' });
    expect(status).toEqual({ status: 'DONE', substatus: 'COMPLETED', substatusMessage: 'The transfer is complete.', lifiExplorerLink: base.lifiExplorerLink });
  });
});

describe('real token objects in the server token service', () => {
  it('lists them checksummed with numeric prices, keeping logos and keys', async () => {
    const config = loadConfig({ LIFI_API_URL: `${lifi.url}/v1`, DATA_DIR: 'memory://', ...closedRpcEnv() });
    const service = createTokenService(config);
    const list = await service.getTokenList();
    expect(list.source).toBe('lifi');
    expect(list.byChain.get(1)?.map((t) => [t.symbol, t.address, t.priceUSD])).toEqual([
      ['ETH', '0x0000000000000000000000000000000000000000', 2700.87],
      ['USDC', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 1.0001085997],
    ]);
    // 0x8f3c…a063 arrives lowercase in the real route; the list checksums it.
    expect(list.byChain.get(137)?.map((t) => t.address)).toEqual(['0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063']);
    expect(await service.getTokenPrice(42161, '0xaf88d065e77c8cc2239327c5edb3a432268e5831')).toBe(1.0004912682);
    expect(await service.findToken(100, 'xdai')).toMatchObject({ ok: true });
    expect(list.byChain.get(1)?.[0]).toMatchObject({ coinKey: 'ETH', logoURI: expect.stringMatching(/^https:\/\/raw\.githubusercontent\.com\//) });
  });
});
