/**
 * Listens on window to each event type, passively and in the capture phase (so events that do not bubble, like an
 * inner pane's scroll, and events a handler stops, still arrive). Returns the function that stops listening.
 */
export function watchWindow(types: readonly string[], listener: (event: Event) => void): () => void {
  const options = { capture: true, passive: true } as const;
  for (const type of types) window.addEventListener(type, listener, options);
  return () => {
    for (const type of types) window.removeEventListener(type, listener, options);
  };
}
