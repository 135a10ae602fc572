import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`, so "3 min ago" / "updated N s ago" labels never go stale. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
