import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Address, Hex } from 'viem';

/** Anvil's first default account (mnemonic "test test … junk"), funded with 10 000 ETH on every fresh chain. */
export const ANVIL_ACCOUNT: { address: Address; privateKey: Hex } = {
  address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  privateKey: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
};

export interface AnvilChain {
  chainId: number;
  /** http://127.0.0.1:<port> */
  rpcUrl: string;
  stop(): Promise<void>;
}

interface StartAnvilOptions {
  chainId: number;
  /** A fixed port; by default anvil picks a free one (--port 0) and we read it from its log. */
  port?: number;
  /** Seconds between blocks; by default every transaction is mined at once. */
  blockTime?: number;
}

const ANVIL_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.bin/anvil');
const READY_TIMEOUT_MS = 30_000;

/** Starts one local anvil chain with the real chain id, resolving once it answers JSON-RPC. */
export async function startAnvil(options: StartAnvilOptions): Promise<AnvilChain> {
  const args = ['--chain-id', String(options.chainId), '--port', String(options.port ?? 0), '--host', '127.0.0.1'];
  if (options.blockTime) args.push('--block-time', String(options.blockTime));
  const child = spawn(ANVIL_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await waitForListening(child, options.chainId);
  const rpcUrl = `http://127.0.0.1:${port}`;
  await waitForRpc(rpcUrl);
  return { chainId: options.chainId, rpcUrl, stop: () => stopProcess(child) };
}

/** Starts one anvil per chain id in parallel (e.g. [1, 8453, 42161]). */
export async function startAnvilChains(chainIds: readonly number[]): Promise<AnvilChain[]> {
  const started = await Promise.allSettled(chainIds.map((chainId) => startAnvil({ chainId })));
  const chains = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await stopAnvilChains(chains);
    throw failure.reason;
  }
  return chains;
}

/** Stops every chain (safe to call with chains that already stopped). */
export async function stopAnvilChains(chains: readonly AnvilChain[]): Promise<void> {
  await Promise.all(chains.map((chain) => chain.stop()));
}

function waitForListening(child: ChildProcess, chainId: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let log = '';
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`anvil (chain ${chainId}) did not start within ${READY_TIMEOUT_MS} ms:\n${log}`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Listening on [\d.]+:(\d+)/.exec(log);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // keep draining so anvil never blocks on a full pipe
        resolvePort(Number(match[1]));
      }
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => void (log += chunk.toString()));
    child.once('error', (error) => fail(error));
    child.once('exit', (code) => fail(new Error(`anvil (chain ${chainId}) exited with code ${code}:\n${log}`)));
  });
}

async function waitForRpc(rpcUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      });
      if (response.ok) return;
    } catch {
      // not accepting connections yet
    }
    if (Date.now() > deadline) throw new Error(`anvil at ${rpcUrl} did not answer eth_chainId`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
