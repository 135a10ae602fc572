import type { ArticleInput } from '../analyser';
import { extractEntities, type EntityResult } from './entities';
import { splitSentences, tokenizeSentences, type Word } from './tokenizer';

/** Title and body tokenised the way the analyser does it, for tests of single steps. */
export function prepare(title: string, body: string): {
  words: Word[];
  sentences: string[];
  titleSentences: number;
  entities: EntityResult;
} {
  const titleSentences = splitSentences(title);
  const sentences = [...titleSentences, ...splitSentences(body)];
  const words = tokenizeSentences(sentences);
  return { words, sentences, titleSentences: titleSentences.length, entities: extractEntities(words, sentences) };
}

export function articleInput(title: string, text: string, source = 'Test Desk'): ArticleInput {
  return { title, text, source, url: 'https://example.test/a', publishedAt: '2025-01-01T00:00:00.000Z' };
}
