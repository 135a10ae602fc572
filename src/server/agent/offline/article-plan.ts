import { formatAmount, formatUsd } from '@/domain/amounts';
import type { Article } from '@/domain/article';
import type { Portfolio } from '@/domain/portfolio';
import { chainName } from '@/domain/chains';
import { safeLine } from '../proposals/safe-text';
import { listWords } from './describe';

/** Symbols treated as dollars: moving into them is the conservative answer to bad news. */
const STABLECOINS = new Set(['USDC', 'USDT', 'DAI', 'USDC.E', 'USDBC', 'USDT0', 'USD₮0', 'USDE', 'FRAX', 'LUSD', 'PYUSD', 'USDB', 'CUSD', 'XDAI', 'WXDAI']);
/** Importance (1-10) from which a bearish story on a held token leads to a proposal. */
const ACT_IMPORTANCE = 7;
/** Share of the holding proposed to move: a hedge, never an exit. */
export const HEDGE_PERCENT = '25';
const MAX_HEDGES = 2;

export interface HedgeIdea {
  chainId: number;
  symbol: string;
  reason: string;
}

interface ArticlePlan {
  text: string;
  hedges: HedgeIdea[];
}

/**
 * How a story relates to what the user holds, from its stored analysis (sentiment, importance,
 * entities), never from its text. Proposes only a partial move to a stablecoin on bearish,
 * important news about a held token. Pure.
 */
export function planArticleAction(article: Article, portfolio: Portfolio | null, userAddress: string | null): ArticlePlan {
  const title = safeLine(article.title, { userAddress, maxLength: 160 });
  const mentioned = [...new Set(article.entities.tokens.map((t) => t.symbol.toUpperCase()))];
  const intro = `"${title}" reads as ${article.sentiment} with importance ${article.importance}/10.`;
  const mentions = mentioned.length ? ` It mentions ${listWords(mentioned.slice(0, 8))}.` : ' It does not name any token.';
  if (!portfolio) return { text: `${intro}${mentions} Connect a wallet and I can tell you how it relates to what you hold.`, hedges: [] };

  const held = portfolio.chains
    .filter((c) => c.status === 'ok')
    .flatMap((c) => c.tokens.filter((t) => mentioned.includes(t.symbol.toUpperCase())).map((t) => ({ chain: c, token: t })))
    .sort((a, b) => (b.token.valueUSD ?? 0) - (a.token.valueUSD ?? 0));
  if (held.length === 0) return { text: `${intro}${mentions} You hold none of the tokens it mentions on the chains I could read, so there is nothing to act on.`, hedges: [] };

  const holdings = held.map(({ chain, token }) => `${formatAmount(BigInt(token.balance), token.decimals)} ${token.symbol} on ${chain.name}${token.valueUSD === null ? '' : ` (${formatUsd(token.valueUSD)})`}`);
  const relation = ` You hold ${listWords(holdings.slice(0, 6))}.`;
  const exposed = held.filter(({ token }) => !STABLECOINS.has(token.symbol.toUpperCase()));
  if (article.sentiment !== 'bearish' || article.importance < ACT_IMPORTANCE || exposed.length === 0) {
    const why = article.sentiment === 'bullish'
      ? ' The story is positive; I do not propose buying on one headline. Ask for a specific swap if you want one.'
      : ' Nothing here calls for a trade: it is not both negative and important for a token you hold.';
    return { text: `${intro}${mentions}${relation}${why}`, hedges: [] };
  }
  const hedges = exposed.slice(0, MAX_HEDGES).map(({ chain, token }) => ({
    chainId: chain.chainId,
    symbol: token.symbol,
    reason: `A negative, important story (${article.importance}/10) mentions ${token.symbol}, which you hold on ${chain.name}. Moving ${HEDGE_PERCENT}% into a stablecoin on the same chain limits the downside while you keep most of the position.`,
  }));
  const proposal = ` Because it is negative and important, I suggest moving ${HEDGE_PERCENT}% of your ${listWords(hedges.map((h) => `${h.symbol} on ${chainName(h.chainId)}`))} into a stablecoin on the same chain. It is only a suggestion; keep what you believe in.`;
  return { text: `${intro}${mentions}${relation}${proposal}`, hedges };
}
