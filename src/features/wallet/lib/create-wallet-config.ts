import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit';
import {
  braveWallet, injectedWallet, rabbyWallet, rainbowWallet, walletConnectWallet,
} from '@rainbow-me/rainbowkit/wallets';
import type { Chain, Transport } from 'viem';
import { createConfig, fallback, http, type Config } from 'wagmi';
import type { ChainsResponse } from '@/domain/portfolio';
import { toWalletChains } from './wallet-chains';

export const APP_NAME = 'Market Companion';

/**
 * Injected wallets always (MetaMask's extension, like every EIP-6963 wallet, shows by its own name);
 * WalletConnect-based ones only with a real project id (RainbowKit throws on an empty one, and a
 * placeholder id would silently break pairing). MetaMask mobile pairs through WalletConnect: RainbowKit's
 * metaMaskWallet is left out because it loads the MetaMask SDK (a 541 KB chunk that talks to MetaMask's
 * own servers, which the Content-Security-Policy does not allow). None of these pull a vendor SDK into the build.
 */
export function walletGroups(walletConnectProjectId: string | null): WalletList {
  const installed: WalletList[number] = { groupName: 'Installed', wallets: [injectedWallet, rabbyWallet, braveWallet] };
  if (!walletConnectProjectId) return [installed];
  return [installed, { groupName: 'Popular', wallets: [rainbowWallet, walletConnectWallet] }];
}

/** One wagmi config from the server's chain list: its chains, its RPCs (fallback order), its wallets. */
export function createWalletConfig(response: ChainsResponse): Config {
  const walletChains = toWalletChains(response.chains);
  const [first, ...rest] = walletChains.map((c) => c.chain);
  if (!first) throw new Error('The server lists no supported chains');
  const transports: Record<number, Transport> = {};
  for (const { chain, rpcUrls } of walletChains) transports[chain.id] = fallback(rpcUrls.map((url) => http(url)));
  const connectors = connectorsForWallets(walletGroups(response.walletConnectProjectId), {
    appName: APP_NAME,
    projectId: response.walletConnectProjectId ?? '',
  });
  return createConfig({
    chains: [first, ...rest] as [Chain, ...Chain[]],
    transports,
    connectors,
    // EIP-6963: every wallet that announces itself shows in the modal by its own name.
    multiInjectedProviderDiscovery: true,
    ssr: false,
  });
}

const configs = new WeakMap<ChainsResponse, Config>();

/**
 * The config for one /api/chains answer, created once: React may run render-time code twice
 * (StrictMode), and a second wagmi config would share storage and event listeners with the first.
 */
export function walletConfigFor(response: ChainsResponse): Config {
  let config = configs.get(response);
  if (!config) {
    config = createWalletConfig(response);
    configs.set(response, config);
  }
  return config;
}
