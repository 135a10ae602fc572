import { useId, useLayoutEffect, useMemo, useState } from 'react';
import { CHECK_DAYS, mergeNewsChecks, type NewsCheckItem } from '@/domain/market/news-check';
import type { Mention } from '@/domain/market/market-schemas';
import { useMentions } from '../api/get-mentions';
import { formatAge } from '../lib/format-age';
import { safeExternalUrl } from '../lib/safe-url';
import { SentimentChip } from './article-badges';

export interface NewsCheckPanelProps {
  tokens: readonly string[];
  /** Each tool by its names, e.g. [["Stargate V2", "stargateV2"]]. */
  tools: readonly (readonly string[])[];
  /** Hidden: only fetch (started as soon as the tokens are chosen, before any route). */
  hidden?: boolean;
  /** Review mode: why signing must wait (checking, or an unconfirmed incident), or null. */
  onHoldChange?: (hold: string | null) => void;
}

// The server matched each of a tool's names on its own; the check names the tool once, by its first name.
const asItems = (mentions: readonly Mention[] = [], tools: readonly (readonly string[])[] = []): NewsCheckItem[] => {
  const label = new Map(tools.flatMap((names) => names.map((name) => [name, names[0]!] as const)));
  return mentions.map(({ matched, incident, ...article }) => ({ article, matched: [...new Set(matched.map((m) => label.get(m) ?? m))], incident }));
};

/** Recent news on a trade's tokens and tools, before signing; a security incident needs an explicit confirmation. */
export function NewsCheckPanel({ tokens, tools, hidden = false, onHoldChange }: NewsCheckPanelProps) {
  const id = useId();
  const byTokens = useMentions({ tokens, tools: [], days: CHECK_DAYS, flagged: true });
  const byTools = useMentions({ tokens: [], tools: tools.flat(), days: CHECK_DAYS, flagged: true });
  const [confirmed, setConfirmed] = useState(false);
  const loading = (byTokens.isPending && tokens.length > 0) || (byTools.isPending && tools.length > 0);
  const check = useMemo(() => mergeNewsChecks([asItems(byTokens.data?.articles), asItems(byTools.data?.articles, tools)]), [byTokens.data, byTools.data, tools]);
  const hold = loading ? 'Checking recent news…' : check.needsConfirmation && !confirmed ? 'Confirm above that you have read the security news to enable signing.' : null;
  // Before paint: with a passive effect the review's first frame showed Sign enabled while the check was still loading.
  useLayoutEffect(() => onHoldChange?.(hidden ? null : hold), [hold, hidden, onHoldChange]);
  useLayoutEffect(() => () => onHoldChange?.(null), [onHoldChange]);

  if (hidden) return null;
  if (byTokens.isError || byTools.isError) return <p className="news-check news-check-muted" data-testid="news-check">The news check is unavailable right now.</p>;
  if (loading) return <p className="news-check news-check-muted" role="status" data-testid="news-check">Checking recent news…</p>;
  if (check.items.length === 0) return <p className="news-check news-check-muted" data-testid="news-check">No bearish or major news about these tokens or tools in the last {CHECK_DAYS} days.</p>;
  const now = Date.now();
  return (
    <div className={`news-check${check.needsConfirmation ? ' news-check-incident' : ''}`} data-testid="news-check" role={check.needsConfirmation ? 'alert' : 'status'}>
      <p className="news-check-title">{check.needsConfirmation ? 'Security warning: recent news reports an incident involving this trade' : `Recent news to read before signing (last ${CHECK_DAYS} days)`}</p>
      <ul>
        {check.items.slice(0, 5).map((item) => {
          const href = safeExternalUrl(item.article.url);
          return (
            <li key={item.article.id} data-article-id={item.article.id} data-incident={item.incident || undefined}>
              {item.incident ? <strong className="news-check-flag">Incident · </strong> : null}
              {href ? <a href={href} target="_blank" rel="noopener noreferrer">{item.article.title}</a> : item.article.title}{' '}
              <SentimentChip sentiment={item.article.sentiment} />{' '}
              <span className="news-check-muted">{item.article.importance}/10 · {item.matched.join(', ')} · {formatAge(item.article.publishedAt, now)}</span>
            </li>
          );
        })}
      </ul>
      {check.needsConfirmation && onHoldChange ? (
        <label className="news-check-confirm" htmlFor={`${id}-confirm`}>
          <input id={`${id}-confirm`} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="news-check-confirm" />
          {' '}I have read this security news and still want to sign.
        </label>
      ) : null}
    </div>
  );
}
