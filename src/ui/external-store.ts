import { useSyncExternalStore } from 'react';

/** One value kept outside React, so it outlives the components that show it (a remount, a lazy panel replacing another). */
export interface ExternalStore<T> {
  get(): T;
  /** Replaces the value; subscribers hear of it only when it changed (Object.is). */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value; re-renders when it changes. */
export function useExternalStore<T>(store: ExternalStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
