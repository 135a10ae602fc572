import type { Token } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { checkRoute } from '@/domain/policy/check-route';
import { BASE, ETH, makeContext, makeRoute, makeStep, USDC, WETH } from '@/domain/policy/test-fixtures';
import { shouldRetryRoutes, wellFormedRoutes } from './trade-routes';
import { verifiedTokensFrom } from './trade-tokens';

const http = (status: number) => ({ name: 'SDKError', cause: { name: 'HTTPError', status } });

describe('shouldRetryRoutes', () => {
  it('retries a gateway error or timeout exactly once', () => {
    for (const status of [502, 503, 504]) {
      expect(shouldRetryRoutes(0, http(status)), String(status)).toBe(true);
      expect(shouldRetryRoutes(1, http(status)), String(status)).toBe(false);
    }
    expect(shouldRetryRoutes(0, Object.assign(new Error('network'), { name: 'TypeError' }))).toBe(true);
  });
  it('never retries a 429 (Retry-After decides), a 500 (the SDK already retried) or a bad request', () => {
    for (const status of [429, 500, 400, 404]) expect(shouldRetryRoutes(0, http(status)), String(status)).toBe(false);
  });
});

describe('wellFormedRoutes', () => {
  const unpriced = { ...USDC, priceUSD: null, logoURI: null, coinKey: null };

  it('keeps a route whose tokens have a null priceUSD and logoURI, and the pre-sign policy still verifies them', () => {
    const route = makeRoute(makeStep({ fromToken: unpriced as unknown as Token }));
    const { routes, malformed } = wellFormedRoutes(JSON.parse(JSON.stringify({ routes: [route] })));
    expect(malformed).toBe(0);
    expect(routes[0]?.fromToken).toMatchObject({ symbol: 'USDC', decimals: 6 });
    const tokens = verifiedTokensFrom({ tokens: { [BASE]: [unpriced, WETH, ETH] } }, [BASE]);
    const result = checkRoute(routes[0]!, makeContext({ tokens }));
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([]);
  });

  it('counts what has no route shape as malformed and never offers it', () => {
    const route = makeRoute();
    const broken = [{ ...route, fromToken: { ...route.fromToken, decimals: null } }, { ...route, steps: [] }, { ...route, toAmount: '-1' }, 'route'];
    expect(wellFormedRoutes({ routes: [route, ...broken] })).toMatchObject({ malformed: broken.length, routes: [{ id: route.id }] });
    expect(wellFormedRoutes({})).toEqual({ routes: [], malformed: 0 });
  });
});
