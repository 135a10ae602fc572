import type { Sentiment } from '@/domain/article';
import { matchAt } from './phrase-matcher';
import {
  INTENSIFIER_TABLE, INVERSE_PRICE_QUALIFIERS, INVERSE_SUBJECTS, MOVES, NEGATION_FILLERS, NEGATOR_TABLE, POLARITY_TABLE,
  isContractedNegation,
} from './sentiment-lexicon';
import type { Word } from './tokenizer';

interface SentimentHit {
  term: string;
  /** Contribution after negation, intensifiers and the title weight. */
  weight: number;
  negated: boolean;
}

export interface SentimentResult {
  label: Sentiment;
  /** Net polarity squashed into -1..1. */
  score: number;
  hits: SentimentHit[];
}

const NEGATION_SCOPE = 4;
const INTENSIFIER_SCOPE = 2;
// "not approved" is clearly bad news; "no exploit" is only mildly reassuring.
const NEGATED_POSITIVE = -0.5;
const NEGATED_NEGATIVE = -0.25;

interface Pending {
  until: number;
  clause: number;
  value: number;
  term: string;
  used: boolean;
}

/** Index after the last word a negation starting its scope at `from` can reach. */
function scopeEnd(words: readonly Word[], from: number): number {
  let counted = 0;
  let i = from;
  while (i < words.length && counted < NEGATION_SCOPE) {
    if (!NEGATION_FILLERS.has((words[i] as Word).lower)) counted += 1;
    i += 1;
  }
  return i;
}

/** True when inflation, yields, the dollar or consumer prices is the subject just before a move. */
function inverseSubject(words: readonly Word[], i: number): boolean {
  const clause = (words[i] as Word).clause;
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    const w = words[k] as Word;
    if (w.clause !== clause) return false;
    if (!INVERSE_SUBJECTS.has(w.lower)) continue;
    return w.lower !== 'prices' || INVERSE_PRICE_QUALIFIERS.has(words[k - 1]?.lower ?? '');
  }
  return false;
}

const phrase = (words: readonly Word[], start: number, length: number): string =>
  words.slice(start, start + length).map((w) => w.lower).join(' ');

/** Lexicon hits in a run of words, with negation ("not approved", "denied reports of a hack") and intensifiers. */
export function sentimentHits(words: readonly Word[], scale = 1): SentimentHit[] {
  const hits: SentimentHit[] = [];
  let negation: Pending | null = null;
  let intensifier: Pending | null = null;
  const active = (p: Pending | null, i: number, clause: number): p is Pending =>
    p !== null && i < p.until && p.clause === clause;
  const settleNegation = (): void => {
    if (negation && !negation.used && negation.value !== 0) {
      hits.push({ term: negation.term, weight: negation.value * scale, negated: false });
    }
    negation = null;
  };
  for (let i = 0; i < words.length; ) {
    const word = words[i] as Word;
    if (negation && !active(negation, i, word.clause)) settleNegation();
    const polar = matchAt(POLARITY_TABLE, words, i);
    if (polar) {
      let weight = polar.value * scale;
      if (active(intensifier, i, word.clause)) weight *= intensifier.value;
      if (polar.length === 1 && MOVES.has(word.lower) && inverseSubject(words, i)) weight = -weight;
      const negated = active(negation, i, word.clause);
      if (negated) {
        weight *= weight > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
        (negation as Pending).used = true;
      }
      hits.push({ term: phrase(words, i, polar.length), weight, negated });
      intensifier = null;
      i += polar.length;
      continue;
    }
    const neg = matchAt(NEGATOR_TABLE, words, i);
    if (neg || isContractedNegation(word.lower)) {
      settleNegation();
      const length = neg?.length ?? 1;
      const own = neg?.value.own ?? -0.5;
      negation = { until: scopeEnd(words, i + length), clause: word.clause, value: own, term: phrase(words, i, length), used: false };
      i += length;
      continue;
    }
    const boost = matchAt(INTENSIFIER_TABLE, words, i);
    if (boost) {
      intensifier = { until: i + boost.length + INTENSIFIER_SCOPE, clause: word.clause, value: boost.value, term: '', used: false };
      i += boost.length;
      continue;
    }
    i += 1;
  }
  settleNegation();
  return hits;
}

/** Bullish, bearish or neutral: neutral when the net score is small or the article is evenly mixed. */
export function labelSentiment(hits: readonly SentimentHit[]): SentimentResult {
  let positive = 0;
  let negative = 0;
  for (const hit of hits) {
    if (hit.weight > 0) positive += hit.weight;
    else negative -= hit.weight;
  }
  const net = positive - negative;
  const mixed = Math.abs(net) < 0.2 * (positive + negative);
  const label: Sentiment = Math.abs(net) < 1.5 || mixed ? 'neutral' : net > 0 ? 'bullish' : 'bearish';
  return { label, score: net / Math.sqrt(net * net + 15), hits: [...hits] };
}

/** Sentiment of a title (weighted 1.5x) and body. */
export function scoreSentiment(title: readonly Word[], body: readonly Word[]): SentimentResult {
  return labelSentiment([...sentimentHits(title, 1.5), ...sentimentHits(body)]);
}
