import type { Config } from 'wagmi';
import { getPublicClient } from 'wagmi/actions';
import type { Hex } from 'viem';
import type { PolicyStep, PolicyTransactionRequest, SimulationResult } from '@/domain/policy/policy-types';

function firstLine(error: unknown): string {
  const e = error as { shortMessage?: string; details?: string; message?: string };
  return (e.details || e.shortMessage || e.message || String(error)).split('\n')[0]!.slice(0, 200);
}

/**
 * eth_call then estimateGas of the exact request, from the account, on the step's source chain (the
 * chain it would be sent on), through the server-configured RPCs. A revert means no wallet prompt.
 */
export async function simulateTransaction(config: Config, account: string, tx: PolicyTransactionRequest, step: PolicyStep): Promise<SimulationResult> {
  const chainId = step.action.fromChainId;
  const client = getPublicClient(config, { chainId });
  if (!client) return { ok: false, reason: `no RPC is configured for chain ${chainId}` };
  if (!tx.to) return { ok: false, reason: 'the request has no recipient contract' };
  const request = {
    account: account as Hex,
    to: tx.to as Hex,
    data: tx.data as Hex | undefined,
    value: tx.value === undefined ? undefined : BigInt(tx.value),
  };
  try {
    await client.call(request);
    await client.estimateGas(request);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: firstLine(error) };
  }
}
