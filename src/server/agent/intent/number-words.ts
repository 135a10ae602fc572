import type { Word } from './normalise';

/** A number written in words at words[start, end): "one", "twenty five", "two and a half", "half a". */
export interface WordNumber {
  value: string;
  end: number;
}

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_VALUE = new Map(UNITS.map((word, value) => [word, value]));
const TEN_VALUE = new Map(TENS.flatMap((word, i): [string, number][] => (word === '' ? [] : [[word, i * 10]])));
const ARTICLES = new Set(['a', 'an']);

/** "twenty five", "forty-two", "seven", "three hundred and twenty": a whole number below 1000. */
function cardinal(words: readonly Word[], start: number): { value: number; end: number } | null {
  const at = (i: number) => words[i]?.text ?? '';
  let i = start;
  let value = 0;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(at(i));
  if (hyphen && TEN_VALUE.has(hyphen[1] ?? '') && (UNIT_VALUE.get(hyphen[2] ?? '') ?? 10) < 10) {
    return { value: (TEN_VALUE.get(hyphen[1] ?? '') ?? 0) + (UNIT_VALUE.get(hyphen[2] ?? '') ?? 0), end: i + 1 };
  }
  const unit = UNIT_VALUE.get(at(i));
  if (unit !== undefined && at(i + 1) === 'hundred') {
    value = unit * 100;
    i += 2;
    if (at(i) === 'and' && (UNIT_VALUE.has(at(i + 1)) || TEN_VALUE.has(at(i + 1)))) i += 1;
    else return { value, end: i };
  }
  const tens = TEN_VALUE.get(at(i));
  if (tens !== undefined) {
    const after = UNIT_VALUE.get(at(i + 1));
    return after !== undefined && after > 0 && after < 10 ? { value: value + tens + after, end: i + 2 } : { value: value + tens, end: i + 1 };
  }
  const single = UNIT_VALUE.get(at(i));
  return single !== undefined ? { value: value + single, end: i + 1 } : value > 0 ? { value, end: i } : null;
}

/**
 * A number in words, with "and a half" ("two and a half") and "half a"/"half an" (0.5). Only a
 * number: whether it is an amount depends on what follows, which the caller decides.
 */
export function readNumberWords(words: readonly Word[], start: number): WordNumber | null {
  const at = (i: number) => words[i]?.text ?? '';
  if (at(start) === 'half' && ARTICLES.has(at(start + 1))) return { value: '0.5', end: start + 2 };
  const whole = cardinal(words, start);
  if (!whole) return null;
  const half = at(whole.end) === 'and' && ARTICLES.has(at(whole.end + 1)) && at(whole.end + 2) === 'half';
  return half ? { value: `${whole.value}.5`, end: whole.end + 3 } : { value: String(whole.value), end: whole.end };
}

const FRACTION_PERCENT = new Map([
  ['third', '33.33'], ['thirds', '66.66'], ['fifth', '20'], ['tenth', '10'], ['eighth', '12.5'],
]);

/** "a third", "one third", "two thirds", "a fifth", "a tenth" as a percent (a third rounded down). */
export function readFractionWords(words: readonly Word[], start: number): { percent: string; end: number } | null {
  const first = words[start]?.text ?? '';
  const second = words[start + 1]?.text ?? '';
  const percent = FRACTION_PERCENT.get(second);
  if (!percent) return null;
  const plural = second === 'thirds';
  if (plural ? first !== 'two' : !ARTICLES.has(first) && first !== 'one') return null;
  return { percent, end: start + 2 };
}
