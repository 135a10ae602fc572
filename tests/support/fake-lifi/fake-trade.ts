import { randomUUID } from 'node:crypto';
import type { FakeLifi, FakeToken } from './fake-lifi';
import type { RecordedRequest } from '../loopback-http';
import { priceRate } from './trade-amounts';
import { buildRoute, buildStep, type StepRequest } from './trade-steps';
import { createStatusHandler } from './trade-status';
import type { FakeTrade, FakeTradeOptions, TradeFault } from './trade-types';

/** The rate `worse-rate-at-signing` re-quotes at, relative to the route's. */
const WORSE_RATE_AT_SIGNING = 0.95;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="7" fill="#7b61ff"/></svg>';

/**
 * Adds LI.FI's trade endpoints to the fake: GET /v1/quote, POST /v1/advanced/routes,
 * POST /v1/advanced/stepTransaction and GET /v1/status. Transactions call FakeLifiRouter on anvil.
 */
export function installFakeTrade(fake: FakeLifi, options: FakeTradeOptions): FakeTrade {
  let faults = new Set<TradeFault>();
  const rates = new Map<string, number>();
  const rateKey = (a: Pick<FakeToken, 'chainId' | 'address'>, b: Pick<FakeToken, 'chainId' | 'address'>) => `${a.chainId}:${a.address.toLowerCase()}>${b.chainId}:${b.address.toLowerCase()}`;
  const findChain = (id: number) => fake.chains.find((chain) => chain.id === id);
  const findToken = (chainId: number, ref: string) => fake.tokens.find((t) => t.chainId === chainId && (t.address.toLowerCase() === ref.toLowerCase() || t.symbol.toLowerCase() === ref.toLowerCase()))
    ?? (findChain(chainId)?.nativeToken.address.toLowerCase() === ref.toLowerCase() ? findChain(chainId)?.nativeToken : undefined);

  type Params = Omit<StepRequest, 'id' | 'variant' | 'faults' | 'logoBase'>;
  const resolve = (p: { fromChainId: number; toChainId: number; fromToken: string; toToken: string; fromAmount: string; fromAddress?: string; toAddress?: string; slippage?: number; integrator?: string }): Params | { error: string } => {
    const fromChain = findChain(p.fromChainId);
    const toChain = findChain(p.toChainId);
    if (!fromChain || !toChain) return { error: 'Unknown chain' };
    const fromToken = findToken(fromChain.id, p.fromToken);
    const toToken = findToken(toChain.id, p.toToken);
    if (!fromToken || !toToken) return { error: 'Unknown token' };
    if (!/^\d+$/.test(p.fromAmount) || BigInt(p.fromAmount) === 0n) return { error: 'Invalid fromAmount' };
    if (!p.fromAddress) return { error: 'fromAddress is required' };
    const rate = rates.get(rateKey(fromToken, toToken)) ?? priceRate(fromToken, toToken);
    if (rate === undefined) return { error: 'No rate for this pair' };
    return { fromChain, toChain, fromToken, toToken, fromAmount: BigInt(p.fromAmount), fromAddress: p.fromAddress, toAddress: p.toAddress ?? p.fromAddress, slippage: p.slippage ?? 0.005, rate, integrator: p.integrator ?? 'fake' };
  };
  const current = () => ({ faults: faults as ReadonlySet<TradeFault>, logoBase: fake.url });
  // Status faults belong to the transaction they were quoted with, so clearing faults later does not change it.
  const faultsByTransactionId = new Map<string, Set<TradeFault>>();
  const withTransaction = (step: ReturnType<typeof buildStep>) => {
    faultsByTransactionId.set(String(step.transactionId).toLowerCase(), new Set(faults));
    return step;
  };

  fake.on('GET /v1/quote', (request: RecordedRequest) => {
    const q = request.query;
    const params = resolve({ fromChainId: Number(q.get('fromChain')), toChainId: Number(q.get('toChain')), fromToken: q.get('fromToken') ?? '', toToken: q.get('toToken') ?? '', fromAmount: q.get('fromAmount') ?? '', fromAddress: q.get('fromAddress') ?? undefined, toAddress: q.get('toAddress') ?? undefined, slippage: q.has('slippage') ? Number(q.get('slippage')) : undefined, integrator: q.get('integrator') ?? undefined });
    if ('error' in params) return { status: 400, body: { message: params.error, code: 1001 } };
    return { body: withTransaction(buildStep({ ...params, ...current(), id: randomUUID(), variant: 0 }, true)) };
  });

  fake.on('POST /v1/advanced/routes', (request: RecordedRequest) => {
    const body = JSON.parse(request.body || '{}') as { fromChainId: number; toChainId: number; fromTokenAddress: string; toTokenAddress: string; fromAmount: string; fromAddress?: string; toAddress?: string; options?: { slippage?: number; integrator?: string } };
    const params = resolve({ fromChainId: body.fromChainId, toChainId: body.toChainId, fromToken: body.fromTokenAddress ?? '', toToken: body.toTokenAddress ?? '', fromAmount: String(body.fromAmount ?? ''), fromAddress: body.fromAddress, toAddress: body.toAddress, slippage: body.options?.slippage, integrator: body.options?.integrator });
    if ('error' in params) return { body: { routes: [], unavailableRoutes: { filteredOut: [{ overallPath: 'fake', reason: params.error }], failed: [] } } };
    const routes = ([0, 1] as const).map((variant) => {
      const routeId = randomUUID();
      const step = buildStep({ ...params, ...current(), id: `${routeId}:0`, variant }, false);
      return buildRoute(routeId, step, params.fromAmount, variant === 0 ? ['RECOMMENDED', 'CHEAPEST'] : ['FASTEST']);
    });
    return { body: { routes, unavailableRoutes: { filteredOut: [], failed: [] } } };
  });

  fake.on('POST /v1/advanced/stepTransaction', (request: RecordedRequest) => {
    const step = JSON.parse(request.body || '{}') as { id?: string; tool?: string; action?: { fromChainId: number; toChainId: number; fromToken: FakeToken; toToken: FakeToken; fromAmount: string; fromAddress?: string; toAddress?: string; slippage?: number }; integrator?: string };
    const a = step.action;
    if (!step.id || !a) return { status: 400, body: { message: 'Invalid step', code: 1001 } };
    const params = resolve({ fromChainId: a.fromChainId, toChainId: a.toChainId, fromToken: a.fromToken?.address ?? '', toToken: a.toToken?.address ?? '', fromAmount: String(a.fromAmount), fromAddress: a.fromAddress, toAddress: faults.has('attacker-recipient') ? undefined : a.toAddress, slippage: faults.has('slippage-50') ? undefined : a.slippage, integrator: step.integrator });
    if ('error' in params) return { status: 400, body: { message: params.error, code: 1001 } };
    const variant = step.tool?.endsWith('-express') ? 1 : 0;
    // The market moved between the route and signing: toAmount, toAmountMin and the calldata's minimum all fall.
    const rate = faults.has('worse-rate-at-signing') ? params.rate * WORSE_RATE_AT_SIGNING : params.rate;
    return { body: withTransaction(buildStep({ ...params, rate, ...current(), id: step.id, variant }, true)) };
  });

  for (const key of ['fakeswap', 'fakeswap-express', 'fakebridge', 'fakebridge-express']) {
    fake.on(`GET /logos/${key}.svg`, () => ({ headers: { 'content-type': 'image/svg+xml' }, body: LOGO }));
  }

  const status = createStatusHandler(fake, options, (transactionId) => faultsByTransactionId.get(transactionId.toLowerCase()) ?? new Set());
  fake.on('GET /v1/status', status.handle);

  return {
    setFaults: (...next) => void (faults = new Set(next)),
    setRate: (from, to, toPerFrom) => void rates.set(rateKey(from, to), toPerFrom),
    statusLog: status.log,
    settled: status.settled,
  };
}
