import { formatAmount, parseAmounts } from './amounts';
import type { EntityResult } from './entities';
import { SIGNAL_FAMILIES, SIGNAL_TABLE, type SignalKind } from './importance-signals';
import { findPhrases } from './phrase-matcher';
import { NEGATION_FILLERS } from './sentiment-lexicon';
import { sourceWeight } from './source-weights';
import type { Word } from './tokenizer';

/** One reason an article scored as it did; kept so the analysis text can explain the score. */
interface ImportanceSignal {
  kind: SignalKind | 'amount' | 'move' | 'major' | 'breadth' | 'source';
  reason: string;
  weight: number;
}

export interface ImportanceResult {
  score: number;
  signals: ImportanceSignal[];
}

interface ImportanceInput {
  words: readonly Word[];
  sentences: readonly string[];
  /** Sentences [0, titleSentences) are the title. */
  titleSentences: number;
  source: string;
  entities: EntityResult;
}

const BASE = 2;
const NEGATORS = new Set(['no', 'not', 'never', 'without', 'denied', 'denies', 'deny', 'false']);
const MAJOR_TOKENS = new Set(['BTC', 'ETH']);
const MAJOR_INSTITUTIONS = new Set([
  'SEC', 'Federal Reserve', 'BlackRock', 'CFTC', 'European Central Bank', 'Department of Justice', 'U.S. Treasury',
  'Bank of Japan', 'Coinbase', 'Binance', 'Tether', 'Circle', 'Nvidia', 'OpenAI', 'Alibaba', 'Google', 'Microsoft',
]);
const MAJORS_CUE = /\b(?:BTC|ETH|bitcoin|ether|crypto markets?|total market)\b/i;
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi;
const STRONG: ReadonlySet<ImportanceSignal['kind']> = new Set(['security', 'depeg', 'enforcement', 'etf', 'amount', 'move']);

const negatedAt = (words: readonly Word[], i: number): boolean => {
  const at = words[i] as Word;
  let counted = 0;
  for (let k = i - 1; k >= 0 && counted < 4; k -= 1) {
    const w = words[k] as Word;
    if (w.clause !== at.clause) return false;
    if (NEGATORS.has(w.lower)) return true;
    if (!NEGATION_FILLERS.has(w.lower)) counted += 1;
  }
  return false;
};

function familySignals(input: ImportanceInput): ImportanceSignal[] {
  const inTitle = new Map<SignalKind, boolean>();
  for (const hit of findPhrases(SIGNAL_TABLE, input.words)) {
    if (negatedAt(input.words, hit.start)) continue;
    const title = (input.words[hit.start] as Word).sentence < input.titleSentences;
    inTitle.set(hit.value, (inTitle.get(hit.value) ?? false) || title);
  }
  return [...inTitle.entries()].map(([kind, title]) => {
    const family = SIGNAL_FAMILIES[kind];
    const bonus = title && family.weight > 0 ? 0.5 : 0;
    return { kind, reason: family.reason + (title ? ' in the headline' : ''), weight: family.weight + bonus };
  });
}

function amountSignal(sentences: readonly string[]): ImportanceSignal | null {
  const top = parseAmounts(sentences.join('\n'))[0];
  if (!top || top.value < 1e6) return null;
  const weight = top.value >= 1e9 ? 2.5 : top.value >= 1e8 ? 2 : top.value >= 1e7 ? 1 : 0.5;
  return { kind: 'amount', reason: `a large amount (${formatAmount(top.value)})`, weight };
}

function moveSignal(sentences: readonly string[]): ImportanceSignal | null {
  let max = 0;
  for (const s of sentences) {
    if (!MAJORS_CUE.test(s)) continue;
    for (const m of s.matchAll(PERCENT)) max = Math.max(max, Number(m[1]));
  }
  if (max < 2 || max > 500) return null;
  const weight = max >= 10 ? 2.5 : max >= 5 ? 1.5 : 0.5;
  return { kind: 'move', reason: `a ${max}% move in bitcoin, ether or the wider crypto market`, weight };
}

/** Importance 1..10 from explainable signals; light news is held at 3 or below unless something strong happened. */
export function scoreImportance(input: ImportanceInput): ImportanceResult {
  const signals: ImportanceSignal[] = familySignals(input);
  const amount = amountSignal(input.sentences);
  if (amount) signals.push(amount);
  const move = moveSignal(input.sentences);
  if (move) signals.push(move);
  const majors = [
    ...input.entities.tokens.filter((t) => MAJOR_TOKENS.has(t.value.symbol)).map((t) => t.value.symbol),
    ...input.entities.companies.filter((c) => MAJOR_INSTITUTIONS.has(c.value)).map((c) => c.value),
  ];
  if (majors.length > 0) signals.push({ kind: 'major', reason: `major names (${majors.slice(0, 3).join(', ')})`, weight: 0.5 });
  const named = input.entities.tokens.length + input.entities.companies.length;
  if (named >= 4) signals.push({ kind: 'breadth', reason: `${named} tokens and companies named`, weight: 0.5 });
  const source = sourceWeight(input.source);
  if (source) signals.push({ kind: 'source', reason: `the source (${input.source})`, weight: source.weight });
  const raw = BASE + signals.reduce((sum, s) => sum + s.weight, 0);
  const trivia = signals.some((s) => s.kind === 'trivia') && !signals.some((s) => STRONG.has(s.kind));
  const score = Math.min(trivia ? 3 : 10, Math.max(1, Math.round(raw)));
  return { score, signals: signals.sort((a, b) => b.weight - a.weight) };
}
