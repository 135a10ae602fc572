import type { z } from 'zod';
import { articleSchema, type Article } from '@/domain/article';
import { parseOrThrow } from '@/domain/validation-issue';
import { checkNews, mentionAssessor, subjectMatcher, type NewsCheckItem } from '@/domain/market/news-check';
import type { Mention, MentionsResponse } from '@/domain/market/market-schemas';
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
type MentionsParams = z.output<typeof mentionsParamsSchema>;

export async function findMentions(db: Db, params: Pick<MentionsParams, 'tokens' | 'tools' | 'days'>, now = Date.now(), limit = MAX_MENTIONS): Promise<{ articles: Article[]; since: string }> {
  const since = new Date(now - params.days * DAY_MS).toISOString();
  const tools = params.tools.map((name) => [name]);
  const docs = await mentionCandidates(db, { tokens: params.tokens, spellings: toolSpellings(params.tools), since, limit: CANDIDATES });
  const matches = subjectMatcher({ tokens: params.tokens, tools });
  const articles = docs.map((doc) => parseOrThrow(articleSchema, JSON.parse(doc), 'stored article')).filter((a) => matches(a).length > 0).slice(0, limit);
  return { articles, since };
}

const slim = ({ article, matched, incident }: NewsCheckItem): Mention => ({ ...article, matched, incident });

/**
 * GET /api/news/mentions: at most `limit` mentions, each only what the news check shows. `flagged`: only what the
 * check lists (bearish, 8+ or an incident), incidents first, picked from every candidate so none is cut for a newer calm story.
 */
export async function mentionsAnswer(db: Db, params: MentionsParams, now = Date.now()): Promise<MentionsResponse> {
  const subject = { tokens: params.tokens, tools: params.tools.map((name) => [name]) };
  if (params.flagged) {
    const { articles, since } = await findMentions(db, params, now, CANDIDATES);
    return { articles: checkNews(articles, subject, now, params.days).items.slice(0, params.limit).map(slim), since };
  }
  const { articles, since } = await findMentions(db, params, now, params.limit);
  const assess = mentionAssessor(subject);
  return { articles: articles.map((a) => ({ id: a.id, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt, sentiment: a.sentiment, importance: a.importance, ...assess(a) })), since };
}
