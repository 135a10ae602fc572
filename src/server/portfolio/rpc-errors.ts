import { AbiDecodingZeroDataError, BaseError, ContractFunctionZeroDataError, HttpRequestError, RpcRequestError, TimeoutError } from 'viem';

/** Raised by our own per-chain deadline (the RPC may not even have answered the TCP handshake). */
export class ChainTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
  }
}

/** One plain sentence for why a chain's RPC could not be read. Never leaks URLs (they may hold API keys). */
export function describeRpcError(error: unknown, timeoutMs: number): string {
  if (error instanceof ChainTimeoutError) return `the RPC did not answer within ${timeoutMs} ms`;
  if (!(error instanceof BaseError)) return 'the RPC returned an invalid response';
  const find = <T>(type: abstract new (...args: never[]) => T): T | undefined =>
    (error.walk((e) => e instanceof type) as T | null) ?? undefined;
  if (find(TimeoutError)) return `the RPC did not answer within ${timeoutMs} ms`;
  const rpc = find(RpcRequestError);
  const http = find(HttpRequestError);
  const status = rpc?.status ?? http?.status;
  if (status === 429) return 'the RPC is rate limiting requests (HTTP 429)';
  if (status !== undefined && status >= 400) return `the RPC answered HTTP ${status}`;
  if (rpc) return `the RPC refused the request (code ${rpc.code})`;
  if (http) {
    return http.cause instanceof SyntaxError ? 'the RPC returned an invalid response (not JSON)' : 'the RPC is unreachable';
  }
  if (find(ContractFunctionZeroDataError) || find(AbiDecodingZeroDataError)) {
    return 'the RPC returned no data for Multicall3 (is it deployed on this chain?)';
  }
  return 'the RPC returned an invalid response';
}

/** Rejects with ChainTimeoutError when `promise` has not settled within `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChainTimeoutError(ms)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
