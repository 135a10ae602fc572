import { describe, expect, it } from 'vitest';
import { AbiDecodingZeroDataError, HttpRequestError, RpcRequestError, TimeoutError } from 'viem';
import { ChainTimeoutError, describeRpcError, withDeadline } from './rpc-errors';

const url = 'https://rpc.example/secret-key';

describe('describeRpcError', () => {
  it('puts each RPC failure in plain words without the URL', () => {
    const cases: [unknown, RegExp][] = [
      [new ChainTimeoutError(4000), /did not answer within 4000 ms/],
      [new TimeoutError({ body: {}, url }), /did not answer within 4000 ms/],
      [new HttpRequestError({ url, status: 429 }), /rate limiting.*429/],
      [new RpcRequestError({ url, status: 429, body: {}, error: { code: -32005, message: 'limit' } }), /rate limiting/],
      [new HttpRequestError({ url, status: 502 }), /HTTP 502/],
      [new HttpRequestError({ url, cause: new SyntaxError('Unexpected token <') }), /invalid response \(not JSON\)/],
      [new HttpRequestError({ url, cause: new TypeError('fetch failed') }), /unreachable/],
      [new RpcRequestError({ url, body: {}, error: { code: -32601, message: 'method not found' } }), /refused the request \(code -32601\)/],
      [new AbiDecodingZeroDataError(), /no data for Multicall3/],
      [new Error('weird'), /invalid response/],
    ];
    for (const [error, expected] of cases) {
      const text = describeRpcError(error, 4000);
      expect(text).toMatch(expected);
      expect(text).not.toContain('secret-key');
    }
  });
});

describe('withDeadline', () => {
  it('passes a result through and rejects a promise that never settles', async () => {
    expect(await withDeadline(Promise.resolve(5), 50)).toBe(5);
    await expect(withDeadline(new Promise(() => {}), 20)).rejects.toBeInstanceOf(ChainTimeoutError);
  });
});
