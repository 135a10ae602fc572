// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountdown } from './use-countdown';

describe('useCountdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts a wait down to 0 and starts over for a new key', () => {
    const first = new Error('429');
    const { result, rerender } = renderHook(({ key, seconds }) => useCountdown(key, seconds), { initialProps: { key: first as unknown, seconds: 3 as number | undefined } });
    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(1_100));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(2_000));
    expect(result.current).toBe(0);
    rerender({ key: new Error('429 again'), seconds: 5 });
    expect(result.current).toBe(5);
    act(() => vi.advanceTimersByTime(1_100));
    expect(result.current).toBe(4);
  });

  it('is undefined when there is nothing to wait for', () => {
    const { result, rerender } = renderHook(({ seconds }) => useCountdown('k', seconds), { initialProps: { seconds: 2 as number | undefined } });
    rerender({ seconds: undefined });
    expect(result.current).toBeUndefined();
  });
});
