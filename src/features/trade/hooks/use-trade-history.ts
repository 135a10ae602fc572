import { useCallback, useEffect, useState } from 'react';
import { historyKey, parseHistory, serialiseHistory, upsertHistory, type HistoryEntry } from '../lib/trade-history';

function read(account: string): HistoryEntry[] {
  try {
    return parseHistory(window.localStorage.getItem(historyKey(account)), account);
  } catch {
    return []; // storage blocked (privacy mode): history just does not persist
  }
}

/** This account's trades in localStorage, validated on every read; writes merge with what is stored. */
export function useTradeHistory(account: string) {
  const [entries, setEntries] = useState<HistoryEntry[]>(() => read(account));
  useEffect(() => setEntries(read(account)), [account]);

  const save = useCallback((entry: HistoryEntry) => {
    const next = upsertHistory(read(account), entry);
    try {
      window.localStorage.setItem(historyKey(account), serialiseHistory(next));
    } catch {
      // quota or privacy mode: keep it for this page only
    }
    setEntries(next);
  }, [account]);

  return { entries, save };
}
