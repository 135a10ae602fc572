import type { Page } from 'playwright-core';
import { createWalletClient, defineChain, http, isAddressEqual, type Address, type Hex, type WalletClient } from 'viem';
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts';

/** Anvil's default accounts 0 and 1 (well-known test keys, never funded anywhere real). */
export const ANVIL_PRIVATE_KEYS: readonly Hex[] = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
];

interface InjectedWalletOptions {
  /** chainId -> RPC URL (an anvil) the wallet signs and reads through. */
  rpcUrls: Record<number, string>;
  /** Accounts the wallet holds, by private key. Default: anvil accounts 0 and 1. The first is active. */
  privateKeys?: readonly Hex[];
  /** Chain the wallet starts on. Default: the first key of `rpcUrls`. */
  chainId?: number;
  /** EIP-6963 name shown in wallet pickers. Default "Test Wallet". */
  name?: string;
  /** EIP-6963 reverse-DNS id. Default "org.market-companion.test-wallet". */
  rdns?: string;
  /** Answer wallet_getCapabilities (EIP-5792) with this, as a smart-account wallet would; wallet_sendCalls stays unsupported (4200). */
  capabilities?: Record<string, unknown>;
}

/** One request the page made to the wallet, with its outcome. */
interface WalletRequestRecord {
  method: string;
  params: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface InjectedWallet {
  /** The active account. */
  readonly address: Address;
  readonly accounts: readonly Address[];
  /** The chain the wallet is on now. */
  readonly chainId: number;
  /** Whether the page has been granted the accounts (eth_requestAccounts / wallet_requestPermissions). */
  readonly authorized: boolean;
  /** Every request the page made, in order. */
  readonly requests: WalletRequestRecord[];
  /** Requests for one method, e.g. `requestsFor('eth_sendTransaction')`. */
  requestsFor(method: string): WalletRequestRecord[];
  /** The next request for `method` fails with EIP-1193 error 4001 "User rejected the request.". */
  rejectNext(method: string): void;
  /** Makes another held account active (by index or address) and emits `accountsChanged` if authorized. */
  switchAccount(account: number | Address): Promise<void>;
  /** Switches chain from the wallet's side (as a user would in the extension) and emits `chainChanged`. */
  switchChain(chainId: number): Promise<void>;
  /** The viem wallet client the wallet signs with on `chainId` (default: the current chain). */
  walletClient(chainId?: number): WalletClient;
}

const BINDING = '__injectedTestWalletRequest';
const ICON = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0e76fd"/><path d="M8 11h16v12H8z" fill="#fff"/><circle cx="20" cy="17" r="2" fill="#0e76fd"/></svg>',
).toString('base64')}`;

class WalletRpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: unknown) {
    super(message);
  }
}

const toHexChain = (id: number) => `0x${id.toString(16)}`;

/**
 * Injects an EIP-1193 wallet into `page` (call before `page.goto`): announced through EIP-6963 and
 * set as `window.ethereum`. Requests are answered in Node: accounts and signing by viem accounts,
 * transactions signed and sent to the current chain's RPC, other reads forwarded to that RPC.
 * Survives reloads (state lives in Node), so wagmi can reconnect. wallet_addEthereumChain adds the
 * chain (its first RPC URL) and switches to it, as MetaMask does.
 */
export async function injectWallet(page: Page, options: InjectedWalletOptions): Promise<InjectedWallet> {
  const rpcUrls = new Map(Object.entries(options.rpcUrls).map(([id, url]) => [Number(id), url]));
  const accounts: PrivateKeyAccount[] = (options.privateKeys ?? ANVIL_PRIVATE_KEYS).map((key) => privateKeyToAccount(key));
  const firstChain = options.chainId ?? rpcUrls.keys().next().value;
  if (firstChain === undefined || !rpcUrls.has(firstChain)) throw new Error('injectWallet: rpcUrls must include the starting chain');
  if (accounts.length === 0) throw new Error('injectWallet: at least one private key is needed');

  let active = accounts[0] as PrivateKeyAccount;
  let chainId = firstChain;
  let authorized = false;
  const requests: WalletRequestRecord[] = [];
  const rejections: string[] = [];
  const clients = new Map<string, WalletClient>();

  const walletClient = (id = chainId): WalletClient => {
    const url = rpcUrls.get(id);
    if (!url) throw new WalletRpcError(4902, `Unrecognized chain ID ${toHexChain(id)}.`);
    const key = `${id}:${active.address}`;
    let client = clients.get(key);
    if (!client) {
      const chain = defineChain({ id, name: `chain ${id}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [url] } } });
      client = createWalletClient({ account: active, chain, transport: http(url) });
      clients.set(key, client);
    }
    return client;
  };

  const emit = async (event: string, data: unknown) => {
    if (page.isClosed()) return;
    await page
      .evaluate(([name, payload]) => (window as unknown as { __injectedTestWallet?: { emit(e: string, d: unknown): void } }).__injectedTestWallet?.emit(name as string, payload), [event, data] as const)
      .catch(() => undefined); // mid-navigation: the next page instance reads state afresh
  };

  async function forward(method: string, params: unknown): Promise<unknown> {
    const response = await fetch(rpcUrls.get(chainId) as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params ?? [] }),
    });
    const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
    if (body.error) throw new WalletRpcError(body.error.code, body.error.message, body.error.data);
    return body.result;
  }

  async function handle(method: string, params: unknown): Promise<unknown> {
    const list = Array.isArray(params) ? (params as unknown[]) : [];
    const rejectAt = rejections.indexOf(method);
    if (rejectAt >= 0) {
      rejections.splice(rejectAt, 1);
      throw new WalletRpcError(4001, 'User rejected the request.');
    }
    const requireAuthorized = () => {
      if (!authorized) throw new WalletRpcError(4100, 'The requested account and/or method has not been authorized by the user.');
    };
    switch (method) {
      case 'eth_requestAccounts':
        authorized = true;
        return [active.address];
      case 'eth_accounts':
        return authorized ? [active.address] : [];
      case 'eth_chainId':
        return toHexChain(chainId);
      case 'net_version':
        return String(chainId);
      case 'wallet_getCapabilities':
        if (options.capabilities) return options.capabilities;
        throw new WalletRpcError(4200, 'The test wallet does not support wallet_getCapabilities.');
      case 'wallet_requestPermissions':
        authorized = true;
        return [{ parentCapability: 'eth_accounts', caveats: [{ type: 'restrictReturnedAccounts', value: [active.address] }] }];
      case 'wallet_getPermissions':
        return authorized ? [{ parentCapability: 'eth_accounts', caveats: [{ type: 'restrictReturnedAccounts', value: [active.address] }] }] : [];
      case 'wallet_revokePermissions':
        authorized = false;
        return null;
      case 'wallet_switchEthereumChain': {
        const target = Number.parseInt(String((list[0] as { chainId?: string } | undefined)?.chainId), 16);
        if (!rpcUrls.has(target)) throw new WalletRpcError(4902, `Unrecognized chain ID ${toHexChain(target)}. Try adding the chain using wallet_addEthereumChain first.`);
        if (target !== chainId) {
          chainId = target;
          await emit('chainChanged', toHexChain(chainId));
        }
        return null;
      }
      case 'wallet_addEthereumChain': {
        const chain = list[0] as { chainId?: string; rpcUrls?: string[] } | undefined;
        const target = Number.parseInt(String(chain?.chainId), 16);
        const url = chain?.rpcUrls?.[0];
        if (!Number.isFinite(target) || (!rpcUrls.has(target) && !url)) throw new WalletRpcError(-32602, 'Invalid chain parameters');
        if (!rpcUrls.has(target) && url) rpcUrls.set(target, url);
        // Like MetaMask, the user approving the new chain also switches to it (wagmi relies on this).
        if (target !== chainId) {
          chainId = target;
          await emit('chainChanged', toHexChain(chainId));
        }
        return null;
      }
      case 'eth_sendTransaction': {
        requireAuthorized();
        const tx = list[0] as { from?: Address; to?: Address; value?: Hex; data?: Hex; gas?: Hex };
        if (tx.from && !isAddressEqual(tx.from, active.address)) throw new WalletRpcError(4100, `Unknown sender ${tx.from}`);
        return walletClient().sendTransaction({
          account: active,
          chain: walletClient().chain,
          to: tx.to,
          value: tx.value ? BigInt(tx.value) : undefined,
          data: tx.data,
          gas: tx.gas ? BigInt(tx.gas) : undefined,
        });
      }
      case 'personal_sign':
        requireAuthorized();
        return active.signMessage({ message: { raw: list[0] as Hex } });
      case 'eth_signTypedData_v4': {
        requireAuthorized();
        const typed = JSON.parse(String(list[1])) as Parameters<PrivateKeyAccount['signTypedData']>[0];
        return active.signTypedData(typed);
      }
      default:
        if (method.startsWith('wallet_') || method === 'eth_sign' || method === 'eth_signTransaction') {
          throw new WalletRpcError(4200, `The test wallet does not support ${method}.`);
        }
        return forward(method, params);
    }
  }

  await page.exposeFunction(BINDING, async (request: { method: string; params: unknown }) => {
    const record: WalletRequestRecord = { method: request.method, params: request.params };
    requests.push(record);
    try {
      record.result = await handle(request.method, request.params);
      return { result: record.result ?? null };
    } catch (error) {
      const code = error instanceof WalletRpcError ? error.code : -32603;
      const message = error instanceof Error ? error.message : String(error);
      record.error = { code, message };
      return { error: { code, message, data: error instanceof WalletRpcError ? error.data : undefined } };
    }
  });
  const config = {
    binding: BINDING,
    info: { uuid: '5b1c3c5e-7d1e-4a39-9e4f-1d1b6f2c8a10', name: options.name ?? 'Test Wallet', icon: ICON, rdns: options.rdns ?? 'org.market-companion.test-wallet' },
  };
  // tsx/esbuild may wrap named functions in a `__name` helper that does not exist in the page.
  await page.addInitScript({ content: `(() => { const __name = (f) => f; (${installProvider.toString()})(${JSON.stringify(config)}); })();` });

  return {
    get address() { return active.address; },
    accounts: accounts.map((a) => a.address),
    get chainId() { return chainId; },
    get authorized() { return authorized; },
    requests,
    requestsFor: (method) => requests.filter((r) => r.method === method),
    rejectNext: (method) => void rejections.push(method),
    async switchAccount(account) {
      const next = typeof account === 'number' ? accounts[account] : accounts.find((a) => isAddressEqual(a.address, account));
      if (!next) throw new Error(`injectWallet: no such account ${String(account)}`);
      active = next;
      if (authorized) await emit('accountsChanged', [active.address]);
    },
    async switchChain(id) {
      if (!rpcUrls.has(id)) throw new Error(`injectWallet: no RPC for chain ${id}`);
      chainId = id;
      await emit('chainChanged', toHexChain(id));
    },
    walletClient,
  };
}

/** Runs in the page (serialised by playwright): a minimal EIP-1193 provider calling back into Node. */
function installProvider(config: { binding: string; info: { uuid: string; name: string; icon: string; rdns: string } }) {
  type Listener = (payload: unknown) => void;
  type Reply = { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  const listeners = new Map<string, Set<Listener>>();
  const call = (window as unknown as Record<string, (r: unknown) => Promise<Reply>>)[config.binding] as (r: unknown) => Promise<Reply>;
  const provider = {
    isTestWallet: true,
    async request(args: { method: string; params?: unknown }) {
      const reply = await call({ method: args.method, params: args.params ?? [] });
      if (reply.error) throw Object.assign(new Error(reply.error.message), { code: reply.error.code, data: reply.error.data });
      return reply.result;
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
      return provider;
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
  };
  const emitter = { emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)) };
  Object.defineProperty(window, '__injectedTestWallet', { value: emitter });
  Object.defineProperty(window, 'ethereum', { value: provider, configurable: true, writable: true });
  const detail = Object.freeze({ info: Object.freeze({ ...config.info }), provider });
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail }));
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
}
