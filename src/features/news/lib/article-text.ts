import type { Sentiment } from '@/domain/article';

/** Splits the analysis into paragraphs on blank lines (single newlines stay inside a paragraph). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

type ImportanceBand = 'low' | 'medium' | 'high' | 'critical';

/** 1-3 low, 4-6 medium, 7-8 high, 9-10 critical. */
export function importanceBand(importance: number): ImportanceBand {
  if (importance >= 9) return 'critical';
  if (importance >= 7) return 'high';
  if (importance >= 4) return 'medium';
  return 'low';
}

const SENTIMENT_LABELS: Record<Sentiment, string> = { bullish: 'Bullish', neutral: 'Neutral', bearish: 'Bearish' };
const SENTIMENT_ICONS: Record<Sentiment, string> = { bullish: '▲', neutral: '●', bearish: '▼' };

export function sentimentLabel(sentiment: Sentiment): string {
  return SENTIMENT_LABELS[sentiment];
}

/** A shape that reads without colour, shown beside the word. */
export function sentimentIcon(sentiment: Sentiment): string {
  return SENTIMENT_ICONS[sentiment];
}

export function analyzerLabel(analyzer: 'openai' | 'offline'): string {
  return analyzer === 'openai' ? 'Analysed by AI' : 'Analysed offline';
}
