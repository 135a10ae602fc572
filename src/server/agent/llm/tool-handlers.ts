import { formatUnitsExact } from '@/domain/amounts';
import type { Article } from '@/domain/article';
import { intentAmountSchema } from '@/domain/intent';
import type { BrainInput } from '../brain';
import { describeToolArgsError } from './tool-errors';
import { isToolName, TOOL_ARGS } from './tool-schemas';

type ToolResult = { ok: true; data: unknown } | { ok: false; error: string };

const NEWS_BY_TOKEN = 5;

/** What the model sees of an article: the stored analysis, never the raw feed HTML. Untrusted data. */
export function articleForModel(article: Article) {
  return {
    id: article.id, title: article.title, source: article.source, publishedAt: article.publishedAt,
    sentiment: article.sentiment, importance: article.importance, category: article.category,
    summary: article.summary, analysis: article.analysis, takeaways: article.takeaways, entities: article.entities,
  };
}

async function getPortfolio({ turn }: BrainInput, requested: string | null): Promise<ToolResult> {
  const portfolio = await turn.portfolio();
  if (!portfolio) return { ok: false, error: 'no wallet is connected; ask the user to connect one' };
  const ignored = requested !== null && requested.toLowerCase() !== turn.address?.toLowerCase();
  return {
    ok: true,
    data: {
      note: ignored ? 'Only the connected account can be read; the address given was ignored.' : undefined,
      account: 'the connected user',
      chains: portfolio.chains.map((c) => ({
        chainId: c.chainId, name: c.name, status: c.status,
        tokens: c.tokens.map((t) => ({ symbol: t.symbol, amount: formatUnitsExact(BigInt(t.balance), t.decimals), valueUSD: t.valueUSD })),
      })),
    },
  };
}

async function getNews({ turn }: BrainInput, token: string | null, articleId: string | null): Promise<ToolResult> {
  if (articleId) {
    const article = await turn.article(articleId);
    return article ? { ok: true, data: { untrustedArticle: articleForModel(article) } } : { ok: false, error: 'no article with that id' };
  }
  if (!token) return { ok: false, error: 'give a token symbol or an articleId' };
  const page = await turn.news.list({ limit: NEWS_BY_TOKEN, token });
  const articles = page.docs.map((doc) => JSON.parse(doc) as Article).map((a) => ({
    id: a.id, title: a.title, sentiment: a.sentiment, importance: a.importance, summary: a.summary, publishedAt: a.publishedAt,
  }));
  return { ok: true, data: { untrustedArticles: articles } };
}

async function run(input: BrainInput, name: string, rawArgs: string): Promise<ToolResult> {
  if (!isToolName(name)) return { ok: false, error: `unknown tool; the tools are ${Object.keys(TOOL_ARGS).join(', ')}` };
  let json: unknown;
  try {
    json = JSON.parse(rawArgs);
  } catch {
    return { ok: false, error: 'the arguments are not valid JSON' };
  }
  switch (name) {
    case 'get_portfolio': {
      const args = TOOL_ARGS.get_portfolio.safeParse(json);
      return args.success ? getPortfolio(input, args.data.address) : { ok: false, error: describeToolArgsError(name, args.error) };
    }
    case 'find_token': {
      const args = TOOL_ARGS.find_token.safeParse(json);
      if (!args.success) return { ok: false, error: describeToolArgsError(name, args.error) };
      const found = await input.turn.tokens.findToken(args.data.chainId, args.data.symbol);
      if (!found.ok) return { ok: false, error: found.reason === 'ambiguous' ? 'that symbol maps to several tokens on this chain; it cannot be used' : 'not in the verified token list for this chain' };
      const t = found.token;
      return { ok: true, data: { chainId: t.chainId, symbol: t.symbol, name: t.name, address: t.address, decimals: t.decimals, priceUSD: t.priceUSD } };
    }
    case 'get_news': {
      const args = TOOL_ARGS.get_news.safeParse(json);
      return args.success ? getNews(input, args.data.token, args.data.articleId) : { ok: false, error: describeToolArgsError(name, args.error) };
    }
    case 'propose_trade': {
      const args = TOOL_ARGS.propose_trade.safeParse(json);
      if (!args.success) return { ok: false, error: describeToolArgsError(name, args.error) };
      const amount = intentAmountSchema.safeParse(args.data.amount);
      if (!amount.success) return { ok: false, error: describeToolArgsError(name, amount.error) };
      const outcome = await input.desk.propose({ ...args.data, amount: amount.data });
      if (!outcome.ok) return { ok: false, error: `not proposed: ${outcome.reason}` };
      const p = outcome.value;
      return { ok: true, data: { proposed: true, kind: p.kind, spends: `${formatUnitsExact(BigInt(p.fromAmount), p.fromToken.decimals)} ${p.fromToken.symbol}`, receives: p.toToken.symbol } };
    }
  }
}

/** Runs one tool call and returns the tool message content. Never throws: every failure goes back to the model as an error. */
export async function executeTool(input: BrainInput, name: string, rawArgs: string): Promise<string> {
  let result: ToolResult;
  try {
    result = await run(input, name, rawArgs);
  } catch {
    result = { ok: false, error: 'the tool failed; do not retry it in this answer' };
  }
  return JSON.stringify(result);
}
