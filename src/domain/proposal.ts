import { z } from 'zod';
import { intentAmountSchema } from './intent';
import { addressSchema } from './address';

const address = addressSchema;
const baseUnits = z.string().regex(/^\d+$/, 'must be a non-negative integer in base units');

/** A token as resolved from the verified token list (never guessed). */
const proposalTokenSchema = z.object({
  chainId: z.number().int().positive(),
  address,
  symbol: z.string().min(1).max(20),
  name: z.string().max(80),
  decimals: z.number().int().min(0).max(36),
  priceUSD: z.number().nullable(),
  logoURI: z.string().optional(),
});
export type ProposalToken = z.infer<typeof proposalTokenSchema>;

/** A fresh route summary from LI.FI at proposal time; the trade review fetches its own fresh routes. */
export const proposalRouteSchema = z.object({
  toAmount: baseUnits,
  toAmountMin: baseUnits,
  toAmountUSD: z.number().nullable(),
  fromAmountUSD: z.number().nullable(),
  gasCostUSD: z.number().nullable(),
  feeCostUSD: z.number().nullable(),
  durationSeconds: z.number().nonnegative(),
  /** Tool names in order, e.g. ["Uniswap", "Stargate"]. */
  tools: z.array(z.string().max(60)).max(10),
});
export type ProposalRoute = z.infer<typeof proposalRouteSchema>;

/**
 * A concrete swap or bridge the agent proposes. There is deliberately no recipient: every trade
 * pays the connected account, and the client re-checks the route with the domain policy before signing.
 */
export const proposalSchema = z
  .object({
    id: z.string().min(1).max(80),
    kind: z.enum(['swap', 'bridge']),
    fromChainId: z.number().int().positive(),
    toChainId: z.number().int().positive(),
    fromToken: proposalTokenSchema,
    toToken: proposalTokenSchema,
    /** The amount as the user or model expressed it (e.g. 50 percent). */
    requestedAmount: intentAmountSchema,
    /** What will be spent, in the from token's base units (checked against the real balance). */
    fromAmount: baseUnits,
    /** null when LI.FI could not be reached; the review fetches routes again anyway. */
    route: proposalRouteSchema.nullable(),
    reason: z.string().min(1).max(600),
    article: z.object({ id: z.string().min(1), title: z.string().min(1).max(300) }).nullable(),
  })
  .strict();
export type Proposal = z.infer<typeof proposalSchema>;

export const agentChatRequestSchema = z
  .object({
    message: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
    address: address.optional(),
    articleId: z.string().min(1).max(200).optional(),
    conversationId: z.string().min(1).max(80).optional(),
  })
  .strict();
export type AgentChatRequest = z.infer<typeof agentChatRequestSchema>;

export const agentChatResponseSchema = z.object({
  conversationId: z.string(),
  reply: z.string(),
  proposals: z.array(proposalSchema),
  /** Proposals the server dropped, with the reason in plain words. */
  dropped: z.array(z.object({ reason: z.string() })),
  brain: z.enum(['openai', 'offline']),
});
export type AgentChatResponse = z.infer<typeof agentChatResponseSchema>;

// Server-sent events of POST /api/agent/chat/stream, in order: `meta` { conversationId, brain },
// `delta` { text } (zero or more), `proposal` Proposal (zero or more), `done` AgentChatResponse,
// or `error` { error } instead of done.
