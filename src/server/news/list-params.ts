import { z } from 'zod';
import { SENTIMENTS } from '@/domain/article';
import type { NewsListQuery } from '../store/news-list-query';
import { decodeCursor } from './cursor';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

// An empty value (`?q=`) means "no filter", as forms send it.
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const integer = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string().regex(/^-?\d+$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min).max(max)).optional(),
  );

/** GET /api/news query parameters; unknown parameters are ignored. */
export const listParamsSchema = z.object({
  limit: integer(1, MAX_LIMIT),
  cursor: z.preprocess(
    blankToUndefined,
    z.string().transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'not a valid cursor (use nextCursor from a previous page)' });
      return cursor ?? undefined;
    }).optional(),
  ),
  minImportance: integer(1, 10),
  sentiment: z.preprocess(blankToUndefined, z.enum(SENTIMENTS, { message: `expected one of ${SENTIMENTS.join(', ')}` }).optional()),
  token: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(/^[A-Za-z0-9.$_-]{1,20}$/, 'expected a token symbol such as ETH').transform((s) => s.toUpperCase()).optional(),
  ),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, 'at most 200 characters').optional()),
});

export function toListQuery(params: z.infer<typeof listParamsSchema>): NewsListQuery {
  return {
    limit: params.limit ?? DEFAULT_LIMIT,
    cursor: params.cursor,
    minImportance: params.minImportance,
    sentiment: params.sentiment,
    token: params.token,
    q: params.q,
  };
}
