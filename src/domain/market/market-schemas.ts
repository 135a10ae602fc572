import * as z from 'zod/mini'; // first-screen schemas: see ../article.ts
import { articleSchema } from '../article';

const exposureTokenSchema = z.object({
  symbol: z.string(),
  chainId: z.int(),
  valueUSD: z.number(),
  /** Base units as a decimal string, with the token's decimals (from the verified list). */
  balance: z.string().check(z.regex(/^\d+$/)),
  decimals: z.int().check(z.minimum(0), z.maximum(36)),
});
export type ExposureToken = z.infer<typeof exposureTokenSchema>;

/** How much of a portfolio an article concerns. */
export const exposureSchema = z.object({
  /** Fraction 0..1 of the portfolio's known USD value (available chains, priced tokens) held in the article's tokens. */
  share: z.number().check(z.minimum(0), z.maximum(1)),
  tokens: z.array(exposureTokenSchema),
  /** Chains whose balances could not be read: not counted, never taken as zero. */
  excludedChains: z.optional(z.array(z.object({ chainId: z.int(), name: z.string() }))),
  /** Held tokens the article mentions that have no price: named, left out of the share. */
  unpriced: z.optional(z.array(z.object({ symbol: z.string(), chainId: z.int() }))),
  /** Why the share is 0 regardless of the article (nothing priced to compare with). */
  reason: z.optional(z.string()),
});
export type Exposure = z.infer<typeof exposureSchema>;

export const NEWS_ORDERS = ['latest', 'importance', 'for-you'] as const;
export type NewsOrder = (typeof NEWS_ORDERS)[number];

export const personalArticleSchema = z.extend(articleSchema, { exposure: z.optional(exposureSchema) });
export type PersonalArticle = z.infer<typeof personalArticleSchema>;
export const personalNewsPageSchema = z.object({ articles: z.array(personalArticleSchema), nextCursor: z.nullable(z.string()) });
export type PersonalNewsPage = z.infer<typeof personalNewsPageSchema>;
/** One article of GET /api/news/mentions: what the news check and "the story since" show, with the server's match. */
export const mentionSchema = z.extend(z.pick(articleSchema, { id: true, title: true, url: true, source: true, publishedAt: true, sentiment: true, importance: true }), {
  /** The asked tokens and tools the article mentions. */
  matched: z.array(z.string()),
  /** A security incident involving one of them (the news check asks for a confirmation). */
  incident: z.boolean(),
});
export type Mention = z.infer<typeof mentionSchema>;
export const mentionsResponseSchema = z.object({ articles: z.array(mentionSchema), since: z.string() });
export type MentionsResponse = z.infer<typeof mentionsResponseSchema>;

/** GET /api/tokens?symbols=: each symbol linked to its verified tokens per chain. */
export const tokenQuotesSchema = z.object({
  tokens: z.array(z.object({
    symbol: z.string(),
    /** One price for the symbol (Ethereum's listing if any, else the median of the chains'), null when none is known. */
    priceUSD: z.nullable(z.number()),
    chains: z.array(z.object({ chainId: z.int(), address: z.string(), decimals: z.int(), priceUSD: z.nullable(z.number()) })),
  })),
});
export type TokenQuotes = z.infer<typeof tokenQuotesSchema>;
