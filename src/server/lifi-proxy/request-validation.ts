import { z } from 'zod';
import { addressSchema } from '@/domain/address';

const chainRef = z.string().regex(/^(\d{1,20}|[a-z]{2,8})$/i, 'must be a chain id or key');
const tokenRef = z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'must be a token address or symbol');
const address = addressSchema;
const amount = z.string().regex(/^\d{1,78}$/, 'must be a whole number in base units');
const hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'must be a 0x transaction hash');

/** Query checks for GET paths; anything not named passes through untouched. */
export const queryRules: Record<string, z.ZodType> = {
  quote: z.object({ fromChain: chainRef, toChain: chainRef, fromToken: tokenRef, toToken: tokenRef, fromAddress: address, fromAmount: amount, toAddress: address.optional(), slippage: z.string().regex(/^0?\.\d+$|^0$/, 'must be a fraction such as 0.005').optional() }),
  status: z.object({ txHash: hash.optional(), taskId: z.string().max(200).optional(), fromChain: chainRef.optional(), toChain: chainRef.optional(), bridge: z.string().max(64).optional() }).refine((q) => q.txHash || q.taskId, { message: 'txHash or taskId is required', path: ['txHash'] }),
  token: z.object({ chain: chainRef, token: tokenRef }),
  tokens: z.object({ chains: z.string().regex(/^[a-z0-9]+(,[a-z0-9]+)*$/i, 'must be a comma-separated list of chain ids').optional() }),
};

const routeOptions = z.object({ slippage: z.number().min(0).max(1).optional() }).passthrough();

/** Body checks for POST paths: enough to refuse garbage, not a re-implementation of LI.FI's schema. */
export const bodyRules: Record<string, z.ZodType> = {
  'advanced/routes': z.object({
    fromChainId: z.number().int().positive(),
    toChainId: z.number().int().positive(),
    fromTokenAddress: z.string().min(1).max(100),
    toTokenAddress: z.string().min(1).max(100),
    fromAmount: amount,
    fromAddress: address.optional(),
    toAddress: address.optional(),
    options: routeOptions.optional(),
  }).passthrough(),
  'advanced/stepTransaction': z.object({
    id: z.string().min(1).max(200),
    type: z.string().min(1).max(20),
    tool: z.string().min(1).max(64),
    action: z.object({ fromChainId: z.number().int(), toChainId: z.number().int(), fromAmount: amount }).passthrough(),
    estimate: z.object({}).passthrough(),
  }).passthrough(),
};

/** GET paths the SDK uses; `gas/` covers gas/prices, gas/suggestion/:chain and friends. */
const GET_PATHS = new Set(['chains', 'tokens', 'token', 'quote', 'status', 'tools', 'connections']);
const POST_PATHS = new Set(['advanced/routes', 'advanced/stepTransaction']);

export function isAllowedPath(method: string, path: string): boolean {
  if (!/^[A-Za-z0-9/_-]{1,100}$/.test(path) || path.includes('//')) return false;
  if (method === 'GET') return GET_PATHS.has(path) || /^gas\/[A-Za-z0-9/_-]+$/.test(path);
  if (method === 'POST') return POST_PATHS.has(path);
  return false;
}
