/** One word of an article with enough position data for negation scopes and entity rules. */
export interface Word {
  /** As written, without a leading "$" and without a possessive "'s". */
  raw: string;
  lower: string;
  /** Written as "$TICKER". */
  dollar: boolean;
  sentence: number;
  /** Increments at commas, semicolons, colons, dashes and "but": negation does not cross it. */
  clause: number;
  /** First word of its sentence (capitalised for grammar, not necessarily a name). */
  first: boolean;
}

export interface Tokens {
  sentences: string[];
  words: Word[];
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'e.u', 'mr', 'ms', 'mrs', 'dr', 'prof', 'inc', 'corp', 'ltd', 'co', 'vs', 'e.g', 'i.e',
  'st', 'jr', 'sr', 'no', 'nos', 'mt', 'approx', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'sen', 'rep', 'dept', 'etc',
]);
const WORD = /\$?[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/;
// Words that open a new clause: negation and intensifiers stop before them.
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'while', 'whereas', 'after', 'because', 'since', 'as']);
const CLOSERS = '.!?"\'”’)]';

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && !isSpace(text[k])) k -= 1;
  const word = text.slice(k + 1, dot).replace(/^[("'“‘[]+/, '').toLowerCase();
  // Initials and initialisms ("J.", "J.P.", "U.S.") rarely end a sentence.
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word);
}

/** Splits text into sentences; keeps decimals, domains, "U.S." and "No. 2" intact. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const push = (from: number, to: number): void => {
    const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
  };
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || (c === '\n' && text[i + 1] === '\n')) {
      push(start, i + 1);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j] as string)) j += 1;
    if (j < text.length && !isSpace(text[j])) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    let k = j;
    while (k < text.length && isSpace(text[k])) k += 1;
    if (k < text.length && /\p{Ll}/u.test(text[k] as string)) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, text.length);
  return out;
}

function toWord(match: string, sentence: number, clause: number, first: boolean): Word {
  const dollar = match.startsWith('$');
  const raw = (dollar ? match.slice(1) : match).replace(/['’]s$/u, '');
  return { raw, lower: raw.toLowerCase(), dollar, sentence, clause, first };
}

/** Words of already split sentences, numbered by sentence and clause. */
export function tokenizeSentences(sentences: string[]): Word[] {
  const words: Word[] = [];
  let clause = 0;
  sentences.forEach((sentence, index) => {
    let last = 0;
    let first = true;
    clause += 1;
    for (const m of sentence.matchAll(WORD)) {
      const at = m.index ?? 0;
      if (CLAUSE_BREAK.test(sentence.slice(last, at))) clause += 1;
      const word = toWord(m[0], index, clause, first);
      if (CLAUSE_WORDS.has(word.lower)) clause += 1;
      words.push(word);
      first = false;
      last = at + m[0].length;
    }
  });
  return words;
}

/** Sentences and words of a text. */
export function tokenize(text: string): Tokens {
  const sentences = splitSentences(text);
  return { sentences, words: tokenizeSentences(sentences) };
}
