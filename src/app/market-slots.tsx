import { useMentions } from '@/features/news/api/get-mentions';
import { NewsCheckPanel } from '@/features/news/components/news-check-panel';
import { openArticleInHistory } from '@/features/news/hooks/use-location-search';
import { isPlainClick } from '@/features/news/lib/is-plain-click';
import { withArticleId } from '@/features/news/lib/news-filters';
import type { StorySinceProps, TradeNewsCheckProps, TradeSlots } from '@/features/trade/lib/trade-slots';

/** The news feature's check inside the trade review (the trade feature only knows the slot). */
function TradeNewsCheck(props: TradeNewsCheckProps) {
  return <NewsCheckPanel {...props} />;
}

/** On an agent's proposal card: the same check, shown only (the confirmation happens in the review). */
export function ProposalNewsCheck({ tokens, tools }: { tokens: readonly string[]; tools: readonly string[] }) {
  return <NewsCheckPanel tokens={tokens} tools={tools.map((t) => [t])} />;
}

const SHOWN = 3;

/** "The story since": newer articles on the trade's tokens (last 30 days), each opening in the news dialog. */
function StorySince({ tokens, since }: StorySinceProps) {
  const mentions = useMentions({ tokens, tools: [], days: 30 });
  const newer = (mentions.data?.articles ?? []).filter((a) => Date.parse(a.publishedAt) > since);
  if (newer.length === 0) return null;
  return (
    <div className="trade-story-since" data-testid="story-since">
      <p className="trade-muted">The story since:</p>
      <ul>
        {newer.slice(0, SHOWN).map((a) => (
          <li key={a.id}>
            <a href={withArticleId(window.location.search, a.id)} onClick={(e) => { if (!isPlainClick(e)) return; e.preventDefault(); openArticleInHistory(a.id); }}>{a.title}</a>
            <span className="trade-muted"> · {a.sentiment}, {a.importance}/10</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const TRADE_SLOTS: TradeSlots = { NewsCheck: TradeNewsCheck, StorySince };
