import { readFileSync } from 'node:fs';
import type { Sentiment } from '@/domain/article';
import { SENTIMENTS } from './metrics';

export interface LabelledSentence {
  label: Sentiment;
  text: string;
}

export interface LabelledHeadline {
  tokens: string[];
  title: string;
}

const rows = (path: string): string[][] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => line.split('\t'));

/** A "label<TAB>sentence" file of tests/fixtures/sentiment-real. */
export function readSentences(path: string): LabelledSentence[] {
  return rows(path).map(([label, text], i) => {
    if (!SENTIMENTS.includes(label as Sentiment) || !text) throw new Error(`${path}:${i + 1}: bad row`);
    return { label: label as Sentiment, text };
  });
}

/** A "SYM,SYM<TAB>headline" file of tests/fixtures/headlines-real (empty symbols: no coin named). */
export function readHeadlines(path: string): LabelledHeadline[] {
  return rows(path).map(([tokens = '', title], i) => {
    if (!title) throw new Error(`${path}:${i + 1}: bad row`);
    return { tokens: tokens.split(',').filter(Boolean), title };
  });
}

/** Which split a text belongs to: FNV-1a of its UTF-8 bytes mod 10 (0-5 tune, 6-7 dev, 8-9 held out). */
export function splitOf(text: string): 'tune' | 'dev' | 'heldout' {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const bucket = hash % 10;
  return bucket < 6 ? 'tune' : bucket < 8 ? 'dev' : 'heldout';
}
