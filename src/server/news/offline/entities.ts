import type { Entities, TokenMention } from '@/domain/article';
import type { CompanyEntry } from './company-dictionary';
import {
  COMPANY_TABLE, CRYPTO_CUES, DOLLAR_TICKERS, TICKERS, TOKEN_NAME_TABLE, type Spelling,
} from './entity-tables';
import { matchAt } from './phrase-matcher';
import type { TokenEntry } from './token-dictionary';
import type { Word } from './tokenizer';

export interface Mention<T> {
  value: T;
  count: number;
}

export interface EntityResult {
  tokens: Array<Mention<TokenMention>>;
  companies: Array<Mention<string>>;
}

const MAX_ENTITIES = 30;
const PERCENT = /\d\s?%|\bper ?cent\b/i;

interface SentenceInfo {
  cue: boolean;
  shouting: boolean;
}

function tickerOf(word: Word): TokenEntry | undefined {
  if (word.dollar) return DOLLAR_TICKERS.get(word.raw.toUpperCase());
  const direct = TICKERS.get(word.raw);
  if (direct) return direct.symbol.length > 1 ? direct : undefined;
  const dash = word.raw.indexOf('-');
  if (dash < 2) return undefined;
  const head = word.raw.slice(0, dash);
  const hyphenated = head === head.toUpperCase() ? TICKERS.get(head) : undefined;
  return hyphenated && hyphenated.symbol.length > 1 ? hyphenated : undefined;
}

function describeSentences(words: readonly Word[], sentences: readonly string[]): SentenceInfo[] {
  const info = sentences.map((s) => ({ cue: PERCENT.test(s), shouting: false, letters: 0, upper: 0 }));
  for (const w of words) {
    const s = info[w.sentence];
    if (!s) continue;
    const ticker = tickerOf(w);
    if (CRYPTO_CUES.has(w.lower) || (ticker && (w.dollar || !ticker.ambiguousTicker)) || plainName(w.lower)) s.cue = true;
    if (/\p{L}{2}/u.test(w.raw)) {
      s.letters += 1;
      if (w.raw === w.raw.toUpperCase()) s.upper += 1;
    }
  }
  return info.map((s) => ({ cue: s.cue, shouting: s.letters >= 3 && s.upper / s.letters >= 0.7 }));
}

/** A one-word token name that is no English word ("Solana", "Cardano"). */
function plainName(lower: string): TokenEntry | undefined {
  return TOKEN_NAME_TABLE.map.get(lower)?.find((s) => !s.entry.ambiguousName)?.entry;
}

/** "pro-Bitcoin", "Ethereum-based": a plain name inside a hyphenated word. */
function hyphenatedName(word: Word): TokenEntry | undefined {
  if (!word.raw.includes('-')) return undefined;
  for (const part of word.lower.split('-')) {
    const entry = plainName(part);
    if (entry) return entry;
  }
  return undefined;
}

const sameCase = (words: readonly Word[], at: number, raws: readonly string[]): boolean =>
  raws.every((raw, k) => words[at + k]?.raw === raw);

function pickSpelling<E>(words: readonly Word[], at: number, list: Array<Spelling<E>>, strict: (e: E) => boolean): E | null {
  for (const s of list) if (!strict(s.entry) || sameCase(words, at, s.raws)) return s.entry;
  return null;
}

class Counter<T> {
  private readonly seen = new Map<string, Mention<T>>();
  add(key: string, value: T): void {
    const m = this.seen.get(key);
    if (m) m.count += 1;
    else this.seen.set(key, { value, count: 1 });
  }
  list(): Array<Mention<T>> {
    return [...this.seen.values()].slice(0, MAX_ENTITIES);
  }
}

/** Tokens and companies named in the words, by rules that keep ordinary English words out. */
export function extractEntities(words: readonly Word[], sentences: readonly string[]): EntityResult {
  const info = describeSentences(words, sentences);
  const cryptoArticle = info.some((s) => s.cue);
  const tokens = new Counter<TokenMention>();
  const companies = new Counter<string>();
  const addToken = (t: TokenEntry): void => tokens.add(t.symbol, { symbol: t.symbol, name: t.name });
  for (let i = 0; i < words.length; ) {
    const w = words[i] as Word;
    const name = matchAt(TOKEN_NAME_TABLE, words, i);
    const nameEntry = name && pickSpelling(words, i, name.value, (e) => e.ambiguousName === true);
    if (name && nameEntry && (!nameEntry.ambiguousName || (!w.first && cryptoArticle))) {
      addToken(nameEntry);
      i += name.length;
      continue;
    }
    const ticker = tickerOf(w) ?? hyphenatedName(w);
    const s = info[w.sentence];
    if (ticker && (w.dollar || !ticker.ambiguousTicker || (cryptoArticle && s?.cue && !s.shouting))) addToken(ticker);
    i += 1;
  }
  for (let i = 0; i < words.length; ) {
    const hit = matchAt(COMPANY_TABLE, words, i);
    const entry = hit && pickSpelling<CompanyEntry>(words, i, hit.value, () => true);
    if (hit && entry && (!entry.ordinaryWord || !words[i]?.first || cryptoArticle)) {
      companies.add(entry.name, entry.name);
      i += hit.length;
    } else {
      i += 1;
    }
  }
  return { tokens: tokens.list(), companies: companies.list() };
}

/** The schema shape, ordered by first mention. */
export function toEntities(result: EntityResult): Entities {
  return { tokens: result.tokens.map((m) => m.value), companies: result.companies.map((m) => m.value) };
}
