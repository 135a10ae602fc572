import type { Article } from '../article';
import { SUPPORTED_CHAINS } from '../chains';
import { toolMatcher } from './tool-names';

/** What a trade touches: its token symbols and the tools (bridges, exchanges) its route uses. */
export interface CheckSubject {
  tokens: readonly string[];
  /** Each tool by its names (e.g. ["Stargate V2", "stargateV2"]). */
  tools: readonly (readonly string[])[];
}

export interface NewsCheckItem {
  article: Pick<Article, 'id' | 'title' | 'url' | 'source' | 'publishedAt' | 'sentiment' | 'importance'>;
  /** The tokens and tools of the trade this article mentions, as the trade names them. */
  matched: string[];
  /** A security incident (exploit, hack, drain, depeg…) involving a matched token or tool. */
  incident: boolean;
}

export interface NewsCheck {
  /** Bearish, important (8+) or incident articles of the window, incidents first, then newest first. */
  items: NewsCheckItem[];
  /** Signing waits for an explicit confirmation. */
  needsConfirmation: boolean;
}

export const CHECK_DAYS = 7;
export const CHECK_IMPORTANCE = 8;
const DAY_MS = 86_400_000;
const INCIDENT = /(?<![\p{L}])(exploit(?:ed|s)?|hack(?:ed|s|ers?)?|drain(?:ed|s|er)?|de-?peg(?:ged|s)?|stolen|rug[- ]?pull(?:ed)?|compromised|attacker|breach(?:ed)?)(?![\p{L}])/giu;
// "no exploit", "denied reports of a hack": a denial in the few words before does not make an incident.
const DENIAL = /\b(?:no|not|never|den(?:y|ies|ied)|without|false|rul(?:es|ed) out)\b(?:\W+\w+){0,3}\W*$/i;

/** True when the text reports a security incident that it does not deny in the same breath. Pure. */
export function reportsIncident(text: string): boolean {
  for (const match of text.matchAll(INCIDENT)) {
    if (!DENIAL.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}

const articleText = (a: Pick<Article, 'title' | 'summary' | 'takeaways'>) => [a.title, a.summary, ...a.takeaways].join('\n');
type CheckedArticle = Pick<Article, 'title' | 'summary' | 'takeaways' | 'entities'>;
type ToolMatch = { label: string; match: (text: string) => boolean };

function matchSubject(subject: CheckSubject): (article: CheckedArticle) => { tokens: string[]; tools: ToolMatch[] } {
  const tokens = [...new Set(subject.tokens.map((t) => t.toUpperCase()))];
  const tools = subject.tools.filter((names) => names.length > 0).map((names) => ({ label: names[0]!, match: toolMatcher(names) }));
  return (article) => {
    const held = new Set(article.entities.tokens.map((t) => t.symbol.toUpperCase()));
    const text = tools.length > 0 ? articleText(article) : '';
    return { tokens: tokens.filter((t) => held.has(t)), tools: tools.filter((t) => t.match(text)) };
  };
}

/** Which of the subject's tokens (by the article's entities) and tools (by its text) an article mentions. Pure. */
export function subjectMatcher(subject: CheckSubject): (article: CheckedArticle) => string[] {
  const match = matchSubject(subject);
  return (article) => {
    const { tokens, tools } = match(article);
    return [...tokens, ...tools.map((t) => t.label)];
  };
}

const DEPEG = /(?<![\p{L}])de-?peg/iu;
// A chain's name in a headline says where an incident happened ("an exploit on Avalanche"), not that its coin was hit.
const CHAIN_NAMES = new Set(SUPPORTED_CHAINS.map((c) => c.name.toLowerCase()));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/);

/**
 * Whether an article's security incident involves the trade rather than only mentioning its tokens: the headline
 * reports it and names a matched token (symbol or name) or tool; or one sentence reports it and names a matched tool
 * (the bridge that was drained); or one sentence reports a matched token's depeg. A token named only beside a hack
 * elsewhere ("drained $1.4 billion in ETH and USDC from the X bridge") is the loot, not the victim. Pure.
 */
function incidentInvolves(article: CheckedArticle, tokens: readonly string[], tools: readonly ToolMatch[]): boolean {
  const names = tokens.flatMap((symbol) => [symbol, ...article.entities.tokens.filter((t) => t.symbol.toUpperCase() === symbol).map((t) => t.name)])
    .filter((name) => name.trim().length > 0 && !CHAIN_NAMES.has(name.toLowerCase()))
    .map(wholeWord);
  const namesToken = (text: string) => names.some((name) => name.test(text));
  const namesTool = (text: string) => tools.some((tool) => tool.match(text));
  if (reportsIncident(article.title) && (namesToken(article.title) || namesTool(article.title))) return true;
  return sentencesOf([article.summary, ...article.takeaways].join('\n')).some((sentence) =>
    reportsIncident(sentence) && (namesTool(sentence) || (DEPEG.test(sentence) && namesToken(sentence))));
}

/** The trade's tokens and tools an article mentions, and whether its incident involves them (see incidentInvolves). Pure. */
export function mentionAssessor(subject: CheckSubject): (article: CheckedArticle) => { matched: string[]; incident: boolean } {
  const match = matchSubject(subject);
  return (article) => {
    const { tokens, tools } = match(article);
    return { matched: [...tokens, ...tools.map((t) => t.label)], incident: tokens.length + tools.length > 0 && incidentInvolves(article, tokens, tools) };
  };
}

const byIncidentThenNewest = (a: NewsCheckItem, b: NewsCheckItem) =>
  Number(b.incident) - Number(a.incident) || Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt);

/** One check from several answers (e.g. by tokens and by tools): each article once, its matches joined, incidents first. Pure. */
export function mergeNewsChecks(lists: readonly (readonly NewsCheckItem[])[]): NewsCheck {
  const byId = new Map<string, NewsCheckItem>();
  for (const item of lists.flat()) {
    const seen = byId.get(item.article.id);
    byId.set(item.article.id, seen
      ? { article: seen.article, matched: [...new Set([...seen.matched, ...item.matched])], incident: seen.incident || item.incident }
      : item);
  }
  const items = [...byId.values()].sort(byIncidentThenNewest);
  return { items, needsConfirmation: items.some((i) => i.incident) };
}

/**
 * The news check before a trade: articles of the last `days` that mention the trade's tokens or tools and
 * are bearish, of importance 8+, or report a security incident. An incident needs a confirmation. Pure.
 */
export function checkNews(articles: readonly Article[], subject: CheckSubject, now: number, days = CHECK_DAYS): NewsCheck {
  const since = now - days * DAY_MS;
  const assess = mentionAssessor(subject);
  const seen = new Set<string>();
  const items: NewsCheckItem[] = [];
  for (const article of articles) {
    if (seen.has(article.id) || Date.parse(article.publishedAt) < since) continue;
    seen.add(article.id);
    const { matched, incident } = assess(article);
    if (matched.length === 0) continue;
    if (!incident && article.sentiment !== 'bearish' && article.importance < CHECK_IMPORTANCE) continue;
    const { id, title, url, source, publishedAt, sentiment, importance } = article;
    items.push({ article: { id, title, url, source, publishedAt, sentiment, importance }, matched, incident });
  }
  items.sort(byIncidentThenNewest);
  return { items, needsConfirmation: items.some((i) => i.incident) };
}
