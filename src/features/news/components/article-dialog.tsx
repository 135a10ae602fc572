import { useEffect, useId, useRef } from 'react';
import { ArticleContent } from './article-content';
import './article.css';

interface ArticleDialogProps {
  articleId: string | null;
  search: string;
  onClose: () => void;
  onOpenArticle: (id: string) => void;
  onActOnArticle?: (articleId: string) => void;
}

/**
 * A modal <dialog>: the browser makes the page behind it inert and turns Escape into `cancel`.
 * Focus goes back to whatever opened it (the card link), even after hopping through related articles.
 */
export function ArticleDialog({ articleId, search, onClose, onOpenArticle, onActOnArticle }: ArticleDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (articleId && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!articleId && dialog.open) {
      dialog.close();
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener?.isConnected) opener.focus();
    }
  }, [articleId]);

  useEffect(() => {
    // A related article replaces the content: start reading it from the top.
    dialogRef.current?.querySelector('.article-dialog-body')?.scrollTo({ top: 0 });
  }, [articleId]);

  return (
    <dialog
      ref={dialogRef}
      className="article-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="article-dialog-bar">
        <span className="article-dialog-label">Article</span>
        <button type="button" className="btn btn-ghost article-dialog-close" onClick={onClose} aria-label="Close article">
          <span aria-hidden="true">✕</span> <span className="article-dialog-close-text">Close</span>
        </button>
      </div>
      <div className="article-dialog-body">
        {articleId ? (
          <ArticleContent
            id={articleId}
            titleId={titleId}
            search={search}
            onOpenArticle={onOpenArticle}
            onActOnArticle={onActOnArticle}
          />
        ) : null}
      </div>
    </dialog>
  );
}
