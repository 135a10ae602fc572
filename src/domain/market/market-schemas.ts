import * as v from 'valibot'; // first-screen schemas: see ../article.ts
import { articleSchema } from '../article';

const int = v.pipe(v.number(), v.safeInteger());
// zod's number() refused Infinity (JSON.parse('1e999')); valibot's alone does not.
const finite = v.pipe(v.number(), v.finite());

const exposureTokenSchema = v.object({
  symbol: v.string(),
  chainId: int,
  valueUSD: finite,
  /** Base units as a decimal string, with the token's decimals (from the verified list). */
  balance: v.pipe(v.string(), v.regex(/^\d+$/)),
  decimals: v.pipe(int, v.minValue(0), v.maxValue(36)),
});
export type ExposureToken = v.InferOutput<typeof exposureTokenSchema>;

/** How much of a portfolio an article concerns. */
export const exposureSchema = v.object({
  /** Fraction 0..1 of the portfolio's known USD value (available chains, priced tokens) held in the article's tokens. */
  share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  tokens: v.array(exposureTokenSchema),
  /** Chains whose balances could not be read: not counted, never taken as zero. */
  excludedChains: v.optional(v.array(v.object({ chainId: int, name: v.string() }))),
  /** Held tokens the article mentions that have no price: named, left out of the share. */
  unpriced: v.optional(v.array(v.object({ symbol: v.string(), chainId: int }))),
  /** Why the share is 0 regardless of the article (nothing priced to compare with). */
  reason: v.optional(v.string()),
});
export type Exposure = v.InferOutput<typeof exposureSchema>;

export const NEWS_ORDERS = ['latest', 'importance', 'for-you'] as const;
export type NewsOrder = (typeof NEWS_ORDERS)[number];

export const personalArticleSchema = v.object({ ...articleSchema.entries, exposure: v.optional(exposureSchema) });
export type PersonalArticle = v.InferOutput<typeof personalArticleSchema>;
export const personalNewsPageSchema = v.object({ articles: v.array(personalArticleSchema), nextCursor: v.nullable(v.string()) });
export type PersonalNewsPage = v.InferOutput<typeof personalNewsPageSchema>;
/** One article of GET /api/news/mentions: what the news check and "the story since" show, with the server's match. */
export const mentionSchema = v.object({
  ...v.pick(articleSchema, ['id', 'title', 'url', 'source', 'publishedAt', 'sentiment', 'importance']).entries,
  /** The asked tokens and tools the article mentions. */
  matched: v.array(v.string()),
  /** A security incident involving one of them (the news check asks for a confirmation). */
  incident: v.boolean(),
});
export type Mention = v.InferOutput<typeof mentionSchema>;
export const mentionsResponseSchema = v.object({ articles: v.array(mentionSchema), since: v.string() });
export type MentionsResponse = v.InferOutput<typeof mentionsResponseSchema>;

/** GET /api/tokens?symbols=: each symbol linked to its verified tokens per chain. */
export const tokenQuotesSchema = v.object({
  tokens: v.array(v.object({
    symbol: v.string(),
    /** One price for the symbol (Ethereum's listing if any, else the median of the chains'), null when none is known. */
    priceUSD: v.nullable(finite),
    chains: v.array(v.object({ chainId: int, address: v.string(), decimals: int, priceUSD: v.nullable(finite) })),
  })),
});
export type TokenQuotes = v.InferOutput<typeof tokenQuotesSchema>;
