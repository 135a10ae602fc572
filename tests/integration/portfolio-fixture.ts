import type { Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import { ANVIL_ACCOUNT, startAnvilChains, stopAnvilChains, type AnvilChain } from '../support/anvil';
import { deployTestToken, installMulticall3, mintTestToken, setNativeBalance, type TestTokenSpec } from '../support/contracts/deploy';
import type { FakeToken } from '../support/fake-lifi/fake-lifi';

/** One token deployed on a test chain, how much the test account holds, and how the token list describes it. */
interface SeededToken extends TestTokenSpec {
  balance: bigint;
  /** As LI.FI would send it; undefined = no price. */
  priceUSD?: string;
  /** Decimals the token list claims (defaults to the on-chain ones). */
  listedDecimals?: number;
}

interface ChainSeed {
  chainId: number;
  nativeBalance: bigint;
  nativePriceUSD?: string;
  tokens: SeededToken[];
}

interface SeededChain {
  chain: AnvilChain;
  seed: ChainSeed;
  /** Address of each seeded token by symbol. */
  addresses: Record<string, Address>;
}

export interface PortfolioWorld {
  holder: Address;
  chains: SeededChain[];
  /** The LI.FI token list describing every seeded token (plus each chain's native coin). */
  lifiTokens: FakeToken[];
  stop(): Promise<void>;
}

/** Starts one anvil per seed, installs Multicall3, deploys and funds the tokens for ANVIL_ACCOUNT. */
export async function seedPortfolioWorld(seeds: ChainSeed[]): Promise<PortfolioWorld> {
  const anvils = await startAnvilChains(seeds.map((seed) => seed.chainId));
  const holder = ANVIL_ACCOUNT.address;
  try {
    const chains = await Promise.all(
      seeds.map(async (seed, index): Promise<SeededChain> => {
        const chain = anvils[index]!;
        await installMulticall3(chain);
        const addresses: Record<string, Address> = {};
        for (const token of seed.tokens) {
          const address = await deployTestToken(chain, token);
          addresses[token.symbol] = address;
          if (token.balance > 0n && token.kind !== 'reverting') await mintTestToken(chain, address, holder, token.balance);
        }
        // Deploying spent gas: set the exact native balance last.
        await setNativeBalance(chain, holder, seed.nativeBalance);
        return { chain, seed, addresses };
      }),
    );
    const lifiTokens = chains.flatMap(({ seed, addresses }) => [
      { address: NATIVE_TOKEN_ADDRESS, symbol: 'ETH', decimals: 18, chainId: seed.chainId, name: 'Ether', coinKey: 'ETH', priceUSD: seed.nativePriceUSD },
      ...seed.tokens.map((token) => ({
        address: addresses[token.symbol]!, symbol: token.symbol, name: token.name, chainId: seed.chainId,
        decimals: token.listedDecimals ?? token.decimals, priceUSD: token.priceUSD,
      })),
    ]);
    return { holder, chains, lifiTokens, stop: () => stopAnvilChains(anvils) };
  } catch (error) {
    await stopAnvilChains(anvils);
    throw error;
  }
}

/** GET a JSON endpoint of the test server. */
export async function getJson<T = unknown>(baseUrl: string, path: string): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}
