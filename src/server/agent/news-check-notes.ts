import type { Proposal } from '@/domain/proposal';
import { checkNews } from '@/domain/market/news-check';
import { chainName } from '@/domain/chains';
import type { Db } from '../store/db';
import { findMentions } from '../news/mentions';
import { safeLine } from './proposals/safe-text';

const SHOWN = 3;

/**
 * The news check of the trade review, run on each proposal (its two tokens and its route's tools): one
 * paragraph per proposal with flagged news, saying which stories and whether signing will ask for an extra
 * confirmation. Nothing when the news is quiet. Titles pass the same address redaction as all agent text.
 */
export async function newsCheckNotes(db: Db, proposals: readonly Proposal[], userAddress: string | null, now = Date.now()): Promise<string[]> {
  const notes = await Promise.all(proposals.map(async (p) => {
    const tokens = [...new Set([p.fromToken.symbol, p.toToken.symbol])];
    const tools = p.route?.tools ?? [];
    const { articles } = await findMentions(db, { tokens, tools, days: 7 }, now);
    const check = checkNews(articles, { tokens, tools: tools.map((t) => [t]) }, now);
    if (check.items.length === 0) return null;
    const trade = `${p.fromToken.symbol} on ${chainName(p.fromChainId)} → ${p.toToken.symbol} on ${chainName(p.toChainId)}`;
    const stories = check.items.slice(0, SHOWN).map((item) => {
      const title = safeLine(item.article.title, { userAddress, maxLength: 140 });
      return `"${title}" (${item.incident ? 'security incident, ' : ''}${item.article.sentiment}, ${item.article.importance}/10, about ${item.matched.join(', ')})`;
    });
    const more = check.items.length > SHOWN ? ` and ${check.items.length - SHOWN} more` : '';
    const confirm = check.needsConfirmation ? ' It reports a security incident, so the review will ask you to confirm you have read it before signing.' : '';
    return `News check for ${trade}: recent news to read first: ${stories.join('; ')}${more}.${confirm}`;
  }));
  return notes.filter((n): n is string => n !== null);
}
