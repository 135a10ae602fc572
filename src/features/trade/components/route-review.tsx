import type { Route } from '@lifi/sdk';
import type { ReactNode } from 'react';
import { chainName } from '@/domain/chains';
import type { RouteSummary } from '@/domain/route-summary';
import type { PolicyResult } from '@/domain/policy/policy-types';
import { PolicyNotice } from './policy-notice';
import { RouteFacts } from './route-facts';

export const CONFIRM_WORD = 'CONFIRM';

interface RouteReviewProps {
  route: Route;
  summary: RouteSummary;
  policy: PolicyResult;
  stale: boolean;
  confirmText: string;
  onConfirmText: (text: string) => void;
  walletChainId: number | undefined;
  switching: boolean;
  onSwitchChain: () => void;
  busy: boolean;
  onSign: () => void;
  /** The news check (composed by the app shell) and why it holds signing, if it does. */
  newsCheck?: ReactNode;
  newsHold?: string | null;
}

/** The chosen route explained, the policy's verdict, and the button that asks the wallet. */
export function RouteReview(props: RouteReviewProps) {
  const { route, summary, policy, stale, confirmText, onConfirmText, walletChainId, switching, onSwitchChain, busy, onSign, newsCheck, newsHold } = props;
  const needsConfirm = summary.valueLoss?.level === 'typed-confirmation';
  const wrongChain = walletChainId !== route.fromChainId;
  const violations = policy.ok ? [] : policy.violations;
  const unconfirmed = violations.some((v) => v.rule === 'value-loss-confirmation');
  // Only a missing confirmation: offer the typed confirmation. Anything else blocked: list every rule.
  const blocked = violations.every((v) => v.rule === 'value-loss-confirmation') ? [] : violations;
  const canSign = policy.ok && !wrongChain && !stale && !busy && !newsHold;
  return (
    <section className="trade-review" aria-label="Route review" data-testid="route-review">
      <RouteFacts summary={summary} />
      {newsCheck}
      <PolicyNotice kind="blocked" findings={blocked} title="Signing is blocked for your safety:" />
      <PolicyNotice kind="warning" findings={policy.warnings} title="Before you sign:" />
      {needsConfirm && blocked.length === 0 ? (
        <div className="trade-notice trade-notice-warn" data-testid="typed-confirmation">
          <p>You would lose {((summary.valueLoss?.fraction ?? 0) * 100).toFixed(1)} % of the value. To go ahead anyway, type {CONFIRM_WORD}.</p>
          <label className="trade-field">
            <span>Type {CONFIRM_WORD}</span>
            <input id="trade-confirm" autoComplete="off" value={confirmText} onChange={(e) => onConfirmText(e.target.value)} />
          </label>
        </div>
      ) : null}
      {wrongChain && blocked.length === 0 ? (
        <div className="trade-notice" role="status" data-testid="switch-chain">
          <p>Your wallet is on {walletChainId === undefined ? 'an unknown network' : chainName(walletChainId)}; this trade starts on {chainName(route.fromChainId)}.</p>
          <button type="button" className="btn btn-small" disabled={switching} onClick={onSwitchChain}>{switching ? 'Switching…' : `Switch wallet to ${chainName(route.fromChainId)}`}</button>
        </div>
      ) : null}
      <button type="button" className="btn btn-primary trade-sign" disabled={!canSign} onClick={onSign} data-testid="sign-button">
        Sign with your wallet
      </button>
      <p className="trade-help">
        {stale ? 'The routes are being updated…' : newsHold && blocked.length === 0 ? newsHold : unconfirmed && blocked.length === 0 ? `Type ${CONFIRM_WORD} above to enable signing.` : 'Your wallet asks you to confirm each transaction; nothing is sent without it.'}
      </p>
    </section>
  );
}
