import { useId } from 'react';
import { HowItWorksLink } from '@/ui/how-it-works-link';

interface ActOnArticleButtonProps {
  articleId: string;
  /** Provided by the app shell once the agent exists; without it the button explains why it is off. */
  onActOnArticle?: (articleId: string) => void;
}

/** The "Act on this with AI" box: the button, what the agent will and will not do, and a link to "How it works". */
export function ActOnArticleButton({ articleId, onActOnArticle }: ActOnArticleButtonProps) {
  const reasonId = useId();
  const noteId = useId();
  return (
    <div className="act-on-article">
      {onActOnArticle ? (
        <button type="button" className="btn btn-primary" aria-describedby={noteId} onClick={() => onActOnArticle(articleId)}>
          Act on this with AI
        </button>
      ) : (
        // aria-disabled rather than disabled: the button stays focusable, so keyboard and screen reader users meet the reason.
        <button type="button" className="btn btn-primary" aria-disabled="true" aria-describedby={`${reasonId} ${noteId}`}>
          Act on this with AI
        </button>
      )}
      {onActOnArticle ? null : (
        <p id={reasonId} className="act-on-article-reason">
          The agent is not available yet.
        </p>
      )}
      <p className="act-on-article-note">
        <span id={noteId}>The agent reads your balances and proposes; it never signs or sends.</span>{' '}
        <HowItWorksLink />
      </p>
    </div>
  );
}
