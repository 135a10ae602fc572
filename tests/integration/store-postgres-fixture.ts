import { expect } from 'vitest';
import * as v from 'valibot';
import { newsPageSchema, type Article } from '@/domain/article';
import { agentChatResponseSchema, type AgentChatResponse } from '@/domain/proposal';
import type { RunningServer } from '@/server/main';

// HTTP and SQL helpers for store-postgres.test.ts; each works the same against either store.

export async function getJson(server: RunningServer, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.json() };
}

/** Every page of a list query, limit 7, following nextCursor. */
export async function listAll(server: RunningServer, query: string): Promise<Article[]> {
  const articles: Article[] = [];
  let cursor: string | null = null;
  do {
    const params = [query, 'limit=7', cursor ? `cursor=${cursor}` : ''].filter(Boolean).join('&');
    const { status, body } = await getJson(server, `/api/news?${params}`);
    expect(status, `${query}: ${JSON.stringify(body)}`).toBe(200);
    const page = v.parse(newsPageSchema, body);
    articles.push(...page.articles);
    cursor = page.nextCursor;
  } while (cursor);
  return articles;
}

/** Whether `article` satisfies the filters of a list query, checked in JS rather than SQL. */
export function matches(query: string, article: Article): boolean {
  const params = new URLSearchParams(query);
  const text = `${article.title} ${article.summary}`.toLowerCase();
  const token = params.get('token')?.toUpperCase();
  return (!params.get('sentiment') || article.sentiment === params.get('sentiment'))
    && (!params.get('minImportance') || article.importance >= Number(params.get('minImportance')))
    && (!token || article.entities.tokens.some((t) => t.symbol.toUpperCase() === token))
    && (!params.get('q') || text.includes(params.get('q')!.toLowerCase()));
}

export const ids = (articles: readonly { id: string }[]) => articles.map((a) => a.id);

export async function chat(server: RunningServer, body: Record<string, unknown>): Promise<AgentChatResponse> {
  const response = await fetch(`${server.url}/api/agent/chat`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(200);
  return agentChatResponseSchema.parse(json);
}

export async function turns(server: RunningServer, conversation: string): Promise<string[]> {
  const { rows } = await server.ctx.db.query<{ role: string; content: string }>(
    'SELECT role, content FROM agent_messages WHERE conversation_id = $1 ORDER BY id', [conversation],
  );
  return rows.map((r) => `${r.role}: ${r.content}`);
}

export async function articleCount(server: RunningServer): Promise<number> {
  const { rows } = await server.ctx.db.query<{ n: number; urls: number; hashes: number }>(
    'SELECT count(*) AS n, count(DISTINCT canonical_url) AS urls, count(DISTINCT content_hash) AS hashes FROM news_articles',
  );
  const row = rows[0]!;
  expect(row.urls).toBe(row.n);
  expect(row.hashes).toBe(row.n);
  return row.n;
}
