import { useLayoutEffect } from 'react';

/**
 * For a stand-in that is replaced by real code rendering the same DOM. When it goes, the control that had
 * focus is found again at the same place (the same child indexes under the nearest ancestor that stays)
 * and focused, text selection included, so a keyboard user is not thrown back to the top of the page.
 */
export function useFocusHandover(): void {
  // A layout effect's cleanup runs before React removes the stand-in's nodes, while focus is still on one of them.
  useLayoutEffect(() => () => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return;
    const steps: { parent: Element; index: number }[] = [];
    for (let node: Element = focused; node.parentElement; node = node.parentElement) {
      steps.push({ parent: node.parentElement, index: Array.prototype.indexOf.call(node.parentElement.children, node) });
    }
    const selection = focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] as const : null;
    // After the commit that put the replacement in.
    queueMicrotask(() => {
      const now = document.activeElement;
      if (focused.isConnected || (now !== null && now !== document.body)) return;
      const kept = steps.findIndex((step) => step.parent.isConnected);
      let node: Element | undefined = steps[kept]?.parent;
      for (let i = kept; i >= 0 && node; i -= 1) node = node.children[steps[i]!.index];
      if (!(node instanceof HTMLElement) || node.tagName !== focused.tagName || node.className !== focused.className) return;
      node.focus({ preventScroll: true });
      if (selection && node instanceof HTMLTextAreaElement) node.setSelectionRange(...selection);
    });
  }, []);
}
