import { HTTPError, SDKError, type Token } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { checkRoute } from '@/domain/policy/check-route';
import { BASE, ETH, makeContext, makeRoute, makeStep, USDC, WETH } from '@/domain/policy/test-fixtures';
import { RATE_LIMIT_RETRIES, routesRetryDelayMs, shouldRetryRoutes, wellFormedRoutes } from './trade-routes';
import { verifiedTokensFrom } from './trade-tokens';

const http = (status: number) => ({ name: 'SDKError', cause: { name: 'HTTPError', status } });
const tooMany = (headers: Record<string, string> = {}) =>
  new SDKError(new HTTPError(new Response('{"code":1023}', { status: 429, headers }), 'http://lifi.test/v1/advanced/routes', {}));

describe('shouldRetryRoutes', () => {
  it('retries a gateway error or timeout exactly once', () => {
    for (const status of [502, 503, 504]) {
      expect(shouldRetryRoutes(0, http(status)), String(status)).toBe(true);
      expect(shouldRetryRoutes(1, http(status)), String(status)).toBe(false);
    }
    expect(shouldRetryRoutes(0, Object.assign(new Error('network'), { name: 'TypeError' }))).toBe(true);
  });
  it('never retries a 500 (the SDK already retried) or a bad request', () => {
    for (const status of [500, 400, 404]) expect(shouldRetryRoutes(0, http(status)), String(status)).toBe(false);
  });
  it('asks again after a 429 a bounded number of times, then leaves it to the user', () => {
    for (let failures = 0; failures < RATE_LIMIT_RETRIES; failures += 1) expect(shouldRetryRoutes(failures, tooMany({ 'retry-after': '2' }))).toBe(true);
    expect(shouldRetryRoutes(RATE_LIMIT_RETRIES, tooMany({ 'retry-after': '2' }))).toBe(false);
    expect(shouldRetryRoutes(1, tooMany())).toBe(true); // a 429 after a gateway retry still gets its wait
  });
});

describe('routesRetryDelayMs', () => {
  it('waits for Retry-After after a 429, within 1 s to 2 min, 30 s when LI.FI names no wait', () => {
    expect(routesRetryDelayMs(0, tooMany({ 'retry-after': '2' }))).toBe(2_000);
    expect(routesRetryDelayMs(1, tooMany({ 'retry-after': '1' }))).toBe(1_000);
    expect(routesRetryDelayMs(0, tooMany({ 'retry-after': '86400' }))).toBe(120_000);
    expect(routesRetryDelayMs(0, tooMany())).toBe(30_000);
  });
  it('pauses briefly before retrying a gateway error', () => {
    expect(routesRetryDelayMs(0, http(502))).toBe(800);
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
