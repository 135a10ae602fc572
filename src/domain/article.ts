// valibot, not zod: these schemas are on the news page's first screen, whose JS budget zod's core alone (~15 KiB
// gzip) would blow; valibot's functions bundle to ~2.4 KiB for the same checks. zod stays everywhere else.
import * as v from 'valibot';

export const SENTIMENTS = ['bullish', 'neutral', 'bearish'] as const;
export const sentimentSchema = v.picklist(SENTIMENTS);
export type Sentiment = v.InferOutput<typeof sentimentSchema>;

export const CATEGORIES = [
  'markets', 'defi', 'regulation', 'security', 'ai', 'macro', 'layer2', 'companies', 'other',
] as const;
export const categorySchema = v.picklist(CATEGORIES);
export type Category = v.InferOutput<typeof categorySchema>;

const ANALYZERS = ['openai', 'offline'] as const;
export const analyzerSchema = v.picklist(ANALYZERS);

const text = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
// Trimmed first, as zod's url() did: it accepted what `new URL()` parses once trimmed.
const url = v.pipe(v.string(), v.trim(), v.url());
const tokenMentionSchema = v.object({ symbol: text(1, 20), name: text(1, 80) });
export type TokenMention = v.InferOutput<typeof tokenMentionSchema>;

const entitiesSchema = v.object({
  companies: v.pipe(v.array(text(1, 120)), v.maxLength(30)),
  tokens: v.pipe(v.array(tokenMentionSchema), v.maxLength(30)),
});
export type Entities = v.InferOutput<typeof entitiesSchema>;

/** What an analyser produces for one article. */
export const analysisSchema = v.object({
  summary: text(1, 1200),
  analysis: text(1, 6000),
  takeaways: v.pipe(v.array(text(1, 400)), v.minLength(3), v.maxLength(5)),
  sentiment: sentimentSchema,
  importance: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10)),
  category: categorySchema,
  entities: entitiesSchema,
});
export type Analysis = v.InferOutput<typeof analysisSchema>;

// What zod's iso.datetime({ offset: true }) accepted: seconds required, any fraction, Z or ±hh:mm, a real calendar date.
// valibot's isoTimestamp() differs (a space for T, ±hhmm, at most 9 fraction digits, Feb 31).
const ISO_DATETIME = /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isIsoDatetime(value: string): boolean {
  const match = ISO_DATETIME.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1]! + leapDay;
}

/** An article as the API returns it. */
export const articleSchema = v.object({
  ...analysisSchema.entries,
  id: nonEmpty,
  title: nonEmpty,
  url,
  source: nonEmpty,
  publishedAt: v.pipe(v.string(), v.check(isIsoDatetime, 'expected an ISO date-time with Z or ±hh:mm')),
  /** Byline as the feed gives it; the API sends null when the feed names none. */
  author: v.optional(v.nullable(text(1, 200))),
  /** The feed's picture for the article (absolute http(s)); null when none. */
  imageUrl: v.optional(v.nullable(v.pipe(url, v.regex(/^https?:\/\//i, 'expected an http(s) URL')))),
  analyzer: analyzerSchema,
  sample: v.boolean(),
});
export type Article = v.InferOutput<typeof articleSchema>;

export const articleWithRelatedSchema = v.object({ ...articleSchema.entries, related: v.pipe(v.array(articleSchema), v.maxLength(5)) });
export type ArticleWithRelated = v.InferOutput<typeof articleWithRelatedSchema>;

export const newsPageSchema = v.object({ articles: v.array(articleSchema), nextCursor: v.nullable(v.string()) });
export type NewsPage = v.InferOutput<typeof newsPageSchema>;
