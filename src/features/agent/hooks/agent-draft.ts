import { createExternalStore, useExternalStore } from '@/ui/external-store';

// What the user typed or asked in the agent panel, kept outside React so that it survives the light
// stand-in panel being replaced by the real one (and the real one remounting when the wallet loads).
let draft = '';
const queued = createExternalStore<string | null>(null);

/** The composer's text, read when a composer mounts. */
export const readAgentDraft = (): string => draft;

export function writeAgentDraft(text: string): void {
  draft = text;
}

/** A message sent before the real panel had loaded; the real panel sends it when it mounts. */
export function queueAgentMessage(message: string): void {
  queued.set(message);
}

/** The queued message, if any, handed out once. */
export function takeQueuedAgentMessage(): string | null {
  const message = queued.get();
  queued.set(null);
  return message;
}

export function useQueuedAgentMessage(): string | null {
  return useExternalStore(queued);
}
