import { createWalletClient, custom, defineChain, toHex, type Address, type Chain, type EIP1193RequestFn, type WalletClient } from 'viem';

/** One wallet prompt (an eth_sendTransaction) the test answers, as a user would. */
export interface WalletPrompt {
  chainId: number;
  tx: { from?: string; to?: string; data?: string; value?: string };
  approve(): void;
  reject(): void;
}

export interface PromptingWallet {
  /** Every prompt shown so far, answered or not, in order. */
  prompts: WalletPrompt[];
  /** Resolves with the next prompt not yet returned by nextPrompt (waits for it to appear). */
  nextPrompt(): Promise<WalletPrompt>;
  /** Prompts are answered at once with this instead of waiting for the test (undefined = wait). */
  autoAnswer: 'approve' | 'reject' | undefined;
  /** A viem wallet client on the wallet's current chain (a new one per chain, as the LI.FI SDK wants). */
  client(): WalletClient;
  switchChain(chainId: number): WalletClient;
}

/**
 * A wallet in Node for one anvil account (unlocked by anvil): reads and sends go to the chain's anvil,
 * but every eth_sendTransaction waits for the test to approve or reject it (a rejection is EIP-1193
 * 4001, as a real wallet answers). Reports no EIP-5792 capabilities.
 */
export function createPromptingWallet(address: Address, rpcUrls: Record<number, string>, initialChainId: number): PromptingWallet {
  let chainId = initialChainId;
  let rpcId = 0;
  const prompts: WalletPrompt[] = [];
  let handedOut = 0;
  const waiters: ((prompt: WalletPrompt) => void)[] = [];

  const forward = async (method: string, params: unknown) => {
    const response = await fetch(rpcUrls[chainId]!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: (rpcId += 1), method, params: params ?? [] }) });
    const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
    return body.result;
  };

  const wallet: PromptingWallet = {
    prompts,
    autoAnswer: 'approve',
    nextPrompt: () => new Promise((resolve) => {
      const ready = prompts[handedOut];
      if (ready) {
        handedOut += 1;
        resolve(ready);
      } else {
        waiters.push((prompt) => {
          handedOut += 1;
          resolve(prompt);
        });
      }
    }),
    client: () => clientFor(chainId),
    switchChain: (id) => {
      chainId = id;
      return clientFor(id);
    },
  };

  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    switch (method) {
      case 'eth_chainId': return toHex(chainId);
      case 'eth_accounts':
      case 'eth_requestAccounts': return [address];
      case 'wallet_switchEthereumChain':
        chainId = Number((params as [{ chainId: string }])[0].chainId);
        return null;
      case 'wallet_getCapabilities': throw Object.assign(new Error('Method not supported'), { code: 4200 });
      case 'eth_sendTransaction': {
        const tx = (params as [WalletPrompt['tx']])[0];
        const answer = await new Promise<boolean>((resolve) => {
          const prompt: WalletPrompt = { chainId, tx, approve: () => resolve(true), reject: () => resolve(false) };
          prompts.push(prompt);
          if (wallet.autoAnswer) {
            handedOut += 1;
            resolve(wallet.autoAnswer === 'approve');
          } else {
            waiters.shift()?.(prompt);
          }
        });
        if (!answer) throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
        return forward(method, params);
      }
      default: return forward(method, params);
    }
  }) as EIP1193RequestFn;

  const chains = new Map<number, Chain>();
  const chainOf = (id: number) => {
    if (!chains.has(id)) chains.set(id, defineChain({ id, name: `Chain ${id}`, nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpcUrls[id]!] } } }));
    return chains.get(id)!;
  };
  const clientFor = (id: number) => createWalletClient({ account: address, chain: chainOf(id), transport: custom({ request }), pollingInterval: 50 });
  return wallet;
}
