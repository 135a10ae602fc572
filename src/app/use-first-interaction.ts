import { useEffect, useState } from 'react';
import { watchWindow } from './watch-window';

/** Every first sign of a person at the page. Listened to in the capture phase, so scrolls of inner panes count too. */
const FIRST_SIGNS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;
const anyFocus = () => true;

/**
 * False until the user first moves, presses, types, scrolls or focuses anything on the page; then true for good.
 * `focusCounts` narrows which focus counts: the page also moves focus itself (an article dialog, a page heading),
 * which is no sign of the user; focus reaching a control without a key or pointer (a screen reader) is.
 */
export function useFirstInteraction(focusCounts: (target: Element) => boolean = anyFocus): boolean {
  const [interacted, setInteracted] = useState(false);
  useEffect(() => {
    if (interacted) return;
    const onSign = (event: Event) => {
      if (event.type === 'focusin' && !(event.target instanceof Element && focusCounts(event.target))) return;
      setInteracted(true);
    };
    return watchWindow(FIRST_SIGNS, onSign);
  }, [interacted, focusCounts]);
  return interacted;
}
