import { formatAmount } from '@/domain/amounts';
import { chainName, explorerTxUrl } from '@/domain/chains';
import { needsSignature, sentHashes, type ExecRoute } from '../lib/execution-view';
import { isUnfinished, type HistoryEntry } from '../lib/trade-history';
import type { ComponentType } from 'react';
import type { StorySinceProps } from '../lib/trade-slots';
import { TradeJournal } from './trade-journal';

const PHASE_LABEL: Record<HistoryEntry['phase'], string> = {
  'not-started': 'Not started', signing: 'Not finished', 'in-flight': 'On its way', done: 'Done', partial: 'Partly done', refunded: 'Refunded', failed: 'Failed', cancelled: 'Nothing sent',
};

interface HistoryListProps {
  entries: readonly HistoryEntry[];
  activeRouteId?: string;
  busy: boolean;
  onContinue: (entry: HistoryEntry) => void;
  /** The verified token list, for what received tokens are worth now. */
  tokens: readonly { chainId: number; address: string; priceUSD?: string | number | null }[];
  StorySince?: ComponentType<StorySinceProps>;
}

/** Every started trade of this account, newest first; unfinished ones can be tracked or continued. */
export function TradeHistoryList({ entries, activeRouteId, busy, onContinue, tokens, StorySince }: HistoryListProps) {
  if (entries.length === 0) return null;
  return (
    <details className="trade-history" open>
      <summary>Your trades ({entries.length})</summary>
      <ul data-testid="trade-history">
        {entries.map((entry) => {
          const route = entry.route as unknown as ExecRoute;
          const signing = needsSignature(route);
          return (
            <li key={entry.routeId} data-phase={entry.phase} data-route-id={entry.routeId}>
              <p>
                <span className={`trade-badge trade-phase-${entry.phase}`}>{PHASE_LABEL[entry.phase]}</span>{' '}
                {formatAmount(BigInt(entry.fromAmount), entry.fromDecimals)} {entry.fromSymbol} ({chainName(entry.fromChainId)}) → {entry.toSymbol} ({chainName(entry.toChainId)})
                <span className="trade-muted"> · {new Date(entry.startedAt).toLocaleString()}</span>
              </p>
              {entry.note ? <p className="trade-muted">{entry.note}</p> : null}
              <TradeJournal entry={entry} tokens={tokens} StorySince={StorySince} />
              <p className="trade-history-links">
                {sentHashes(route).map((h) => {
                  const url = explorerTxUrl(h.chainId, h.txHash);
                  return url ? <a key={h.txHash + h.type} href={url} target="_blank" rel="noreferrer noopener">{h.type === 'SET_ALLOWANCE' ? 'approval' : h.type === 'RECEIVING_CHAIN' ? 'received' : 'transaction'} ↗</a> : null;
                })}
                {entry.lifiExplorerUrl ? <a href={entry.lifiExplorerUrl} target="_blank" rel="noreferrer noopener">LI.FI explorer ↗</a> : null}
              </p>
              {isUnfinished(entry) && entry.routeId !== activeRouteId ? (
                <button type="button" className="btn btn-small" disabled={busy} onClick={() => onContinue(entry)}>
                  {signing ? 'Continue (asks your wallet to sign)' : 'Track again'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
