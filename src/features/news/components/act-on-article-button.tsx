import { useId } from 'react';

interface ActOnArticleButtonProps {
  articleId: string;
  /** Provided by the app shell once the agent exists; without it the button explains why it is off. */
  onActOnArticle?: (articleId: string) => void;
}

export function ActOnArticleButton({ articleId, onActOnArticle }: ActOnArticleButtonProps) {
  const reasonId = useId();
  if (onActOnArticle) {
    return (
      <button type="button" className="btn btn-primary" onClick={() => onActOnArticle(articleId)}>
        Act on this with AI
      </button>
    );
  }
  // aria-disabled rather than disabled: the button stays focusable, so keyboard and screen reader users meet the reason.
  return (
    <div className="act-on-article">
      <button type="button" className="btn btn-primary" aria-disabled="true" aria-describedby={reasonId}>
        Act on this with AI
      </button>
      <p id={reasonId} className="act-on-article-reason">
        The agent is not available yet.
      </p>
    </div>
  );
}
