import type { ComponentType } from 'react';
import { formatUsd } from '@/domain/amounts';
import { valueNow } from '../lib/journal';
import type { HistoryEntry } from '../lib/trade-history';
import type { StorySinceProps } from '../lib/trade-slots';

interface TradeJournalProps {
  entry: HistoryEntry;
  tokens: readonly { chainId: number; address: string; priceUSD?: string | number | null }[];
  StorySince?: ComponentType<StorySinceProps>;
}

/** Why a trade started (article, reason), what it was worth then and now, and the news since. */
export function TradeJournal({ entry, tokens, StorySince }: TradeJournalProps) {
  const journal = entry.journal;
  if (!journal) return null;
  const now = valueNow(entry, tokens);
  const then = journal.toUSD;
  const change = now !== null && then !== null && then > 0 ? ((now - then) / then) * 100 : null;
  return (
    <div className="trade-journal" data-testid="trade-journal">
      {journal.articleTitle ? <p>Started from <cite data-article-id={journal.articleId}>{journal.articleTitle}</cite></p> : null}
      {journal.reason ? <p className="trade-muted">Reason: {journal.reason}</p> : null}
      <p data-testid="journal-value">
        {entry.toSymbol} received: {formatUsd(then)} then, {formatUsd(now, 'price unknown')} now
        {change !== null ? ` (${change >= 0 ? '+' : ''}${change.toFixed(1)} %)` : ''}
        {journal.fromUSD !== null ? <span className="trade-muted"> · {formatUsd(journal.fromUSD)} sent</span> : null}
      </p>
      {StorySince ? <StorySince tokens={[entry.fromSymbol, entry.toSymbol]} since={entry.startedAt} /> : null}
    </div>
  );
}
