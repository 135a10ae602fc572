import { createPublicClient, createWalletClient, defineChain, http, parseEventLogs, type Address, type Hash, type PublicClient, type TransactionReceipt } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { FakeLifi, FakeChain, FakeToken } from './fake-lifi';
import type { FakeResponse, RecordedRequest } from '../loopback-http';
import { fakeRouterAbi } from '../trade-contracts/router-abi';
import { convertAmount, priceRate, usdOf } from './trade-amounts';
import type { FakeTradeOptions, StatusRecord, TradeChain, TradeFault } from './trade-types';

interface BridgeState {
  polls: number;
  faults: Set<TradeFault>;
  payout?: Promise<{ hash: Hash; chainId: number; token: FakeToken; amount: bigint }>;
  error?: string;
}

/** GET /v1/status: reads the source transaction on anvil, and for a bridge has the relayer pay on the other chain. */
export function createStatusHandler(fake: FakeLifi, options: FakeTradeOptions, faultsOf: (transactionId: string) => Set<TradeFault>) {
  const log: StatusRecord[] = [];
  const bridges = new Map<string, BridgeState>();
  const clients = new Map<number, PublicClient>();
  const relayer = privateKeyToAccount(options.relayerKey);
  const tradeChain = (id: number): TradeChain | undefined => options.chains.find((c) => c.chainId === id);
  const viemChain = (c: TradeChain) => defineChain({ id: c.chainId, name: `anvil ${c.chainId}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [c.rpcUrl] } } });
  const client = (c: TradeChain) => {
    if (!clients.has(c.chainId)) clients.set(c.chainId, createPublicClient({ chain: viemChain(c), transport: http(c.rpcUrl), pollingInterval: 50 }) as PublicClient);
    return clients.get(c.chainId)!;
  };
  const lifiChain = (id: number) => fake.chains.find((c) => c.id === id) as FakeChain;
  const token = (chainId: number, address: string): FakeToken => fake.tokens.find((t) => t.chainId === chainId && t.address.toLowerCase() === address.toLowerCase()) ?? lifiChain(chainId).nativeToken;
  const link = (chainId: number, hash: string) => `${lifiChain(chainId).metamask?.blockExplorerUrls?.[0] ?? 'https://explorer.invalid/'}tx/${hash}`;
  const txInfo = (chainId: number, hash: string, amount: bigint, tok: FakeToken) => ({
    txHash: hash, chainId, txLink: link(chainId, hash), amount: amount.toString(), amountUSD: usdOf(amount, tok), token: tok,
    gasPrice: '1000000000', gasUsed: '100000', gasToken: lifiChain(chainId).nativeToken, gasAmount: '100000000000000', gasAmountUSD: usdOf(100_000_000_000_000n, lifiChain(chainId).nativeToken), timestamp: Math.floor(Date.now() / 1000),
  });

  async function pay(chain: TradeChain, transactionId: Hash, receiver: Address, tok: FakeToken, amount: bigint) {
    const wallet = createWalletClient({ account: relayer, chain: viemChain(chain), transport: http(chain.rpcUrl) });
    const hash = await wallet.writeContract({ address: chain.router, abi: fakeRouterAbi, functionName: 'release', args: [transactionId, receiver, tok.address as Address, amount] });
    const receipt = await client(chain).waitForTransactionReceipt({ hash });
    if (receipt.status !== 'success') throw new Error(`relayer payment reverted on chain ${chain.chainId}`);
    return { hash, chainId: chain.chainId, token: tok, amount };
  }

  async function findReceipt(txHash: Hash, fromChain: number | undefined): Promise<{ chain: TradeChain; receipt: TransactionReceipt } | undefined> {
    const candidates = fromChain ? options.chains.filter((c) => c.chainId === fromChain) : options.chains;
    for (const chain of candidates) {
      const receipt = await client(chain).getTransactionReceipt({ hash: txHash }).catch(() => undefined);
      if (receipt) return { chain, receipt };
    }
    return undefined;
  }

  async function answer(request: RecordedRequest): Promise<FakeResponse> {
    const txHash = request.query.get('txHash') as Hash | null;
    if (!txHash || !/^0x[0-9a-fA-F]{64}$/.test(txHash)) return { status: 400, body: { message: 'Invalid txHash', code: 1001 } };
    const fromChain = request.query.has('fromChain') ? Number(request.query.get('fromChain')) : undefined;
    const found = await findReceipt(txHash, fromChain);
    if (!found) return { body: { status: 'NOT_FOUND' } };
    const { chain, receipt } = found;
    const sendingBase = { txHash, chainId: chain.chainId, txLink: link(chain.chainId, txHash) };
    if (receipt.status !== 'success') return { body: { status: 'FAILED', substatus: 'UNKNOWN_FAILED_ERROR', substatusMessage: 'The source transaction reverted.', sending: sendingBase } };
    const events = parseEventLogs({ abi: fakeRouterAbi, logs: receipt.logs.filter((l) => l.address.toLowerCase() === chain.router.toLowerCase()) });
    const swapped = events.find((e) => e.eventName === 'Swapped');
    if (swapped && swapped.eventName === 'Swapped') {
      const a = swapped.args;
      const toTok = token(chain.chainId, a.toToken);
      return { body: full('DONE', 'COMPLETED', 'The transfer is complete.', a.transactionId, a.sender, a.receiver, txInfo(chain.chainId, txHash, a.fromAmount, token(chain.chainId, a.fromToken)), txInfo(chain.chainId, txHash, a.toAmount, toTok), 'fakeswap') };
    }
    const started = events.find((e) => e.eventName === 'BridgeStarted');
    if (!started || started.eventName !== 'BridgeStarted') return { body: { status: 'INVALID', substatusMessage: 'Not a LI.FI transaction.' } };
    const a = started.args;
    const destination = tradeChain(Number(a.destinationChainId));
    if (!destination) return { body: { status: 'INVALID', substatusMessage: 'Unknown destination chain.' } };

    let state = bridges.get(txHash);
    if (!state) bridges.set(txHash, (state = { polls: 0, faults: faultsOf(a.transactionId) }));
    state.polls += 1;
    const notFound = options.notFoundPolls ?? 1;
    const pending = options.pendingPolls ?? 1;
    const sending = txInfo(chain.chainId, txHash, a.fromAmount, token(chain.chainId, a.fromToken));
    if (state.polls <= notFound) return { body: { status: 'NOT_FOUND' } };
    if (state.faults.has('status-failed')) return { body: { status: 'FAILED', substatus: 'UNKNOWN_FAILED_ERROR', substatusMessage: 'The bridge failed.', sending } };
    const pendingBody = () => full('PENDING', 'WAIT_DESTINATION_TRANSACTION', 'The bridge is waiting for the destination transaction.', a.transactionId, a.sender, a.receiver, sending, { chainId: destination.chainId }, 'fakebridge');
    if (state.faults.has('status-stuck-pending')) return { body: pendingBody() };
    if (!state.payout) {
      const toTok = token(destination.chainId, a.toToken);
      if (state.faults.has('status-refunded')) {
        state.payout = pay(chain, a.transactionId, a.sender, token(chain.chainId, a.fromToken), a.fromAmount);
      } else if (state.faults.has('status-partial')) {
        const other = lifiChain(destination.chainId).nativeToken;
        state.payout = pay(destination, a.transactionId, a.receiver, other, convertAmount(a.toAmount, toTok, other, priceRate(toTok, other) ?? 1));
      } else {
        state.payout = pay(destination, a.transactionId, a.receiver, toTok, a.toAmount);
      }
      state.payout.catch((error: unknown) => void (state!.error = String(error)));
    }
    if (state.polls <= notFound + pending) return { body: pendingBody() };
    const paid = await state.payout;
    const substatus = state.faults.has('status-refunded') ? 'REFUNDED' : state.faults.has('status-partial') ? 'PARTIAL' : 'COMPLETED';
    const message = { COMPLETED: 'The transfer is complete.', PARTIAL: 'The transfer was partially successful: you received another token.', REFUNDED: 'The tokens were refunded to your wallet on the source chain.' }[substatus];
    return { body: full('DONE', substatus, message, a.transactionId, a.sender, a.receiver, sending, txInfo(paid.chainId, paid.hash, paid.amount, paid.token), 'fakebridge') };
  }

  function full(status: string, substatus: string, substatusMessage: string, transactionId: string, fromAddress: string, toAddress: string, sending: object, receiving: object, tool: string) {
    return { transactionId, status, substatus, substatusMessage, tool, sending, receiving, feeCosts: [], fromAddress, toAddress, lifiExplorerLink: `https://scan.li.fi/tx/${(sending as { txHash: string }).txHash}`, metadata: { integrator: 'fake' } };
  }

  return {
    log,
    handle: async (request: RecordedRequest): Promise<FakeResponse> => {
      const response = await answer(request);
      const body = response.body as { status?: string; substatus?: string } | undefined;
      log.push({ txHash: request.query.get('txHash') ?? '', status: body?.status ?? String(response.status), substatus: body?.substatus });
      return response;
    },
    settled: async () => {
      await Promise.all([...bridges.values()].map((s) => s.payout?.catch(() => undefined)));
    },
  };
}
