import { useEffect, useState } from 'react';

/**
 * Whole seconds left of a `seconds` wait that started when `key` was first seen (a new key starts over);
 * undefined while there is nothing to wait for. Only displays the wait: whoever waits keeps its own timer.
 */
export function useCountdown(key: unknown, seconds: number | undefined): number | undefined {
  const [left, setLeft] = useState<{ key: unknown; seconds: number }>();
  useEffect(() => {
    if (seconds === undefined) return undefined;
    const endsAt = Date.now() + seconds * 1000;
    const timer = window.setInterval(() => setLeft({ key, seconds: Math.max(Math.ceil((endsAt - Date.now()) / 1000), 0) }), 250);
    return () => window.clearInterval(timer);
  }, [key, seconds]);
  if (seconds === undefined) return undefined;
  return left !== undefined && left.key === key ? left.seconds : seconds;
}
