import { useEffect, useState } from 'react';

/**
 * A text field's draft that commits `delay` ms after the last keystroke. When the committed value
 * changes from outside (Back, "Clear filters"), the draft follows it, unless both mean the same
 * (so a trailing space being typed is not eaten when the URL stores the trimmed text).
 */
export function useDebouncedCommit(
  value: string,
  commit: (draft: string) => void,
  normalise: (text: string) => string,
  delay = 300,
): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (normalise(draft) !== normalise(value)) setDraft(value);
  }

  useEffect(() => {
    if (normalise(draft) === normalise(value)) return;
    const timer = setTimeout(() => commit(draft), delay);
    return () => clearTimeout(timer);
  }, [draft, value, commit, normalise, delay]);

  return [draft, setDraft];
}
