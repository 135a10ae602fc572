import { formatAmount, formatUsd } from '@/domain/amounts';
import { formatDuration } from '@/domain/duration';
import type { RouteSummary } from '@/domain/route-summary';
import { proxiedImageUrl } from '@/domain/proxied-image-url';

const amount = (value: bigint, decimals: number) => formatAmount(value, decimals, { significant: 8 });

/** The route in plain words: amounts, minimum, rate, steps, gas, fees, time, value lost, approvals. */
export function RouteFacts({ summary }: { summary: RouteSummary }) {
  const { from, to } = summary;
  const loss = summary.valueLoss;
  return (
    <dl className="trade-facts">
      <dt>You send</dt>
      <dd data-testid="review-send">{amount(from.amount, from.token.decimals)} {from.token.symbol} on {from.token.chainName} <span className="trade-muted">({formatUsd(from.amountUSD)})</span></dd>
      <dt>You receive about</dt>
      <dd data-testid="review-receive">{amount(to.amount, to.token.decimals)} {to.token.symbol} on {to.token.chainName} <span className="trade-muted">({formatUsd(to.amountUSD)})</span></dd>
      <dt>At least</dt>
      <dd data-testid="review-minimum">{amount(to.amountMin, to.token.decimals)} {to.token.symbol} <span className="trade-muted">({formatUsd(to.amountMinUSD)}), or nothing happens</span></dd>
      {summary.rate !== undefined ? (<><dt>Rate</dt><dd>1 {from.token.symbol} = {summary.rate.toPrecision(6).replace(/\.?0+$/, '')} {to.token.symbol}</dd></>) : null}
      <dt>Steps</dt>
      <dd>
        <ol className="trade-steps">
          {summary.steps.map((step, i) => (
            <li key={`${step.toolKey}-${i}`}>
              <ToolLogo uri={step.toolLogoURI} />
              {' '}{step.kind === 'bridge' || step.kind === 'swap and bridge' ? `${capital(step.kind)} ${step.fromSymbol} from ${step.fromChainName} to ${step.toChainName}` : `${capital(step.kind)} ${step.fromSymbol} to ${step.toSymbol} on ${step.fromChainName}`}
              {' '}with {step.toolName} <span className="trade-muted">({formatDuration(step.durationSeconds)})</span>
            </li>
          ))}
        </ol>
      </dd>
      <dt>Gas</dt>
      <dd>{formatUsd(summary.gasUSD)}</dd>
      <dt>Fees</dt>
      <dd>
        {summary.fees.length === 0 ? 'none' : summary.fees.map((fee, i) => (
          <span key={`${fee.name}-${i}`} className="trade-fee">{fee.name} {formatUsd(fee.amountUSD)} <span className="trade-muted">({fee.included ? 'included in the amount' : 'on top'})</span></span>
        ))}
      </dd>
      <dt>Takes</dt>
      <dd>{formatDuration(summary.durationSeconds)}</dd>
      <dt>Value lost</dt>
      <dd data-testid="review-value-loss">{loss ? `${(loss.fraction * 100).toFixed(1)} % (gas and fees included)` : 'unknown (no USD price)'}</dd>
      <dt>Your wallet will ask</dt>
      <dd>
        <ol className="trade-steps" data-testid="review-approvals">
          {summary.approvals.map((a, i) => (
            <li key={`${a.spender}-${i}`}>
              {a.resetFirst ? `Reset the ${a.token.symbol} approval to 0, then approve` : 'Approve'} {a.estimated ? 'about' : 'exactly'} {amount(a.amount, a.token.decimals)} {a.token.symbol} for the LI.FI contract <code title={a.spender}>{a.spender.slice(0, 6)}…{a.spender.slice(-4)}</code>
            </li>
          ))}
          {summary.steps.length > 0 ? <li>Sign the {summary.steps.some((s) => s.kind !== 'swap') ? 'bridge' : 'swap'} transaction</li> : null}
        </ol>
      </dd>
    </dl>
  );
}

function ToolLogo({ uri }: { uri: string | undefined }) {
  const src = proxiedImageUrl(uri);
  return src ? <img src={src} alt="" width={16} height={16} referrerPolicy="no-referrer" /> : null;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
