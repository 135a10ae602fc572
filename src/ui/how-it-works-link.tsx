import type { ReactNode } from 'react';

/** Where the "How it works" page lives; a real path, so it can be bookmarked, shared and opened in a new tab. */
export const HOW_IT_WORKS_PATH = '/how-it-works';

interface HowItWorksLinkProps {
  className?: string;
  children?: ReactNode;
}

/**
 * A link to the "How it works" page. `data-app-link` lets the app shell turn a plain click into an
 * in-page navigation (the wallet connection and the trade in progress stay); other clicks work as links.
 */
export function HowItWorksLink({ className, children = 'How it works' }: HowItWorksLinkProps) {
  return (
    <a href={HOW_IT_WORKS_PATH} className={className} data-app-link="">
      {children}
    </a>
  );
}
