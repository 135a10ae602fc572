import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import { loadConfig } from '@/server/config';
import { createTokenService } from '@/server/tokens/token-service';
import { startFakeLifi, type FakeLifi, type FakeToken } from '../support/fake-lifi/fake-lifi';

// Twelve listed ERC-20s on Optimism plus its native coin, a shared symbol, and hostile entries.
const optimismTokens: FakeToken[] = [
  ...Array.from({ length: 12 }, (_, i): FakeToken => ({
    address: `0x${(0x1000 + i).toString(16).padStart(40, '0')}`, symbol: `TK${i}`, decimals: 18, chainId: 10, name: `Token ${i}`, priceUSD: String(i + 1),
  })),
  { address: NATIVE_TOKEN_ADDRESS, symbol: 'ETH', decimals: 18, chainId: 10, name: 'Ether', coinKey: 'ETH', priceUSD: '2000' },
  { address: '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85', symbol: 'USDC', decimals: 6, chainId: 10, name: 'USD Coin', coinKey: 'USDC', priceUSD: '1' },
  { address: '0x7F5c764cBc14f9669B88837ca1490cCa17c31607', symbol: 'USDC', decimals: 6, chainId: 10, name: 'Bridged USDC', priceUSD: '1' },
  { address: '0x0000000000000000000000000000000000002000', symbol: 'HUGE', decimals: 99, chainId: 10, name: 'Absurd decimals', priceUSD: '1' },
  { address: '0x1234', symbol: 'SHORT', decimals: 18, chainId: 10, name: 'Short address' },
  { address: '0x0000000000000000000000000000000000002001', symbol: 'FREE', decimals: 18, chainId: 10, name: 'Claim free ETH at op-gift.xyz' },
];

let lifi: FakeLifi;
beforeEach(async () => {
  lifi = await startFakeLifi({ tokens: optimismTokens });
});
afterEach(async () => {
  await lifi.close();
});

const service = (env: Record<string, string> = {}) => createTokenService(loadConfig({ LIFI_API_URL: lifi.apiUrl, ...env }), { retryAfterMs: 60_000 });

describe('token list service against a LI.FI-compatible API', () => {
  it('fetches once, with the API key, and de-duplicates concurrent callers', async () => {
    const tokens = service({ LIFI_API_KEY: 'k-123' });
    const lists = await Promise.all([tokens.getTokenList(), tokens.getTokenList(), tokens.getTrackedTokens(10)]);
    await tokens.getTokenList();
    expect(lists[0]!.source).toBe('lifi');
    const requests = lifi.requestsTo('GET /v1/tokens');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-lifi-api-key']).toBe('k-123');
  });

  it('never sends an API key header when none is configured', async () => {
    await service().getTokenList();
    expect(lifi.requestsTo('GET /v1/tokens')[0]!.headers['x-lifi-api-key']).toBeUndefined();
  });

  it('tracks the native coin first and at least ten ERC-20s, well-known coins first, hostile entries dropped', async () => {
    const tracked = await service().getTrackedTokens(10);
    expect(tracked[0]).toMatchObject({ address: NATIVE_TOKEN_ADDRESS, symbol: 'ETH', priceUSD: 2000 });
    expect(tracked.slice(1, 3).map((t) => t.symbol)).toEqual(['USDC', 'USDC']);
    expect(tracked.length - 1).toBeGreaterThanOrEqual(10);
    for (const symbol of ['HUGE', 'SHORT', 'FREE']) expect(tracked.map((t) => t.symbol)).not.toContain(symbol);
  });

  it('finds tokens only in the verified list and refuses an ambiguous symbol', async () => {
    const tokens = service();
    expect(await tokens.findToken(10, 'tk3')).toMatchObject({ ok: true, token: { symbol: 'TK3', decimals: 18 } });
    expect(await tokens.findToken(10, 'USDC')).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(await tokens.findToken(10, '0x0b2c639c533813f4aa9d7837caf62653d097ff85')).toMatchObject({ ok: true, token: { name: 'USD Coin' } });
    expect(await tokens.findToken(10, 'HUGE')).toMatchObject({ ok: false, reason: 'not-listed' });
    expect(await tokens.getTokenPrice(10, '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85')).toBe(1);
    expect(await tokens.getTokenPrice(10, '0x0000000000000000000000000000000000009999')).toBeNull();
  });

  it('falls back to the bundled list (no prices) when LI.FI fails or answers garbage', async () => {
    for (const response of [{ status: 500, body: { message: 'boom' } }, { status: 200, body: '<html>not json</html>' }, { status: 200, body: { tokens: 'nope' } }]) {
      lifi.failNext('GET /v1/tokens', response);
      const list = await service().getTokenList();
      expect(list.source).toBe('fallback');
      const optimism = list.byChain.get(10) ?? [];
      expect(optimism.map((t) => t.symbol)).toEqual(['ETH', 'USDC', 'WETH', 'OP']);
      expect(optimism.every((t) => t.priceUSD === null)).toBe(true);
    }
  });

  it('keeps the bundled tokens for a chain LI.FI did not list', async () => {
    const list = await service().getTokenList();
    expect(list.source).toBe('lifi');
    expect(list.byChain.get(8453)?.map((t) => t.symbol)).toEqual(['ETH', 'USDC', 'WETH']);
  });
});
