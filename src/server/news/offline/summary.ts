import { clip, normalise, overlap } from './clip';
import { SIGNAL_TABLE } from './importance-signals';
import { findPhrases } from './phrase-matcher';
import { POLARITY_TABLE } from './sentiment-lexicon';
import type { Word } from './tokenizer';

export const SUMMARY_MAX = 300;
export const TAKEAWAY_MAX = 220;
const BOILERPLATE = /^(?:read more|subscribe|click here|sign up|disclaimer|follow us|related:|this article|image:|photo:)/i;

interface RankedSentence {
  index: number;
  text: string;
  score: number;
}

/** Body sentences scored by position, signal words, figures and a sensible length. */
export function rankSentences(words: readonly Word[], sentences: readonly string[], titleSentences: number): RankedSentence[] {
  const signal = new Array<number>(sentences.length).fill(0);
  const count = new Array<number>(sentences.length).fill(0);
  for (const w of words) count[w.sentence] = (count[w.sentence] ?? 0) + 1;
  for (const table of [POLARITY_TABLE, SIGNAL_TABLE] as const) {
    for (const hit of findPhrases<unknown>(table, words)) {
      const s = (words[hit.start] as Word).sentence;
      signal[s] = (signal[s] ?? 0) + 1;
    }
  }
  const title = normalise(sentences.slice(0, titleSentences).join(' '));
  const ranked: RankedSentence[] = [];
  for (let i = titleSentences; i < sentences.length; i += 1) {
    const text = sentences[i] as string;
    const n = count[i] ?? 0;
    if (n === 0 || normalise(text) === title) continue;
    const position = Math.max(0, 3 - (i - titleSentences));
    const figures = /\d/.test(text) ? 0.5 : 0;
    const length = n < 6 ? -3 : n > 45 ? -1 : 0;
    const boilerplate = BOILERPLATE.test(text) ? -5 : 0;
    ranked.push({ index: i, text, score: position + Math.min(3, (signal[i] ?? 0) * 0.75) + figures + length + boilerplate });
  }
  return ranked.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The best one or two sentences, in article order, within SUMMARY_MAX characters. */
export function pickSummary(ranked: readonly RankedSentence[], fallback: string): { text: string; used: number[] } {
  const [best, ...rest] = ranked;
  if (!best) return { text: clip(fallback, SUMMARY_MAX), used: [] };
  const chosen = [best];
  const second = rest.find((r) => best.text.length + r.text.length + 1 <= SUMMARY_MAX && overlap(best.text, r.text) < 0.6);
  if (second && best.text.length < SUMMARY_MAX * 0.6) chosen.push(second);
  chosen.sort((a, b) => a.index - b.index);
  return { text: clip(chosen.map((c) => c.text).join(' '), SUMMARY_MAX), used: chosen.map((c) => c.index) };
}

/** 3-5 distinct takeaways: best unused sentences in article order, then the extras (derived from signals). */
export function pickTakeaways(ranked: readonly RankedSentence[], used: readonly number[], extras: readonly string[]): string[] {
  const pool = ranked.filter((r) => !used.includes(r.index) && r.score > -2);
  const want = pool.length >= 8 ? 5 : pool.length >= 5 ? 4 : 3;
  const picked: RankedSentence[] = [];
  for (const r of pool) {
    if (picked.length >= want) break;
    if (picked.every((p) => overlap(p.text, r.text) < 0.7)) picked.push(r);
  }
  const out = picked.sort((a, b) => a.index - b.index).map((p) => clip(p.text, TAKEAWAY_MAX));
  for (const extra of extras) {
    if (out.length >= 3) break;
    const line = clip(extra, TAKEAWAY_MAX);
    if (line && out.every((o) => normalise(o) !== normalise(line))) out.push(line);
  }
  return out.slice(0, 5);
}
