import { createPublicClient, erc20Abi, http, type Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS, SUPPORTED_CHAIN_IDS } from '@/domain/chains';
import { portfolioSchema } from '@/domain/portfolio';
import { getTokenService } from '@/server/tokens/token-service';
import { ANVIL_ACCOUNT, startAnvilChains, stopAnvilChains, type AnvilChain } from '../support/anvil';
import { deployTestToken, installMulticall3, mintTestToken } from '../support/contracts/deploy';
import { startFakeLifi, type FakeToken } from '../support/fake-lifi/fake-lifi';
import { startLatencyProxy, type LatencyProxy } from '../support/faulty-rpc';
import { startTestServer } from '../support/server';

const DELAY_MS = 100;
const TOKENS_PER_CHAIN = 10;
const RUNS = 7;
const holder = ANVIL_ACCOUNT.address;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
};

async function seedChain(chain: AnvilChain): Promise<FakeToken[]> {
  await installMulticall3(chain);
  const tokens: FakeToken[] = [{ address: NATIVE_TOKEN_ADDRESS, symbol: 'ETH', decimals: 18, chainId: chain.chainId, name: 'Native', priceUSD: '2000' }];
  for (let i = 0; i < TOKENS_PER_CHAIN; i++) {
    const decimals = i % 2 === 0 ? 6 : 18;
    const address = await deployTestToken(chain, { name: `Bench ${i}`, symbol: `BNCH${i}`, decimals });
    await mintTestToken(chain, address, holder, BigInt(i + 1) * 10n ** BigInt(decimals));
    tokens.push({ address, symbol: `BNCH${i}`, decimals, chainId: chain.chainId, name: `Bench ${i}`, priceUSD: String(i + 1) });
  }
  return tokens;
}

/** The naive way: one eth_getBalance / eth_call per token, each its own HTTP request. */
async function naiveRefresh(urls: Map<number, string>, tracked: Map<number, Address[]>, mode: 'concurrent' | 'sequential') {
  return Promise.all(SUPPORTED_CHAIN_IDS.map(async (chainId) => {
    const client = createPublicClient({ transport: http(urls.get(chainId)!, { batch: false, retryCount: 0 }) });
    const read = (address: Address) => (address === NATIVE_TOKEN_ADDRESS
      ? client.getBalance({ address: holder })
      : client.readContract({ address, abi: erc20Abi, functionName: 'balanceOf', args: [holder] }));
    const addresses = tracked.get(chainId)!;
    if (mode === 'concurrent') return Promise.all(addresses.map(read));
    const balances: bigint[] = [];
    for (const address of addresses) balances.push(await read(address));
    return balances;
  }));
}

export async function run(): Promise<void> {
  console.log(`starting ${SUPPORTED_CHAIN_IDS.length} anvil chains, ${TOKENS_PER_CHAIN} tokens each, proxy delay ${DELAY_MS} ms…`);
  const chains = await startAnvilChains(SUPPORTED_CHAIN_IDS);
  const proxies: LatencyProxy[] = [];
  try {
    const lifiTokens = (await Promise.all(chains.map(seedChain))).flat();
    const lifi = await startFakeLifi({ tokens: lifiTokens });
    proxies.push(...(await Promise.all(chains.map((c) => startLatencyProxy(c.rpcUrl, { delayMs: DELAY_MS })))));
    const urls = new Map(chains.map((c, i) => [c.chainId, proxies[i]!.url]));
    const server = await startTestServer({ jobs: false, env: { LIFI_API_URL: lifi.apiUrl, ...Object.fromEntries([...urls].map(([id, url]) => [`RPC_URL_${id}`, url])) } });
    const requests = () => proxies.reduce((sum, p) => sum + p.requestCount(), 0);
    const reset = () => proxies.forEach((p) => p.resetCount());
    try {
      const refresh = async () => portfolioSchema.parse(await (await fetch(`${server.url}/api/portfolio/${holder}`)).json());
      const warm = await refresh(); // token list fetched and cached, clients created
      const okChains = warm.chains.filter((c) => c.status === 'ok').length;
      const tokensRead = warm.chains.reduce((sum, c) => sum + c.tokens.length, 0);

      const measure = async (work: () => Promise<unknown>) => {
        const times: number[] = [];
        const counts: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          reset();
          times.push((await timed(work)).ms);
          counts.push(requests());
        }
        return { ms: median(times), requests: median(counts) };
      };
      const roundTrips: number[] = [];
      for (let i = 0; i < RUNS; i++) roundTrips.push((await timed(() => createPublicClient({ transport: http(urls.get(1)!) }).getBlockNumber())).ms);
      const roundTrip = median(roundTrips);
      // The floor on this machine: one eth_blockNumber on all 15 chains at once, no app code.
      const clients = [...urls.values()].map((url) => createPublicClient({ transport: http(url, { batch: false }) }));
      const parallelRoundTrip = await measure(() => Promise.all(clients.map((client) => client.getBlockNumber({ cacheTime: 0 }))));

      const batched = await measure(refresh);
      const tokenService = getTokenService(server.ctx.config);
      const tracked = new Map(await Promise.all(SUPPORTED_CHAIN_IDS.map(async (id) => [id, (await tokenService.getTrackedTokens(id)).map((t) => t.address)] as const)));
      const naiveConcurrent = await measure(() => naiveRefresh(urls, tracked, 'concurrent'));
      const naiveSequential = await measure(() => naiveRefresh(urls, tracked, 'sequential'));

      const row = (name: string, m: { ms: number; requests: number }) =>
        console.log(`${name.padEnd(44)} ${String(m.requests).padStart(5)} req  ${m.ms.toFixed(0).padStart(6)} ms  ${(m.ms / roundTrip).toFixed(2).padStart(5)} × round trip`);
      console.log(`\nportfolio refresh, ${SUPPORTED_CHAIN_IDS.length} chains (${okChains} ok, ${tokensRead} non-zero holdings), median of ${RUNS} runs`);
      console.log(`one RPC round trip through the proxy: ${roundTrip.toFixed(0)} ms`);
      row('floor: eth_blockNumber on every chain at once', parallelRoundTrip);
      row('multicall (GET /api/portfolio, real code)', batched);
      row('naive, one request per token, concurrent', naiveConcurrent);
      row('naive, one request per token, sequential', naiveSequential);
      console.log(`requests: ${(naiveConcurrent.requests / batched.requests).toFixed(1)}× fewer than naive (aim ≥ 10×; at most 15: ${batched.requests <= 15 ? 'yes' : 'NO'})`);
      console.log(`wall time: ${(batched.ms / roundTrip).toFixed(2)}× one round trip (aim ≤ 1.5×)`);
    } finally {
      await server.close();
      await lifi.close();
    }
  } finally {
    await Promise.all(proxies.map((p) => p.close()));
    await stopAnvilChains(chains);
  }
}
