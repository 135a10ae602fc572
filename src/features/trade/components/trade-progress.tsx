import { buildExecutionView, sentHashes } from '../lib/execution-view';
import { explainPending } from '../lib/status-explanations';
import type { ActiveTrade } from '../hooks/use-trade-run';
import { PolicyNotice } from './policy-notice';

const HEADLINE: Record<ActiveTrade['phase'], string> = {
  'not-started': 'Starting…',
  signing: 'Confirm in your wallet',
  'in-flight': 'On its way',
  done: 'Done',
  partial: 'Partly done',
  refunded: 'Refunded',
  failed: 'Failed',
  cancelled: 'Nothing was sent',
};

interface TradeProgressProps {
  trade: ActiveTrade;
  overdue: boolean;
  explorerUrl?: string;
  onDismiss: () => void;
}

/** Every step and action live, with explorer links; the outcome or the error in plain words. */
export function TradeProgress({ trade, overdue, explorerUrl, onDismiss }: TradeProgressProps) {
  const steps = buildExecutionView(trade.route);
  const approvalSent = sentHashes(trade.route).some((h) => h.type === 'SET_ALLOWANCE' || h.type === 'RESET_ALLOWANCE');
  const headline = trade.outcome?.title ?? HEADLINE[trade.phase];
  const pending = trade.running && trade.bridgeStatus?.status === 'PENDING' ? explainPending(trade.bridgeStatus.substatus) : undefined;
  return (
    <section className={`trade-progress trade-progress-${trade.phase}`} aria-label="Trade progress" data-testid="trade-progress" data-phase={trade.phase}>
      <p className="trade-progress-headline" role="status" aria-live="polite">{headline}</p>
      {trade.outcome ? <p data-testid="trade-outcome">{trade.outcome.detail}</p> : null}
      {trade.error?.kind === 'policy' ? (
        <PolicyNotice kind="blocked" findings={trade.error.violations ?? []} title="Signing was blocked for your safety; nothing was sent:" />
      ) : trade.error ? (
        <p className="trade-notice trade-notice-error" role="alert" data-testid="trade-error" data-kind={trade.error.kind}>
          {trade.error.message}{trade.error.kind === 'rejected' && approvalSent ? ' The exact approval you signed earlier stays on-chain.' : ''}
        </p>
      ) : null}
      {pending ? <p className="trade-muted" data-testid="bridge-pending">{pending}</p> : null}
      <ol className="trade-progress-steps">
        {steps.map((step) => (
          <li key={step.key}>
            <p className="trade-progress-step">{step.title}</p>
            <ul>
              {step.actions.map((a) => (
                <li key={a.key} className={`trade-action trade-action-${a.status.toLowerCase()}`} data-action={a.type}>
                  <span>{a.label}</span>
                  <span className="trade-muted"> — {a.statusText}</span>
                  {a.txHash ? (
                    a.explorerUrl ? <a href={a.explorerUrl} target="_blank" rel="noreferrer noopener" className="trade-tx" data-tx={a.txHash}>{a.txHash.slice(0, 10)}…</a> : <code className="trade-tx" data-tx={a.txHash}>{a.txHash.slice(0, 10)}…</code>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {(overdue && trade.running) || (trade.phase === 'failed' && explorerUrl) ? (
        <p className="trade-notice trade-notice-warn" data-testid="watchdog">
          {trade.running ? 'This is taking much longer than estimated (over 3× the estimate). Nothing needs signing; ' : ''}
          Follow the transfer on the <a href={explorerUrl} target="_blank" rel="noreferrer noopener">LI.FI explorer</a>.
        </p>
      ) : null}
      {!trade.running ? <button type="button" className="btn btn-small" onClick={onDismiss}>New trade</button> : null}
    </section>
  );
}
