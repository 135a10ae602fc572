import { useEffect, useState } from 'react';

/** Every first sign of a person at the page. Listened to in the capture phase, so scrolls of inner panes count too. */
const FIRST_SIGNS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;
const LISTENING = { capture: true, passive: true } as const;

/** False until the user first moves, presses, types, scrolls or focuses anything on the page; then true for good. */
export function useFirstInteraction(): boolean {
  const [interacted, setInteracted] = useState(false);
  useEffect(() => {
    if (interacted) return;
    const onSign = () => setInteracted(true);
    for (const type of FIRST_SIGNS) window.addEventListener(type, onSign, LISTENING);
    return () => {
      for (const type of FIRST_SIGNS) window.removeEventListener(type, onSign, LISTENING);
    };
  }, [interacted]);
  return interacted;
}
