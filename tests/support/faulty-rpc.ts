import { startLoopbackServer, type FakeResponse, type LoopbackServer } from './loopback-http';

/** How a faulty JSON-RPC server misbehaves. */
export type RpcFault =
  | 'garbage' // HTTP 200 with an HTML page
  | 'garbage-json' // well-formed JSON-RPC whose result is nonsense for the call
  | 'hang' // accepts the request and never answers
  | 'http-429' // rate limited, with Retry-After
  | 'http-500';

const FAULTS: Record<RpcFault, FakeResponse> = {
  garbage: { status: 200, body: '<html><body>502 Bad Gateway… or is it?</body></html>' },
  'garbage-json': { status: 200, body: { jsonrpc: '2.0', id: 1, result: '0xdeadbeef' } },
  hang: { delayMs: 'hang' },
  'http-429': { status: 429, headers: { 'retry-after': '30' }, body: { jsonrpc: '2.0', id: 1, error: { code: -32005, message: 'rate limited' } } },
  'http-500': { status: 500, body: 'internal error' },
};

/** A loopback JSON-RPC endpoint that answers every request with `fault` (and records the requests). */
export function startFaultyRpc(fault: RpcFault): Promise<LoopbackServer> {
  return startLoopbackServer(() => FAULTS[fault]);
}

export interface LatencyProxy extends LoopbackServer {
  /** Requests forwarded since start (or the last reset). */
  requestCount(): number;
  resetCount(): void;
}

/**
 * A loopback proxy in front of a JSON-RPC endpoint that waits `delayMs` before forwarding each
 * request, standing in for a distant RPC; it counts the HTTP requests it sees.
 */
export async function startLatencyProxy(targetUrl: string, options: { delayMs: number }): Promise<LatencyProxy> {
  let count = 0;
  // Public RPCs answer browsers' CORS preflights; so does this stand-in (preflights are not counted).
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST, GET, OPTIONS' };
  const server = await startLoopbackServer(async (request) => {
    if (request.method === 'OPTIONS') return { status: 204, headers: cors, body: '' };
    count += 1;
    await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const response = await fetch(targetUrl, { method: request.method, headers: { 'content-type': 'application/json' }, body: request.body || undefined });
    return { status: response.status, headers: { ...cors, 'content-type': response.headers.get('content-type') ?? 'application/json' }, body: await response.text() };
  });
  return {
    ...server,
    requestCount: () => count,
    resetCount: () => {
      count = 0;
      server.requests.length = 0;
    },
  };
}

/**
 * A JSON-RPC endpoint that browsers may call (it answers CORS preflights) and that reverts every
 * call: a chain the test world leaves out, such as Ethereum when RainbowKit looks up the account's ENS name.
 */
export function startRevertingRpc(): Promise<LoopbackServer> {
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST, OPTIONS' };
  return startLoopbackServer((request) => {
    if (request.method === 'OPTIONS') return { status: 204, headers: cors, body: '' };
    const call = JSON.parse(request.body || '{}') as { id?: number };
    return { headers: cors, body: { jsonrpc: '2.0', id: call.id ?? 1, error: { code: 3, message: 'execution reverted' } } };
  });
}
