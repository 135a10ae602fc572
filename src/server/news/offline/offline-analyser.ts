import { z } from 'zod';
import { analysisSchema, type Analysis } from '@/domain/article';
import { parseOrThrow } from '@/domain/validation-issue';
import type { Analyser, ArticleInput } from '../analyser';
import { composeAnalysis, describeEntities, describeImportance, describeTone } from './analysis-text';
import { categorise, type CategoryResult } from './category';
import { clip } from './clip';
import { extractEntities, toEntities, type EntityResult } from './entities';
import { scoreImportance, type ImportanceResult } from './importance';
import { scoreSentiment, type SentimentResult } from './sentiment';
import { pickSummary, pickTakeaways, rankSentences } from './summary';
import { splitSentences, tokenizeSentences } from './tokenizer';

/** Longer bodies are cut: nothing past this changes a news analysis, and it bounds the work per article. */
export const MAX_TEXT_CHARS = 50_000;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const text = (max: number) => z.string().catch('').transform((s) => s.replace(CONTROL, ' ').slice(0, max));

const offlineInputSchema = z.object({ title: text(500), text: text(MAX_TEXT_CHARS), source: text(200) });

/** Everything the offline analyser found, including the signals behind each score. */
interface OfflineResult {
  analysis: Analysis;
  sentiment: SentimentResult;
  importance: ImportanceResult;
  category: CategoryResult;
  entities: EntityResult;
}

const asSentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** Deterministic analysis of one article from its own words: no network, no randomness. */
export function analyseOffline(input: ArticleInput): OfflineResult {
  const { title, text: body, source } = offlineInputSchema.parse(input ?? {});
  const titleSentences = splitSentences(title);
  const sentences = [...titleSentences, ...splitSentences(body)];
  const words = tokenizeSentences(sentences);
  const isTitle = (s: number): boolean => s < titleSentences.length;
  const sentiment = scoreSentiment(words.filter((w) => isTitle(w.sentence)), words.filter((w) => !isTitle(w.sentence)));
  const entities = extractEntities(words, sentences);
  const importance = scoreImportance({ words, sentences, titleSentences: titleSentences.length, source, entities });
  const category = categorise(words, titleSentences.length, entities);
  const ranked = rankSentences(words, sentences, titleSentences.length);
  const headline = titleSentences.join(' ') || 'Untitled article';
  const summary = pickSummary(ranked, titleSentences.length > 0 ? headline : 'No readable text was provided for this article.');
  const extras = [describeImportance(importance), describeTone(sentiment), describeEntities(entities)];
  const takeaways = pickTakeaways(ranked, summary.used, extras);
  // The lede adds to the headline unless the summary already quotes it.
  const lede = summary.used.includes(titleSentences.length) ? undefined : sentences[titleSentences.length];
  const lead = [asSentence(clip(headline, 200)), lede ?? ''].filter(Boolean).join(' ');
  const analysis = parseOrThrow(analysisSchema, {
    summary: summary.text,
    analysis: composeAnalysis({ title: headline, source, sentiment, importance, category: category.category, entities }, lead),
    takeaways,
    sentiment: sentiment.label,
    importance: importance.score,
    category: category.category,
    entities: toEntities(entities),
  }, 'offline analysis');
  return { analysis, sentiment, importance, category, entities };
}

/** The analyser used without an OpenAI key, and as the fallback when a model's output is invalid. */
export function createOfflineAnalyser(): Analyser {
  return {
    name: 'offline',
    analyse: async (input: ArticleInput): Promise<Analysis> => analyseOffline(input).analysis,
  };
}
