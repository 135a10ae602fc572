import type { Intent } from '@/domain/intent';
import type { Brain, BrainInput } from '../brain';
import { readRequest } from '../intent/parse-intent';
import type { TurnContext } from '../turn-context';
import { planArticleAction, HEDGE_PERCENT, type HedgeIdea } from './article-plan';
import { inferTrade } from './chain-inference';
import { describeTrade } from './describe';
import { CONNECT_TEXT, HELP_TEXT } from './help-text';
import { describePortfolio } from './portfolio-reply';
import { refusalAdvice, refusalReason } from './refusal-reply';

const HEDGE_TARGETS = ['USDC', 'USDT', 'DAI'];

async function stablecoinOn(turn: TurnContext, chainId: number): Promise<string | null> {
  for (const symbol of HEDGE_TARGETS) {
    if ((await turn.tokens.findToken(chainId, symbol)).ok) return symbol;
  }
  return null;
}

async function actOnArticle({ turn, desk }: BrainInput): Promise<string> {
  const article = turn.requestArticle!;
  const plan = planArticleAction(article, await turn.portfolio(), turn.address);
  const proposeHedge = async (hedge: HedgeIdea) => {
    const stable = await stablecoinOn(turn, hedge.chainId);
    if (!stable) return void desk.drop(`no listed stablecoin on that chain to move ${hedge.symbol} into`);
    await desk.propose({
      fromChainId: hedge.chainId, toChainId: hedge.chainId, fromToken: hedge.symbol, toToken: stable,
      amount: { type: 'percent', value: HEDGE_PERCENT }, reason: hedge.reason, articleId: article.id,
    });
  };
  for (const hedge of plan.hedges) await proposeHedge(hedge);
  return plan.text;
}

async function trade(input: BrainInput, intent: Intent): Promise<string> {
  const { turn, desk } = input;
  const portfolio = await turn.portfolio();
  if (!portfolio) return `I read that as a request to ${intent.kind} ${intent.fromToken ?? 'a token'}. ${CONNECT_TEXT}`;
  const inferred = inferTrade(intent, portfolio);
  if (!inferred.ok) return inferred.question;
  const { reading, note } = inferred;
  const articleId = turn.requestArticle?.id ?? null;
  await desk.propose({ ...reading, reason: `You asked to ${describeTrade(reading)}.`, articleId });
  return `${note ? `${note} ` : ''}I read that as: ${describeTrade(reading)}.`;
}

/** The deterministic brain: the offline intent parser plus replies composed from real balances. No network but our own. */
export function createOfflineBrain(): Brain {
  return {
    name: 'offline',
    respond: async (input) => {
      const { intent, refusal } = readRequest(input.message);
      // Before the article: a refused request must not turn into that article's hedge either.
      if (refusal && intent.kind !== 'portfolio') {
        input.desk.drop(refusalReason(refusal));
        return { reply: refusalAdvice(refusal) };
      }
      if (input.turn.requestArticle && (intent.kind === 'unknown' || intent.kind === 'portfolio')) return { reply: await actOnArticle(input) };
      if (intent.kind === 'swap' || intent.kind === 'bridge') return { reply: await trade(input, intent) };
      if (intent.kind === 'portfolio') {
        const portfolio = await input.turn.portfolio();
        const note = refusal?.type === 'other-network' ? `I read only the supported main networks, not ${refusal.network}. ` : '';
        return { reply: note + (portfolio ? describePortfolio(portfolio, intent) : 'Connect a wallet and I can read your balances on every supported chain.') };
      }
      return { reply: HELP_TEXT };
    },
  };
}
