import { useArticleTitle } from '../api/get-article-title';
import type { UserTurn } from '../lib/conversation';

function ArticleRef({ articleId }: { articleId: string }) {
  const { data: title, isError } = useArticleTitle(articleId);
  return (
    <p className="agent-about">
      About the article{' '}
      {title ? <cite>{title}</cite> : isError ? null : <span className="agent-muted">…</span>}
    </p>
  );
}

export function UserMessage({ turn }: { turn: UserTurn }) {
  return (
    <li className="agent-turn agent-turn-user">
      <span className="sr-only">You: </span>
      {turn.articleId ? <ArticleRef articleId={turn.articleId} /> : null}
      <p className="agent-bubble agent-bubble-user">{turn.text}</p>
    </li>
  );
}
