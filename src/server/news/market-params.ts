import { z } from 'zod';
import { getAddress, type Address } from 'viem';
import { NEWS_ORDERS } from '@/domain/market/market-schemas';
import { addressProblem } from '../portfolio/address-param';
import { listParamsSchema } from './list-params';
import { decodeCursor } from './cursor';
import { decodeOffsetCursor } from './offset-cursor';

export const MAX_MENTION_TOKENS = 50;
export const MAX_MENTION_TOOLS = 20;
export const MAX_MENTION_DAYS = 30;
export const MAX_MENTIONS_LIMIT = 50;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
export const addressParam = z.string().trim().superRefine((value, ctx) => {
  const problem = addressProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}).transform((value) => getAddress(value.toLowerCase()) as Address);

/** GET /api/news with `for` and `order`: the feed's filters, plus whose exposure and which order; the cursor depends on the order. */
export const personalParamsSchema = listParamsSchema.omit({ cursor: true }).extend({
  for: z.preprocess(blankToUndefined, addressParam.optional()),
  order: z.preprocess(blankToUndefined, z.enum(NEWS_ORDERS, { message: `expected one of ${NEWS_ORDERS.join(', ')}` }).default('latest')),
  cursor: z.preprocess(blankToUndefined, z.string().max(400).optional()),
}).transform((params, ctx) => {
  if (params.cursor === undefined) return { ...params, cursor: undefined };
  const cursor = params.order === 'latest' ? decodeCursor(params.cursor) : decodeOffsetCursor(params.cursor);
  if (!cursor) {
    ctx.addIssue({ code: 'custom', path: ['cursor'], message: `not a valid cursor for order ${params.order} (use nextCursor from a previous page)` });
    return z.NEVER;
  }
  return { ...params, cursor };
});
export type PersonalParams = z.output<typeof personalParamsSchema>;

const symbol = /^[\p{L}\p{N}.$_+-]{1,20}$/u;
const csv = (value: unknown) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

/** GET /api/news/mentions. Tool names may hold any printable character: they are matched literally. */
export const mentionsParamsSchema = z.object({
  tokens: z.preprocess(csv, z.array(z.string().regex(symbol, 'expected token symbols such as ETH,ARB'))
    .max(MAX_MENTION_TOKENS, `at most ${MAX_MENTION_TOKENS} symbols`).transform((list) => [...new Set(list.map((s) => s.toUpperCase()))]).default([])),
  tools: z.preprocess(csv, z.array(z.string().max(60, 'each tool name at most 60 characters').regex(/^[^\p{Cc}]+$/u, 'tool names must not contain control characters'))
    .max(MAX_MENTION_TOOLS, `at most ${MAX_MENTION_TOOLS} tools`).default([])),
  days: z.preprocess(blankToUndefined, z.string().regex(/^-?\d+$/, 'expected a whole number of days').transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(MAX_MENTION_DAYS, `at most ${MAX_MENTION_DAYS}`)).default(7)),
  limit: z.preprocess(blankToUndefined, z.string().regex(/^\d+$/, 'expected a whole number').transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(MAX_MENTIONS_LIMIT, `at most ${MAX_MENTIONS_LIMIT}`)).default(20)),
  /** Only what the news check lists (bearish, 8+ or an incident), incidents first: none is cut by the limit for a newer calm story. */
  flagged: z.preprocess(blankToUndefined, z.enum(['0', '1', 'false', 'true'], { message: 'expected 1 or 0' }).transform((v) => v === '1' || v === 'true').default(false)),
}).superRefine((params, ctx) => {
  if (params.tokens.length === 0 && params.tools.length === 0) ctx.addIssue({ code: 'custom', path: ['tokens'], message: 'give tokens or tools to look for' });
});
