import { formatUnitsExact, parseAmount } from '@/domain/amounts';
import { MAX_AMOUNT_VALUE, type IntentAmount } from '@/domain/intent';
import type { Word } from './normalise';
import { readFractionWords, readNumberWords } from './number-words';
import { TOKEN_ALIASES } from './token-aliases';

/** An amount phrase found at words[start, end). `amount` is null when it is not positive or not valid. */
export interface AmountMatch {
  start: number;
  end: number;
  amount: IntentAmount | null;
}

const SCALE = 36;
const NUMBER = /^(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d{1,2}))?(k|m|mm|b|bn)?$/;
const SUFFIX_SHIFT: Record<string, number> = { k: 3, m: 6, mm: 6, b: 9, bn: 9 };
const WORD_SHIFT = new Map([['k', 3], ['thousand', 3], ['grand', 3], ['million', 6], ['mil', 6], ['billion', 9]]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
const USD_BEFORE = new Set(['$', 'usd']);
const USD_AFTER = new Set(['$', 'usd', 'dollar', 'dollars', 'bucks']);
const NEGATIVE = new Set(['minus', 'negative']);
const FRACTIONS = new Map([['half', '50'], ['quarter', '25']]);
const MAX_WORDS = new Set(['all', 'everything', 'max', 'maximum', 'entire', 'whole', 'full']);

function scaled(num: string, shift: number): string | null {
  try {
    const units = parseAmount(num, SCALE);
    if (shift >= 0) return formatUnitsExact(units * 10n ** BigInt(shift), SCALE);
    const divisor = 10n ** BigInt(-shift);
    // "1e-40" is below what 36 decimals can hold: not an amount rather than a rounded one.
    return units % divisor === 0n ? formatUnitsExact(units / divisor, SCALE) : null;
  } catch {
    return null;
  }
}

function build(type: IntentAmount['type'], value: string | null): IntentAmount | null {
  if (value === null || value === '0') return null;
  if (type === 'percent' && Number(value) > 100) return null;
  return { type, value };
}

/** A number in words counts only before what an amount measures: "one eth", "ten percent", "two thousand". */
function countsAsAmount(word: Word | undefined): boolean {
  if (!word) return false;
  const text = word.text;
  return TOKEN_ALIASES.has(text) || WORD_SHIFT.has(text) || PERCENT_WORDS.has(text) || USD_AFTER.has(text) || /^[A-Z][A-Z0-9]{1,5}$/.test(word.raw);
}

function matchNumber(words: readonly Word[], i: number): { value: string | null; end: number } | null {
  const match = NUMBER.exec(words[i]?.text ?? '');
  const spelled = match ? null : readNumberWords(words, i);
  if (!match && !(spelled && countsAsAmount(words[spelled.end]))) return null;
  const end = spelled?.end ?? i + 1;
  const suffix = match?.[3];
  const wordShift = suffix ? undefined : WORD_SHIFT.get(words[end]?.text ?? '');
  const shift = (suffix ? (SUFFIX_SHIFT[suffix] ?? 0) : (wordShift ?? 0)) + Number(match?.[2] ?? 0);
  return { value: scaled(match?.[1] ?? spelled?.value ?? '', shift), end: wordShift === undefined ? end : end + 1 };
}

function matchAt(words: readonly Word[], start: number): AmountMatch | null {
  const at = (i: number) => words[i]?.text ?? '';
  let i = start;
  const negative = NEGATIVE.has(at(i));
  if (negative) i += 1;
  const usdFirst = USD_BEFORE.has(at(i)) && (NUMBER.test(at(i + 1)) || NEGATIVE.has(at(i + 1)));
  if (usdFirst) i += 1;
  if (NEGATIVE.has(at(i))) return { start, end: i + 1 + (matchNumber(words, i + 1) ? 1 : 0), amount: null };
  const number = matchNumber(words, i);
  if (number) {
    let { end } = number;
    let type: IntentAmount['type'] = usdFirst ? 'usd' : 'exact';
    if (!usdFirst && PERCENT_WORDS.has(at(end))) [type, end] = ['percent', end + 1];
    else if (!usdFirst && at(end) === 'per' && at(end + 1) === 'cent') [type, end] = ['percent', end + 2];
    else if (!usdFirst && USD_AFTER.has(at(end)) && at(end + 1) !== 'coin') [type, end] = ['usd', end + 1];
    return { start, end, amount: negative ? null : build(type, number.value) };
  }
  if (negative || usdFirst) return null;
  const word = at(i);
  if (word === 'three' && /^quarters?$/.test(at(i + 1))) return { start, end: i + 2, amount: build('percent', '75') };
  const fractionWords = readFractionWords(words, i);
  if (fractionWords) return { start, end: fractionWords.end, amount: build('percent', fractionWords.percent) };
  const fraction = FRACTIONS.get(word);
  if (fraction) return { start, end: i + 1, amount: build('percent', fraction) };
  if (MAX_WORDS.has(word)) return { start, end: i + 1, amount: { type: 'max', value: MAX_AMOUNT_VALUE } };
  return null;
}

/** Every amount phrase in reading order: "0.5", ".5", "1,000", "3.5k", "half", "25%", "all", "$100". */
export function findAmounts(words: readonly Word[]): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const match = matchAt(words, i);
    if (match) {
      found.push(match);
      i = match.end;
    } else {
      i += 1;
    }
  }
  return found;
}
