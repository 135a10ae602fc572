import { startLoopbackServer, type FakeHandler, type FakeResponse, type LoopbackServer, type RecordedRequest } from '../loopback-http';

/** A token as LI.FI's /v1/tokens lists it. */
export interface FakeToken {
  address: string;
  symbol: string;
  decimals: number;
  chainId: number;
  name: string;
  coinKey?: string;
  logoURI?: string;
  priceUSD?: string;
  /** Real /tokens entries also carry these (tests/fixtures/lifi-real/quote-eth-to-arb-celercircle.answer.json). */
  tags?: string[];
  verificationStatus?: string;
  verificationStatusBreakdown?: { provider: string; result: string; providerResult: string }[];
}

/** A chain as LI.FI's /v1/chains lists it (the fields this app reads). */
export interface FakeChain {
  id: number;
  key: string;
  name: string;
  chainType: 'EVM';
  coin: string;
  nativeToken: FakeToken;
  multicallAddress: string;
  diamondAddress: string;
  /** The SDK builds viem chains and explorer links from this (blockExplorerUrls must end with '/'). */
  metamask?: { chainId: string; chainName: string; rpcUrls: string[]; blockExplorerUrls?: string[]; nativeCurrency?: { name: string; symbol: string; decimals: number } };
  mainnet?: boolean;
  permit2?: string;
  permit2Proxy?: string;
}

export interface FakeLifi extends LoopbackServer {
  /** Base URL including /v1, as LIFI_API_URL expects. */
  apiUrl: string;
  chains: FakeChain[];
  tokens: FakeToken[];
  /** Registers or replaces the handler for `METHOD /v1/path` (e.g. 'GET /v1/quote'). */
  on(route: string, handler: FakeHandler): void;
  /** The next `count` requests matching `route` get `response` instead (faults: 429, 500, garbage, hang). */
  failNext(route: string, response: FakeResponse, count?: number): void;
  requestsTo(route: string): RecordedRequest[];
}

export interface FakeLifiOptions {
  chains?: FakeChain[];
  tokens?: FakeToken[];
}

/**
 * A LI.FI-API-compatible server on loopback. Starts with /v1/chains and /v1/tokens; trade endpoints
 * (quote, advanced/routes, advanced/stepTransaction, status) are registered with `on` by their modules.
 */
export async function startFakeLifi(options: FakeLifiOptions = {}): Promise<FakeLifi> {
  const handlers = new Map<string, FakeHandler>();
  const faults = new Map<string, { response: FakeResponse; remaining: number }>();
  const routeOf = (request: RecordedRequest) => `${request.method} ${request.path.replace(/\/$/, '')}`;

  const server = await startLoopbackServer((request) => {
    const route = routeOf(request);
    const fault = faults.get(route);
    if (fault && fault.remaining > 0) {
      fault.remaining -= 1;
      return fault.response;
    }
    const handler = handlers.get(route);
    if (!handler) return { status: 404, body: { message: `fake LI.FI has no route ${route}`, code: 1003 } };
    return handler(request);
  });

  const fake: FakeLifi = {
    ...server,
    apiUrl: `${server.url}/v1`,
    chains: options.chains ?? [],
    tokens: options.tokens ?? [],
    on: (route, handler) => void handlers.set(route, handler),
    failNext: (route, response, count = 1) => void faults.set(route, { response, remaining: count }),
    requestsTo: (route) => server.requests.filter((request) => routeOf(request) === route),
  };

  fake.on('GET /v1/chains', () => ({ body: { chains: fake.chains } }));
  fake.on('GET /v1/tokens', (request) => {
    const wanted = request.query.get('chains')?.split(',').map(Number).filter(Number.isFinite);
    const byChain: Record<string, FakeToken[]> = {};
    for (const token of fake.tokens) {
      if (wanted && wanted.length > 0 && !wanted.includes(token.chainId)) continue;
      (byChain[token.chainId] ??= []).push(token);
    }
    return { body: { tokens: byChain } };
  });
  fake.on('GET /v1/token', (request) => {
    const chainId = Number(request.query.get('chain'));
    const wanted = (request.query.get('token') ?? '').toLowerCase();
    const token = fake.tokens.find((t) => t.chainId === chainId && (t.address.toLowerCase() === wanted || t.symbol.toLowerCase() === wanted));
    return token ? { body: token } : { status: 404, body: { message: 'Token not found', code: 1011 } };
  });
  return fake;
}
