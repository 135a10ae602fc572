// zod/mini: the agent panel (loaded with the page) parses proposals with these; see ./article.ts.
import * as z from 'zod/mini';
import { intentAmountSchema } from './intent';
import { ADDRESS_MESSAGE, ADDRESS_PATTERN } from './address-pattern';

const address = z.string().check(z.regex(ADDRESS_PATTERN, ADDRESS_MESSAGE));
const baseUnits = z.string().check(z.regex(/^\d+$/, 'must be a non-negative integer in base units'));
const positiveInt = () => z.int().check(z.positive());
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** A token as resolved from the verified token list (never guessed). */
const proposalTokenSchema = z.object({
  chainId: positiveInt(),
  address,
  symbol: text(1, 20),
  name: z.string().check(z.maxLength(80)),
  decimals: z.int().check(z.minimum(0), z.maximum(36)),
  priceUSD: z.nullable(z.number()),
  logoURI: z.optional(z.string()),
});
export type ProposalToken = z.infer<typeof proposalTokenSchema>;

/** A fresh route summary from LI.FI at proposal time; the trade review fetches its own fresh routes. */
export const proposalRouteSchema = z.object({
  toAmount: baseUnits,
  toAmountMin: baseUnits,
  toAmountUSD: z.nullable(z.number()),
  fromAmountUSD: z.nullable(z.number()),
  gasCostUSD: z.nullable(z.number()),
  feeCostUSD: z.nullable(z.number()),
  durationSeconds: z.number().check(z.nonnegative()),
  /** Tool names in order, e.g. ["Uniswap", "Stargate"]. */
  tools: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(10)),
});
export type ProposalRoute = z.infer<typeof proposalRouteSchema>;

/**
 * A concrete swap or bridge the agent proposes. There is deliberately no recipient: every trade
 * pays the connected account, and the client re-checks the route with the domain policy before signing.
 */
export const proposalSchema = z.strictObject({
  id: text(1, 80),
  kind: z.enum(['swap', 'bridge']),
  fromChainId: positiveInt(),
  toChainId: positiveInt(),
  fromToken: proposalTokenSchema,
  toToken: proposalTokenSchema,
  /** The amount as the user or model expressed it (e.g. 50 percent). */
  requestedAmount: intentAmountSchema,
  /** What will be spent, in the from token's base units (checked against the real balance). */
  fromAmount: baseUnits,
  /** null when LI.FI could not be reached; the review fetches routes again anyway. */
  route: z.nullable(proposalRouteSchema),
  reason: text(1, 600),
  article: z.nullable(z.object({ id: z.string().check(z.minLength(1)), title: text(1, 300) })),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const agentChatRequestSchema = z.strictObject({
  message: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(2000, 'must be at most 2000 characters')),
  address: z.optional(address),
  articleId: z.optional(text(1, 200)),
  conversationId: z.optional(text(1, 80)),
});
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
