// zod/mini (same package, tree-shakable functions instead of methods): these schemas are on the news page's first
// screen, where the classic API's whole prototype chain would be ~20 KiB of gzip for a few checks.
import * as z from 'zod/mini';

export const SENTIMENTS = ['bullish', 'neutral', 'bearish'] as const;
export const sentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof sentimentSchema>;

export const CATEGORIES = [
  'markets', 'defi', 'regulation', 'security', 'ai', 'macro', 'layer2', 'companies', 'other',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

const ANALYZERS = ['openai', 'offline'] as const;
export const analyzerSchema = z.enum(ANALYZERS);

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const tokenMentionSchema = z.object({ symbol: text(1, 20), name: text(1, 80) });
export type TokenMention = z.infer<typeof tokenMentionSchema>;

const entitiesSchema = z.object({
  companies: z.array(text(1, 120)).check(z.maxLength(30)),
  tokens: z.array(tokenMentionSchema).check(z.maxLength(30)),
});
export type Entities = z.infer<typeof entitiesSchema>;

/** What an analyser produces for one article. */
export const analysisSchema = z.object({
  summary: text(1, 1200),
  analysis: text(1, 6000),
  takeaways: z.array(text(1, 400)).check(z.minLength(3), z.maxLength(5)),
  sentiment: sentimentSchema,
  importance: z.int().check(z.minimum(1), z.maximum(10)),
  category: categorySchema,
  entities: entitiesSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;

/** An article as the API returns it. */
export const articleSchema = z.extend(analysisSchema, {
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  url: z.url(),
  source: z.string().check(z.minLength(1)),
  publishedAt: z.iso.datetime({ offset: true }),
  /** Byline as the feed gives it; the API sends null when the feed names none. */
  author: z.optional(z.nullable(text(1, 200))),
  /** The feed's picture for the article (absolute http(s)); null when none. */
  imageUrl: z.optional(z.nullable(z.url().check(z.regex(/^https?:\/\//i, 'expected an http(s) URL')))),
  analyzer: analyzerSchema,
  sample: z.boolean(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleWithRelatedSchema = z.extend(articleSchema, { related: z.array(articleSchema).check(z.maxLength(5)) });
export type ArticleWithRelated = z.infer<typeof articleWithRelatedSchema>;

export const newsPageSchema = z.object({ articles: z.array(articleSchema), nextCursor: z.nullable(z.string()) });
export type NewsPage = z.infer<typeof newsPageSchema>;
