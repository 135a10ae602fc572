import type { SDKClient } from '@lifi/sdk';
import { useEffect, useRef, useState } from 'react';
import { readBridgeStatus, type BridgeStatus, type BridgeTransaction } from '../api/bridge-status';
import { routeDurationSeconds } from '../lib/route-tags';
import { isOverdue, lifiExplorerUrl } from '../lib/watchdog';

/** Our own status reads are slower than the SDK's (5 s): they only exist to catch FAILED. */
export const STATUS_POLL_MS = 6000;

interface Handlers {
  onStatus: (status: BridgeStatus) => void;
  onFailed: (status: BridgeStatus) => void;
}

/**
 * Watches a sent bridge transfer: reads /status (bounded to this page and this trade) to catch FAILED,
 * and a watchdog that, past 3x the estimate, offers the LI.FI explorer link.
 */
export function useBridgeWatch(client: SDKClient, tx: BridgeTransaction | undefined, startedAt: number | undefined, route: { steps: { estimate?: { executionDuration?: number } }[] } | undefined, handlers: Handlers) {
  const [now, setNow] = useState(() => Date.now());
  const [link, setLink] = useState<string>();
  const latest = useRef(handlers);
  latest.current = handlers;
  const hash = tx?.txHash;

  useEffect(() => {
    if (!tx) return undefined;
    const controller = new AbortController();
    const poll = async () => {
      const status = await readBridgeStatus(client, tx, controller.signal).catch(() => undefined);
      if (!status || controller.signal.aborted) return;
      if (status.lifiExplorerLink) setLink(status.lifiExplorerLink);
      latest.current.onStatus(status);
      if (status.status === 'FAILED') latest.current.onFailed(status);
    };
    const timer = setInterval(() => void poll(), STATUS_POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
    // keyed by the transaction hash
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hash]);

  const running = startedAt !== undefined;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const estimate = route ? routeDurationSeconds(route) : 0;
  const overdue = startedAt !== undefined && hash !== undefined && isOverdue(now, startedAt, estimate);
  return { overdue, explorerUrl: link ?? (hash ? lifiExplorerUrl(hash) : undefined) };
}
