import { getStatus, type SDKClient } from '@lifi/sdk';
import { z } from 'zod';

const statusSchema = z.object({
  status: z.enum(['NOT_FOUND', 'INVALID', 'PENDING', 'DONE', 'FAILED']),
  substatus: z.string().max(80).optional(),
  substatusMessage: z.string().max(400).optional(),
  lifiExplorerLink: z.string().max(300).regex(/^https:\/\//).optional(),
});
export type BridgeStatus = z.infer<typeof statusSchema>;

export interface BridgeTransaction {
  txHash: string;
  fromChainId: number;
  toChainId: number;
  tool?: string;
}

/**
 * One /status read through the proxy. The SDK polls too, but it keeps polling a FAILED transfer forever,
 * so the panel reads the status itself to end the trade and explain it.
 */
export async function readBridgeStatus(client: SDKClient, tx: BridgeTransaction, signal?: AbortSignal): Promise<BridgeStatus | undefined> {
  const raw = await getStatus(client, { txHash: tx.txHash, fromChain: tx.fromChainId, toChain: tx.toChainId, ...(tx.tool ? { bridge: tx.tool } : {}) }, { signal });
  const parsed = statusSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
