import { toHex, type Address, type Hex } from 'viem';
import { MULTICALL3_ADDRESS, findChain } from '@/domain/chains';
import { startAnvilChains, stopAnvilChains, type AnvilChain } from '../anvil';
import { deployTestToken, installMulticall3, mintTestToken, setNativeBalance } from '../contracts/deploy';
import { RELAYER_KEY, deployFakeRouter } from '../trade-contracts/deploy-router';
import { startFakeLifi, type FakeChain, type FakeLifi, type FakeToken } from './fake-lifi';
import { installFakeTrade } from './fake-trade';
import type { FakeTrade, FakeTradeOptions } from './trade-types';

/** Anvil default account #1: the trading user in trade tests. */
export const TRADER = {
  address: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address,
  privateKey: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d' as Hex,
};

export interface TradeWorldChain {
  anvil: AnvilChain;
  lifi: FakeChain;
  router: Address;
  usdc: FakeToken;
  weth: FakeToken;
  eth: FakeToken;
}

export interface TradeWorld {
  fake: FakeLifi;
  trade: FakeTrade;
  /** By chain id, e.g. world.chains[8453]. */
  chains: Record<number, TradeWorldChain>;
  close(): Promise<void>;
}

export interface TradeWorldOptions {
  chainIds?: readonly number[];
  /** USDC (base units, 6 decimals) the trader holds on every chain; default 1 000 USDC. */
  traderUsdc?: bigint;
  notFoundPolls?: FakeTradeOptions['notFoundPolls'];
  pendingPolls?: FakeTradeOptions['pendingPolls'];
}

const ROUTER_USDC = 10_000_000n * 10n ** 6n;
const ROUTER_WETH = 10_000n * 10n ** 18n;
const ROUTER_ETH = 10_000n * 10n ** 18n;
/** The verification fields real LI.FI tokens carry (tests/fixtures/lifi-real/quote-eth-to-arb-celercircle.answer.json). */
const verified = (tag: string) => ({ tags: [tag], verificationStatus: 'verified', verificationStatusBreakdown: [{ provider: 'hypernative', result: 'verified', providerResult: 'accept' }] });

async function prepareChain(anvil: AnvilChain, traderUsdc: bigint) {
  await installMulticall3(anvil);
  const router = await deployFakeRouter(anvil);
  const usdc = await deployTestToken(anvil, { name: 'USD Coin', symbol: 'USDC', decimals: 6 });
  const weth = await deployTestToken(anvil, { name: 'Wrapped Ether', symbol: 'WETH', decimals: 18 });
  await mintTestToken(anvil, usdc, router, ROUTER_USDC);
  await mintTestToken(anvil, weth, router, ROUTER_WETH);
  await mintTestToken(anvil, usdc, TRADER.address, traderUsdc);
  await setNativeBalance(anvil, router, ROUTER_ETH);
  return { router, usdc, weth };
}

/**
 * Anvil chains (default Base 8453 and Arbitrum 42161) each with Multicall3, a FakeLifiRouter as the
 * LI.FI diamond, USDC (6) and WETH (18) test tokens; the router holds liquidity, TRADER holds USDC and
 * 10 000 ETH; a fake LI.FI lists those chains and tokens and serves quotes, routes, steps and status.
 */
export async function startTradeWorld(options: TradeWorldOptions = {}): Promise<TradeWorld> {
  const chainIds = options.chainIds ?? [8453, 42161];
  const anvils = await startAnvilChains(chainIds);
  try {
    const prepared = await Promise.all(anvils.map((anvil) => prepareChain(anvil, options.traderUsdc ?? 1_000n * 10n ** 6n)));
    const chains: Record<number, TradeWorldChain> = {};
    anvils.forEach((anvil, index) => {
      const { router, usdc, weth } = prepared[index]!;
      const known = findChain(anvil.chainId);
      const name = known?.name ?? `Chain ${anvil.chainId}`;
      const eth: FakeToken = { address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', decimals: 18, chainId: anvil.chainId, name: 'ETH', coinKey: 'ETH', priceUSD: '2000', ...verified('major_asset') };
      const lifi: FakeChain = {
        id: anvil.chainId, key: known?.key ?? `c${anvil.chainId}`, name, chainType: 'EVM', coin: 'ETH', mainnet: true, nativeToken: eth,
        multicallAddress: MULTICALL3_ADDRESS, diamondAddress: router,
        metamask: { chainId: toHex(anvil.chainId), chainName: name, nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: [anvil.rpcUrl], blockExplorerUrls: [`${known?.explorerUrl ?? 'https://explorer.invalid'}/`] },
      };
      chains[anvil.chainId] = {
        anvil, lifi, router, eth,
        usdc: { address: usdc, symbol: 'USDC', decimals: 6, chainId: anvil.chainId, name: 'USD Coin', coinKey: 'USDC', priceUSD: '1', ...verified('stablecoin') },
        weth: { address: weth, symbol: 'WETH', decimals: 18, chainId: anvil.chainId, name: 'Wrapped Ether', coinKey: 'WETH', priceUSD: '2000', ...verified('major_asset') },
      };
    });
    const list = Object.values(chains);
    const fake = await startFakeLifi({ chains: list.map((c) => c.lifi), tokens: list.flatMap((c) => [c.eth, c.usdc, c.weth]) });
    const trade = installFakeTrade(fake, {
      chains: list.map((c) => ({ chainId: c.anvil.chainId, rpcUrl: c.anvil.rpcUrl, router: c.router })),
      relayerKey: RELAYER_KEY,
      notFoundPolls: options.notFoundPolls,
      pendingPolls: options.pendingPolls,
    });
    return {
      fake, trade, chains,
      close: async () => {
        await trade.settled();
        await fake.close();
        await stopAnvilChains(anvils);
      },
    };
  } catch (error) {
    await stopAnvilChains(anvils);
    throw error;
  }
}
