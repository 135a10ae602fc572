// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExternalStore, useExternalStore } from './external-store';

afterEach(cleanup);

describe('createExternalStore', () => {
  it('tells subscribers of a change, not of the same value again, and stops when they unsubscribe', () => {
    const store = createExternalStore<string | undefined>(undefined);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('0xabc');
    store.set('0xabc');
    expect(store.get()).toBe('0xabc');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBeUndefined();
  });

  it('re-renders the components that read it, and a new mount starts from the kept value', () => {
    const store = createExternalStore(1);
    function Show() {
      return <p>{useExternalStore(store)}</p>;
    }
    render(<Show />);
    act(() => store.set(2));
    expect(screen.getByText('2')).toBeTruthy();
    cleanup();
    render(<Show />);
    expect(screen.getByText('2')).toBeTruthy();
  });
});
