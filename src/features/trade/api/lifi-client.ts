import { createClient, type SDKClient } from '@lifi/sdk';
import { EthereumProvider } from '@lifi/sdk-provider-ethereum';
import type { Config } from 'wagmi';
import { getConnectorClient, switchChain } from 'wagmi/actions';

/** Sent for attribution only; the server's proxy sets the configured LIFI_INTEGRATOR (and the key) itself. */
export const LIFI_INTEGRATOR = 'market-companion';

/** The SDK talks to our server's proxy, never to LI.FI directly: the API key stays on the server. */
function lifiProxyUrl(origin: string = window.location.origin): string {
  return `${origin}/api/lifi/v1`;
}

const clients = new WeakMap<Config, SDKClient>();

type ConnectorClient = Awaited<ReturnType<typeof getConnectorClient>>;

/**
 * The wallet as the SDK sees it, reporting no EIP-5792 capabilities. With atomic batching the SDK
 * would send the approval inside wallet_sendCalls without passing it through
 * updateTransactionRequestHook; without it every approval is its own request, checked by the
 * pre-sign policy exactly as the wallet will see it.
 */
function withoutBatchedCalls(client: ConnectorClient): ConnectorClient {
  return client.extend(() => ({ getCapabilities: async () => ({}) })) as unknown as ConnectorClient;
}

/**
 * One LI.FI SDK client per wagmi config. The wallet comes from wagmi; a chain switch returns a new
 * connector client for the new chain (the SDK needs a fresh one); message signing is off so every
 * approval is an exact ERC-20 approve (no MaxUint256 to Permit2), and batching is off (withoutBatchedCalls).
 * Chains are loaded by us (preloadChains off) through the proxy, see lifi-chains.ts.
 */
export function getTradeClient(config: Config): SDKClient {
  const existing = clients.get(config);
  if (existing) return existing;
  const rpcUrls: Record<number, string[]> = {};
  for (const chain of config.chains) rpcUrls[chain.id] = [...chain.rpcUrls.default.http];
  const client = createClient({
    integrator: LIFI_INTEGRATOR,
    apiUrl: lifiProxyUrl(),
    rpcUrls,
    preloadChains: false,
    disableVersionCheck: true,
    providers: [
      EthereumProvider({
        getWalletClient: async () => withoutBatchedCalls(await getConnectorClient(config)),
        switchChain: async (chainId) => {
          await switchChain(config, { chainId });
          return withoutBatchedCalls(await getConnectorClient(config, { chainId }));
        },
        disableMessageSigning: true,
      }),
    ],
  });
  clients.set(config, client);
  return client;
}
