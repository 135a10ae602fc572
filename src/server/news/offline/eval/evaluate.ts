import { analyseOffline } from '../offline-analyser';
import { majorityLabel, scoreLabels, scoreTokens, type SentimentScores, type TokenScores } from './metrics';
import type { LabelledHeadline, LabelledSentence } from './real-fixtures';

const input = (title: string) => ({ title, text: '', source: '', url: 'https://example.test/a', publishedAt: '2025-01-01T00:00:00.000Z' });

/** The offline analyser on labelled sentences (each read as a headline), beside the majority-class baseline. */
export function evaluateSentiment(items: readonly LabelledSentence[]): { analyser: SentimentScores; baseline: SentimentScores } {
  const gold = items.map((s) => s.label);
  const predicted = items.map((s) => analyseOffline(input(s.text)).analysis.sentiment);
  const majority = majorityLabel(gold);
  return { analyser: scoreLabels(gold, predicted), baseline: scoreLabels(gold, gold.map(() => majority)) };
}

/** Token recall and false tokens of the offline analyser on hand-labelled headlines. */
export function evaluateTokens(items: readonly LabelledHeadline[]): TokenScores {
  const predicted = items.map((h) => analyseOffline(input(h.title)).analysis.entities.tokens.map((t) => t.symbol));
  return scoreTokens(items.map((h) => h.tokens), predicted);
}
