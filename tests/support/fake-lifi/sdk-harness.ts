import { createClient, executeRoute, getActiveRoute, type Route, type RouteExtended, type SDKClient } from '@lifi/sdk';
import { EthereumProvider } from '@lifi/sdk-provider-ethereum';
import { createPublicClient, createWalletClient, defineChain, erc20Abi, http, type Address, type Hex, type PublicClient } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { createPolicyTransactionHook, findExecutingStep } from '@/domain/policy/transaction-hook';
import type { PolicyContext, PolicyFinding, PolicyTransactionRequest, SimulationResult } from '@/domain/policy/policy-types';
import { isNativeToken } from '@/domain/policy/policy-helpers';
import type { TradeWorld } from './trade-world';

/**
 * The real @lifi/sdk in Node against anvil + the fake: a viem wallet (local key) that switches chains by
 * returning a new client, rpcUrls pointing at anvil, and the pre-sign policy in updateTransactionRequestHook.
 */
export interface SdkHarness {
  client: SDKClient;
  publicClient(chainId: number): PublicClient;
  policyContext(overrides?: Partial<PolicyContext>): Promise<PolicyContext>;
  simulate(tx: PolicyTransactionRequest, chainId: number): Promise<SimulationResult>;
  /** executeRoute with the policy hook; records every request the hook saw and every block. */
  execute(route: Route, overrides?: Partial<PolicyContext>): Promise<{ route: RouteExtended; seen: PolicyTransactionRequest[]; blocked: PolicyFinding[][] }>;
}

export function createSdkHarness(world: TradeWorld, account: { address: Address; privateKey: Hex }, apiUrl: string = world.fake.apiUrl): SdkHarness {
  const signer = privateKeyToAccount(account.privateKey);
  const viemChain = (chainId: number) => {
    const c = world.chains[chainId];
    if (!c) throw new Error(`no anvil chain ${chainId}`);
    return defineChain({ id: chainId, name: c.lifi.name, nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [c.anvil.rpcUrl] } } });
  };
  const wallet = (chainId: number) => createWalletClient({ account: signer, chain: viemChain(chainId), transport: http(world.chains[chainId]!.anvil.rpcUrl), pollingInterval: 50 });
  const publics = new Map<number, PublicClient>();
  const publicClient = (chainId: number) => {
    if (!publics.has(chainId)) publics.set(chainId, createPublicClient({ chain: viemChain(chainId), transport: http(world.chains[chainId]!.anvil.rpcUrl), pollingInterval: 50 }) as PublicClient);
    return publics.get(chainId)!;
  };
  const firstChain = Number(Object.keys(world.chains)[0]);
  let current = wallet(firstChain);

  const client = createClient({
    integrator: 'mc-test',
    apiUrl,
    rpcUrls: Object.fromEntries(Object.values(world.chains).map((c) => [c.anvil.chainId, [c.anvil.rpcUrl]])),
    disableVersionCheck: true,
    providers: [EthereumProvider({
      getWalletClient: async () => current,
      switchChain: async (chainId) => (current = wallet(chainId)),
      disableMessageSigning: true,
    })],
  });

  const balances = async () => {
    const entries = await Promise.all(Object.values(world.chains).flatMap((c) => [c.eth, c.usdc, c.weth].map(async (token) => {
      const pc = publicClient(c.anvil.chainId);
      const amount = isNativeToken(token.address)
        ? await pc.getBalance({ address: account.address })
        : await pc.readContract({ address: token.address as Address, abi: erc20Abi, functionName: 'balanceOf', args: [account.address] });
      return [`${token.chainId}:${token.address.toLowerCase()}`, amount] as const;
    })));
    return new Map(entries);
  };

  const policyContext = async (overrides: Partial<PolicyContext> = {}): Promise<PolicyContext> => {
    const held = await balances();
    return {
      account: account.address,
      diamonds: Object.fromEntries(world.fake.chains.map((c) => [c.id, c.diamondAddress])),
      tokens: world.fake.tokens,
      balanceOf: (chainId, address) => held.get(`${chainId}:${address.toLowerCase()}`),
      slippage: 0.005,
      gasReserve: () => 10n ** 16n,
      ...overrides,
    };
  };

  const simulate = async (tx: PolicyTransactionRequest, chainId: number): Promise<SimulationResult> => {
    try {
      await publicClient(chainId).call({ account: account.address, to: tx.to as Address, data: tx.data as Hex, value: tx.value === undefined ? undefined : BigInt(tx.value) });
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: (error as { shortMessage?: string }).shortMessage ?? String(error) };
    }
  };

  return {
    client,
    publicClient,
    policyContext,
    simulate,
    execute: async (route, overrides = {}) => {
      const seen: PolicyTransactionRequest[] = [];
      const blocked: PolicyFinding[][] = [];
      const policyHook = createPolicyTransactionHook({
        currentStep: () => findExecutingStep(getActiveRoute(route.id)?.steps ?? []),
        context: () => policyContext(overrides),
        // Simulate on the step's source chain, never on a chain id the request claims.
        simulate: (tx, step) => simulate(tx, step.action.fromChainId),
        onBlocked: (violations) => blocked.push(violations),
      });
      const executed = await executeRoute(client, route, {
        updateTransactionRequestHook: async (tx) => {
          seen.push(tx);
          return policyHook(tx);
        },
        acceptExchangeRateUpdateHook: async () => false,
      }).catch((error: unknown) => {
        throw Object.assign(error as Error, { seen, blocked });
      });
      return { route: executed, seen, blocked };
    },
  };
}
