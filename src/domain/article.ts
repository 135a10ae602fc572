import { z } from 'zod';

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

const tokenMentionSchema = z.object({ symbol: z.string().min(1).max(20), name: z.string().min(1).max(80) });
export type TokenMention = z.infer<typeof tokenMentionSchema>;

const entitiesSchema = z.object({
  companies: z.array(z.string().min(1).max(120)).max(30),
  tokens: z.array(tokenMentionSchema).max(30),
});
export type Entities = z.infer<typeof entitiesSchema>;

/** What an analyser produces for one article. */
export const analysisSchema = z.object({
  summary: z.string().min(1).max(1200),
  analysis: z.string().min(1).max(6000),
  takeaways: z.array(z.string().min(1).max(400)).min(3).max(5),
  sentiment: sentimentSchema,
  importance: z.number().int().min(1).max(10),
  category: categorySchema,
  entities: entitiesSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;

/** An article as the API returns it. */
export const articleSchema = analysisSchema.extend({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url(),
  source: z.string().min(1),
  publishedAt: z.string().datetime({ offset: true }),
  /** Byline as the feed gives it; the API sends null when the feed names none. */
  author: z.string().min(1).max(200).nullable().optional(),
  /** The feed's picture for the article (absolute http(s)); null when none. */
  imageUrl: z.string().url().regex(/^https?:\/\//i, 'expected an http(s) URL').nullable().optional(),
  analyzer: analyzerSchema,
  sample: z.boolean(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleWithRelatedSchema = articleSchema.extend({ related: z.array(articleSchema).max(5) });
export type ArticleWithRelated = z.infer<typeof articleWithRelatedSchema>;

export const newsPageSchema = z.object({ articles: z.array(articleSchema), nextCursor: z.string().nullable() });
export type NewsPage = z.infer<typeof newsPageSchema>;
