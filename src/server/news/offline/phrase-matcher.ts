import { tokenize, type Word } from './tokenizer';

/** Phrases keyed by their lower-case words, so "sell-off" and "record high" match like the text tokenizes. */
interface PhraseTable<V> {
  map: Map<string, V>;
  /** First words of multi-word phrases: longer lookups only start from these. */
  prefixes: Set<string>;
  maxLength: number;
}

interface PhraseHit<V> {
  start: number;
  length: number;
  value: V;
}

/** Normalises a phrase the way article text is tokenised. */
function phraseKey(phrase: string): string[] {
  return tokenize(phrase).words.map((w) => w.lower);
}

export function buildPhraseTable<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const table: PhraseTable<V> = { map: new Map(), prefixes: new Set(), maxLength: 1 };
  for (const [phrase, value] of entries) {
    const parts = phraseKey(phrase);
    if (parts.length === 0) throw new Error(`empty phrase in table: "${phrase}"`);
    table.map.set(parts.join(' '), value);
    if (parts.length > 1) table.prefixes.add(parts[0] as string);
    table.maxLength = Math.max(table.maxLength, parts.length);
  }
  return table;
}

/** The longest phrase starting at word i that stays inside its sentence, if any. */
export function matchAt<V>(table: PhraseTable<V>, words: readonly Word[], i: number): PhraseHit<V> | null {
  const head = words[i];
  if (!head) return null;
  if (table.prefixes.has(head.lower)) {
    let key = head.lower;
    const keys: string[] = [key];
    for (let n = 1; n < table.maxLength; n += 1) {
      const next = words[i + n];
      if (!next || next.sentence !== head.sentence) break;
      key = `${key} ${next.lower}`;
      keys.push(key);
    }
    for (let n = keys.length - 1; n >= 1; n -= 1) {
      const value = table.map.get(keys[n] as string);
      if (value !== undefined) return { start: i, length: n + 1, value };
    }
  }
  const value = table.map.get(head.lower);
  return value === undefined ? null : { start: i, length: 1, value };
}

/** Non-overlapping phrase hits, left to right, longest first. */
export function findPhrases<V>(table: PhraseTable<V>, words: readonly Word[]): PhraseHit<V>[] {
  const hits: PhraseHit<V>[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = matchAt(table, words, i);
    if (hit) {
      hits.push(hit);
      i += hit.length;
    } else {
      i += 1;
    }
  }
  return hits;
}
