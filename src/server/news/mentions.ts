import type { z } from 'zod';
import { articleSchema, type Article } from '@/domain/article';
import { subjectMatcher } from '@/domain/market/news-check';
import { toolSpellings } from '@/domain/market/tool-names';
import type { Db } from '../store/db';
import { mentionCandidates } from '../store/news-market-queries';
import type { mentionsParamsSchema } from './market-params';

/** Mentions returned at most (newest first): enough for a news check, small enough to read. */
export const MAX_MENTIONS = 50;
const DAY_MS = 86_400_000;
// A coarse SQL net may catch many articles that a precise match then drops (a tool name inside a longer word).
const CANDIDATES = 400;

/**
 * Articles of the last `days` mentioning one of the tokens (by the analysis' entities) or tools (by the words
 * of title, summary and takeaways, matched literally). Shared by GET /api/news/mentions and the agent.
 */
export async function findMentions(db: Db, params: z.output<typeof mentionsParamsSchema>, now = Date.now()): Promise<{ articles: Article[]; since: string }> {
  const since = new Date(now - params.days * DAY_MS).toISOString();
  const tools = params.tools.map((name) => [name]);
  const docs = await mentionCandidates(db, { tokens: params.tokens, spellings: toolSpellings(params.tools), since, limit: CANDIDATES });
  const matches = subjectMatcher({ tokens: params.tokens, tools });
  const articles = docs.map((doc) => articleSchema.parse(JSON.parse(doc))).filter((a) => matches(a).length > 0).slice(0, MAX_MENTIONS);
  return { articles, since };
}
