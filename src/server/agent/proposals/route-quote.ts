import { z } from 'zod';
import { proposalRouteSchema, type ProposalRoute } from '@/domain/proposal';
import type { ServerConfig } from '../../config';

const ROUTE_TIMEOUT_MS = 8000;

const num = z.union([z.string(), z.number()]).transform(Number).pipe(z.number().finite());
const units = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/));
const stepSchema = z.object({
  tool: z.string().optional(),
  toolDetails: z.object({ name: z.string() }).partial().optional(),
  estimate: z.object({ executionDuration: num.optional(), feeCosts: z.array(z.object({ amountUSD: num.optional() }).passthrough()).optional() }).passthrough().optional(),
  includedSteps: z.array(z.object({ tool: z.string().optional(), toolDetails: z.object({ name: z.string() }).partial().optional() }).passthrough()).optional(),
}).passthrough();
const routeSchema = z.object({
  fromChainId: z.number(),
  toChainId: z.number(),
  fromAmount: units,
  toAmount: units,
  toAmountMin: units,
  fromAmountUSD: num.optional(),
  toAmountUSD: num.optional(),
  gasCostUSD: num.optional(),
  fromAddress: z.string().optional(),
  toAddress: z.string().optional(),
  fromToken: z.object({ address: z.string() }).passthrough(),
  toToken: z.object({ address: z.string() }).passthrough(),
  steps: z.array(stepSchema).min(1).max(10),
}).passthrough();
const routesResponseSchema = z.object({ routes: z.array(z.unknown()) }).passthrough();

export interface RouteRequest {
  fromChainId: number;
  toChainId: number;
  fromTokenAddress: string;
  toTokenAddress: string;
  fromAmount: bigint;
  address: string;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Summarises LI.FI's best route, or null when it is not exactly the trade asked for. */
export function summariseLifiRoute(raw: unknown, request: RouteRequest): ProposalRoute | null {
  const parsed = routeSchema.safeParse(raw);
  if (!parsed.success) return null;
  const r = parsed.data;
  const exact = r.fromChainId === request.fromChainId && r.toChainId === request.toChainId && r.fromAmount === request.fromAmount.toString()
    && same(r.fromToken.address, request.fromTokenAddress) && same(r.toToken.address, request.toTokenAddress)
    && (r.toAddress === undefined || same(r.toAddress, request.address)) && (r.fromAddress === undefined || same(r.fromAddress, request.address));
  if (!exact) return null;
  const tools = r.steps.flatMap((step) => (step.includedSteps?.length ? step.includedSteps : [step]).map((s) => s.toolDetails?.name ?? s.tool ?? 'unknown'));
  const fees = r.steps.flatMap((step) => step.estimate?.feeCosts ?? []).map((fee) => fee.amountUSD ?? 0);
  const summary = {
    toAmount: r.toAmount,
    toAmountMin: r.toAmountMin,
    toAmountUSD: r.toAmountUSD ?? null,
    fromAmountUSD: r.fromAmountUSD ?? null,
    gasCostUSD: r.gasCostUSD ?? null,
    feeCostUSD: fees.length > 0 ? fees.reduce((a, b) => a + b, 0) : null,
    durationSeconds: r.steps.reduce((sum, step) => sum + (step.estimate?.executionDuration ?? 0), 0),
    tools: tools.slice(0, 10).map((name) => name.slice(0, 60)),
  };
  const checked = proposalRouteSchema.safeParse(summary);
  return checked.success ? checked.data : null;
}

/**
 * A fresh route summary from LI.FI (POST /advanced/routes) paying the user's own address; null when
 * LI.FI fails, times out or answers something else. Slippage is left to LI.FI's default: the agent never sets it.
 */
export async function fetchRouteSummary(lifi: ServerConfig['lifi'], request: RouteRequest, log?: (message: string) => void): Promise<ProposalRoute | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-lifi-integrator': lifi.integrator };
  if (lifi.apiKey) headers['x-lifi-api-key'] = lifi.apiKey;
  const body = {
    fromChainId: request.fromChainId,
    toChainId: request.toChainId,
    fromTokenAddress: request.fromTokenAddress,
    toTokenAddress: request.toTokenAddress,
    fromAmount: request.fromAmount.toString(),
    fromAddress: request.address,
    toAddress: request.address,
    options: { integrator: lifi.integrator, order: 'RECOMMENDED', allowDestinationCall: false },
  };
  try {
    const response = await fetch(`${lifi.apiUrl}/advanced/routes`, {
      method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(ROUTE_TIMEOUT_MS), redirect: 'error',
    });
    if (!response.ok) {
      log?.(`agent: LI.FI routes answered ${response.status}`);
      return null;
    }
    const parsed = routesResponseSchema.safeParse(await response.json());
    return parsed.success && parsed.data.routes.length > 0 ? summariseLifiRoute(parsed.data.routes[0], request) : null;
  } catch (error) {
    log?.(`agent: LI.FI routes failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
