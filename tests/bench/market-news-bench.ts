import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPPORTED_CHAIN_IDS } from '@/domain/chains';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { seedPortfolioWorld } from '../integration/portfolio-fixture';
import { startFakeLifi } from '../support/fake-lifi/fake-lifi';
import { cannon, report, seed } from './news-api-bench';

const E18 = 10n ** 18n;

/** GET /api/news?for= (exposure, For you) beside the plain feed, 10,000 articles, a 15-chain anvil portfolio; and /mentions. */
export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'market-bench-'));
  const world = await seedPortfolioWorld(SUPPORTED_CHAIN_IDS.map((chainId) => ({
    chainId, nativeBalance: E18, nativePriceUSD: '2000',
    tokens: [{ name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 1_000_000_000n, priceUSD: '1' }, { name: 'Arbitrum', symbol: 'ARB', decimals: 18, balance: 100n * E18, priceUSD: '0.5' }],
  })));
  const lifi = await startFakeLifi({ tokens: world.lifiTokens });
  try {
    await seed(dataDir);
    const rpc = Object.fromEntries(world.chains.map(({ chain }) => [`RPC_URL_${chain.chainId}`, chain.rpcUrl]));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', LIFI_API_URL: lifi.apiUrl, PORTFOLIO_RATE_LIMIT_PER_MINUTE: '1000', ...rpc });
    const server = await startServer({ config, jobs: false, log: () => {} });
    try {
      const forUrl = `${server.url}/api/news?for=${world.holder}`;
      const first = performance.now();
      const body = (await (await fetch(forUrl)).json()) as { articles: { exposure?: { share: number; excludedChains?: unknown[] } }[] };
      console.log(`first ?for= (reads 15 anvil chains): ${(performance.now() - first).toFixed(0)} ms; exposure of the first article ${body.articles[0]?.exposure?.share}, excluded chains ${body.articles[0]?.exposure?.excludedChains?.length ?? 0}`);
      report('GET /api/news (yardstick: plain feed)', await cannon(`${server.url}/api/news`));
      report('GET /api/news?for=<15-chain holder>', await cannon(forUrl));
      report('GET /api/news?for=…&order=for-you', await cannon(`${forUrl}&order=for-you`));
      report('GET /api/news?order=importance', await cannon(`${server.url}/api/news?order=importance`));
      report('GET /api/news/mentions?tokens=ETH,USDC&days=7', await cannon(`${server.url}/api/news/mentions?tokens=ETH,USDC&days=7`));
      report('GET /api/news/mentions?tokens=ETH,USDC&flagged=1', await cannon(`${server.url}/api/news/mentions?tokens=ETH,USDC&days=7&flagged=1`));
      report('GET /api/news/mentions?tools=Stargate,Across', await cannon(`${server.url}/api/news/mentions?tools=Stargate,Across`));
    } finally {
      await server.close();
    }
  } finally {
    await lifi.close();
    await world.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
