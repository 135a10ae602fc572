import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioSchema, type Portfolio } from '@/domain/portfolio';
import type { RunningServer } from '@/server/main';
import { ANVIL_ACCOUNT, startAnvil, type AnvilChain } from '../support/anvil';
import { installMulticall3, installTestTokenAt, setNativeBalance } from '../support/contracts/deploy';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startTestServer } from '../support/server';
import { getJson } from './portfolio-fixture';

// The real mainnet USDC and WBTC addresses, which the bundled fallback list knows.
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const WBTC = '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599';

let anvil: AnvilChain;
let lifi: FakeLifi;
let server: RunningServer;

beforeAll(async () => {
  anvil = await startAnvil({ chainId: 1 });
  await installMulticall3(anvil);
  await installTestTokenAt(anvil, USDC, 6, ANVIL_ACCOUNT.address, 1_234_500_000n);
  await installTestTokenAt(anvil, WBTC, 8, ANVIL_ACCOUNT.address, 50_000_000n);
  await setNativeBalance(anvil, ANVIL_ACCOUNT.address, 10n ** 18n);
  lifi = await startFakeLifi();
  lifi.failNext('GET /v1/tokens', { status: 503, body: { message: 'maintenance' } }, 1000);
  server = await startTestServer({ jobs: false, env: { LIFI_API_URL: lifi.apiUrl, RPC_URL_1: anvil.rpcUrl } });
});

afterAll(async () => {
  await server?.close();
  await lifi?.close();
  await anvil?.stop();
});

describe('portfolio while LI.FI is down', () => {
  it('uses the bundled token list: balances with decimals, prices and values unknown (null, not 0)', async () => {
    const response = await getJson<Portfolio>(server.url, `/api/portfolio/${ANVIL_ACCOUNT.address}`);
    expect(response.status).toBe(200);
    const portfolio = portfolioSchema.parse(response.body);
    expect(lifi.requestsTo('GET /v1/tokens').length).toBeGreaterThan(0);
    const ethereum = portfolio.chains.find((c) => c.chainId === 1)!;
    expect(ethereum.status).toBe('ok');
    expect(ethereum.tokens.map((t) => [t.symbol, t.address, t.balance, t.decimals, t.priceUSD, t.valueUSD])).toEqual([
      ['ETH', '0x0000000000000000000000000000000000000000', (10n ** 18n).toString(), 18, null, null],
      ['USDC', USDC, '1234500000', 6, null, null],
      ['WBTC', WBTC, '50000000', 8, null, null],
    ]);
    expect(portfolio.totalUSD).toBe(0);
  });

  it('does not hammer LI.FI: a second refresh reuses the failure for a while', async () => {
    const before = lifi.requestsTo('GET /v1/tokens').length;
    const response = await getJson<Portfolio>(server.url, `/api/portfolio/${ANVIL_ACCOUNT.address}`);
    expect(response.status).toBe(200);
    expect(lifi.requestsTo('GET /v1/tokens').length).toBe(before);
  });
});
