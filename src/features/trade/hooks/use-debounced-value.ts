import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs` (compared by `keyOf`), so typing sends no
 * request: only the settled input does.
 */
export function useDebouncedValue<T>(value: T, delayMs: number, keyOf: (value: T) => string): T {
  const [settled, setSettled] = useState(value);
  const key = keyOf(value);
  const settledKey = keyOf(settled);
  useEffect(() => {
    if (key === settledKey) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
    // `value` is represented by `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, settledKey, delayMs]);
  return key === settledKey ? value : settled;
}
