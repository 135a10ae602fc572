import { useSyncExternalStore } from 'react';

// What the user typed or asked in the agent panel, kept outside React so that it survives the light
// stand-in panel being replaced by the real one (and the real one remounting when the wallet loads).
let draft = '';
let queued: string | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The composer's text, read when a composer mounts. */
export const readAgentDraft = (): string => draft;

export function writeAgentDraft(text: string): void {
  draft = text;
}

/** A message sent before the real panel had loaded; the real panel sends it when it mounts. */
export function queueAgentMessage(message: string): void {
  queued = message;
  notify();
}

/** The queued message, if any, handed out once. */
export function takeQueuedAgentMessage(): string | null {
  const message = queued;
  if (message !== null) {
    queued = null;
    notify();
  }
  return message;
}

export function useQueuedAgentMessage(): string | null {
  return useSyncExternalStore(subscribe, () => queued, () => null);
}
