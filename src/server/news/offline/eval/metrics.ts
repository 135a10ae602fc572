import type { Sentiment } from '@/domain/article';

export const SENTIMENTS: readonly Sentiment[] = ['bullish', 'neutral', 'bearish'];

export interface SentimentScores {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Sentiment, { precision: number; recall: number; f1: number }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Accuracy and macro-F1 over the three labels (a class never predicted nor present scores F1 0). */
export function scoreLabels(gold: readonly Sentiment[], predicted: readonly Sentiment[]): SentimentScores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const perClass = {} as SentimentScores['perClass'];
  for (const c of SENTIMENTS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === c && g === c) tp += 1;
      else if (p === c) fp += 1;
      else if (g === c) fn += 1;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    perClass[c] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  const macroF1 = SENTIMENTS.reduce((sum, c) => sum + perClass[c].f1, 0) / SENTIMENTS.length;
  return { n: gold.length, accuracy: ratio(correct, gold.length), macroF1, perClass };
}

/** The label most frequent in gold: the majority-class baseline predicts it for every item. */
export function majorityLabel(gold: readonly Sentiment[]): Sentiment {
  const counts = SENTIMENTS.map((c) => gold.filter((g) => g === c).length);
  return SENTIMENTS[counts.indexOf(Math.max(...counts))] as Sentiment;
}

export interface TokenScores {
  articles: number;
  goldMentions: number;
  recall: number;
  falsePerArticle: number;
}

/** Recall of the gold symbols and extra (false) symbols per article; symbols compare case-insensitively. */
export function scoreTokens(gold: ReadonlyArray<readonly string[]>, predicted: ReadonlyArray<readonly string[]>): TokenScores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  let goldMentions = 0;
  let found = 0;
  let extra = 0;
  gold.forEach((g, i) => {
    const want = new Set(g.map((s) => s.toUpperCase()));
    const got = new Set((predicted[i] ?? []).map((s) => s.toUpperCase()));
    goldMentions += want.size;
    for (const s of want) if (got.has(s)) found += 1;
    for (const s of got) if (!want.has(s)) extra += 1;
  });
  return { articles: gold.length, goldMentions, recall: ratio(found, goldMentions), falsePerArticle: ratio(extra, gold.length) };
}
