import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { intentSchema, type Intent } from '@/domain/intent';
import { parseIntent } from '../parse-intent';

/** A request published by another crypto agent's repository, with the parse written here by hand. */
export interface RealPhrasing {
  text: string;
  source: { repo: string; path: string; commit: string };
  expected: Intent;
}

const phrasingSchema = z
  .object({
    text: z.string().min(1),
    source: z.object({ repo: z.string().min(1), path: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/) }).strict(),
    expected: intentSchema,
  })
  .strict();

export const REAL_PHRASINGS_DIR = 'tests/fixtures/intents-real';
export const TUNE_FILE = `${REAL_PHRASINGS_DIR}/tune.json`;
/** Read by the intent bench and by one accuracy floor only: no tuning step looks at its items. */
export const HELDOUT_FILE = `${REAL_PHRASINGS_DIR}/heldout/heldout.json`;

export function readPhrasings(path: string): RealPhrasing[] {
  return z.array(phrasingSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Which split a text belongs to: FNV-1a of its UTF-8 bytes mod 10 (0-6 tune, 7-9 held out). */
export function splitOf(text: string): 'tune' | 'heldout' {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 10 < 7 ? 'tune' : 'heldout';
}

export interface Accuracy {
  exact: number;
  total: number;
  misses: { text: string; expected: Intent; actual: Intent }[];
}

/** Share of phrasings whose every Intent field is exactly the hand-written parse. */
export function measure(phrasings: readonly RealPhrasing[]): Accuracy {
  const misses = phrasings
    .map(({ text, expected }) => ({ text, expected, actual: parseIntent(text) }))
    .filter(({ expected, actual }) => !isDeepStrictEqual(expected, actual));
  return { exact: phrasings.length - misses.length, total: phrasings.length, misses };
}
