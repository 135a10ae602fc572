import type { Address } from 'viem';
import type { Article } from '@/domain/article';
import type { Portfolio } from '@/domain/portfolio';
import type { ServerConfig } from '../config';
import { readChainBalances } from '../portfolio/chain-balances';
import { readPortfolioShared } from '../portfolio/portfolio-service';
import { getChainClient } from '../portfolio/rpc-clients';
import type { NewsRepository } from '../store/news-repository';
import type { TokenService } from '../tokens/token-service';
import type { ListedToken } from '../tokens/token-types';

type KnownBalance = { known: true; balance: bigint } | { known: false };

/** What one agent turn may read: the connected account's balances, the verified token list, stored news. */
export interface TurnContext {
  config: ServerConfig;
  /** The connected account; every proposal pays this account and no other. */
  address: Address | null;
  tokens: TokenService;
  news: NewsRepository;
  /** The article of "Act on this with AI", when the request named one that exists. */
  requestArticle: Article | null;
  portfolio(): Promise<Portfolio | null>;
  /** The real balance of a listed token; unknown when that chain's RPC is unavailable. */
  balance(chainId: number, token: ListedToken): Promise<KnownBalance>;
  article(id: string): Promise<Article | null>;
}

interface TurnContextInput {
  config: ServerConfig;
  address: Address | null;
  tokens: TokenService;
  news: NewsRepository;
  requestArticle: Article | null;
}

export function createTurnContext(input: TurnContextInput): TurnContext {
  let portfolio: Promise<Portfolio | null> | undefined;
  const readPortfolio = () => {
    portfolio ??= input.address ? readPortfolioShared(input.config, input.tokens, input.address) : Promise.resolve(null);
    return portfolio;
  };
  return {
    ...input,
    portfolio: readPortfolio,
    balance: async (chainId, token) => {
      const current = await readPortfolio();
      const chain = current?.chains.find((c) => c.chainId === chainId);
      if (!input.address || !chain || chain.status !== 'ok') return { known: false };
      const held = chain.tokens.find((t) => t.address.toLowerCase() === token.address.toLowerCase());
      if (held) return { known: true, balance: BigInt(held.balance) };
      // Not among the tokens the portfolio tracks (or zero): read this one token directly.
      const direct = await readChainBalances(getChainClient(input.config, chainId), input.address, [token], input.config.rpcTimeoutMs);
      if (!direct.ok) return { known: false };
      return { known: true, balance: direct.balances[0]?.balance ?? 0n };
    },
    article: async (id) => (input.requestArticle?.id === id ? input.requestArticle : input.news.getById(id)),
  };
}
