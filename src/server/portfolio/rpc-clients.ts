import { createPublicClient, fallback, http, type PublicClient } from 'viem';
import { viemChainFor } from '@/domain/viem-chains';
import type { ServerConfig } from '../config';

/**
 * One public client per chain from RPC_URL_<id>. No JSON-RPC batching and no retries: one read is
 * exactly one HTTP request, and a failing RPC fails fast (the UI offers a retry).
 */
function createChainClient(chainId: number, urls: readonly string[], timeoutMs: number): PublicClient {
  const chain = viemChainFor(chainId);
  // Several URLs share the chain's time budget, so a hanging first RPC leaves time for the next.
  const perUrlTimeout = Math.max(Math.floor(timeoutMs / Math.max(urls.length, 1)), 100);
  const transports = urls.map((url) => http(url, { batch: false, retryCount: 0, timeout: perUrlTimeout }));
  return createPublicClient({
    chain,
    transport: fallback(transports, { retryCount: 0, rank: false }),
    batch: { multicall: false },
    cacheTime: 0,
  });
}

const clientsByConfig = new WeakMap<ServerConfig, Map<number, PublicClient>>();

/** The shared client for a chain under this config (created on first use). */
export function getChainClient(config: ServerConfig, chainId: number): PublicClient {
  let clients = clientsByConfig.get(config);
  if (!clients) {
    clients = new Map();
    clientsByConfig.set(config, clients);
  }
  let client = clients.get(chainId);
  if (!client) {
    client = createChainClient(chainId, config.rpcUrls[chainId] ?? [], config.rpcTimeoutMs);
    clients.set(chainId, client);
  }
  return client;
}
