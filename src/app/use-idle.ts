import { useEffect, useState } from 'react';

/**
 * False for the first paint, true once the browser is idle (or after `timeoutMs`). Used to start
 * fetching the big wallet chunks only after the news has painted.
 */
export function useIdle(timeoutMs = 1500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(() => setIdle(true), 100);
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  return idle;
}
