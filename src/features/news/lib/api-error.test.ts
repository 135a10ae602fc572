import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromResponse, describeError, shouldRetry } from './api-error';

describe('apiErrorFromResponse', () => {
  it("uses the server's error text", () => {
    const error = apiErrorFromResponse(400, { error: 'minImportance must be an integer from 1 to 10' });
    expect(error.status).toBe(400);
    expect(error.message).toBe('minImportance must be an integer from 1 to 10');
  });

  it('says not found for 404', () => {
    expect(apiErrorFromResponse(404, { error: 'no article abc' }).message).toBe('Not found: no article abc');
    expect(apiErrorFromResponse(404, 'html page').message).toBe('Not found');
  });

  it('falls back to the status when the body is not an error object', () => {
    expect(apiErrorFromResponse(502, '<html>bad gateway</html>').message).toMatch(/HTTP 502/);
    expect(apiErrorFromResponse(418, null).message).toMatch(/HTTP 418/);
  });
});

describe('shouldRetry', () => {
  it('retries network and server errors at most twice, never client errors', () => {
    expect(shouldRetry(0, new ApiError('x', 500))).toBe(true);
    expect(shouldRetry(2, new ApiError('x', 500))).toBe(false);
    expect(shouldRetry(0, new ApiError('x', 400))).toBe(false);
    expect(shouldRetry(0, new TypeError('fetch failed'))).toBe(true);
  });
});

describe('describeError', () => {
  it('puts network failures in words', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
    expect(describeError(new ApiError('bad token', 400))).toBe('bad token');
    expect(describeError('weird')).toBe('Something went wrong.');
  });
});
