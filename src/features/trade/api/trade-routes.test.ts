import { describe, expect, it } from 'vitest';
import { shouldRetryRoutes } from './trade-routes';

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
